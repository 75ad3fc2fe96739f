package tieline.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.VertexScoringAlgorithm;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * How central each entity of a view is: degree (number of visible relationships), betweenness
 * (Brandes' exact algorithm, unnormalised, each unordered pair counted once, giving the same
 * scores as JGraphT's {@code BetweennessCentrality}; see {@link Betweenness} for why it is our
 * own) and PageRank (JGraphT {@link PageRank}, damping 0.85). Each measure is computed for the
 * whole view on first use and kept; get one through {@link GraphView#centrality()}.
 *
 * <p>Betweenness and PageRank run on a skeleton of the view (entity indexes joined by plain
 * edges, no evidence), built once: JGraphT's algorithms look edges up constantly, and on
 * int-indexed vertices with intrusive edges they run several times faster than on the view itself.
 */
public final class Centrality {

    private final Graph<String, Relationship> graph;
    private volatile Map<String, Integer> degree;
    private volatile Map<String, Double> betweenness;
    private volatile Map<String, Double> pageRank;
    private List<String> skeletonIds;
    private Graph<Integer, DefaultEdge> skeleton;
    private int[] offsets;
    private int[] targets;

    Centrality(Graph<String, Relationship> graph) {
        this.graph = graph;
    }

    /** Number of visible relationships of the entity; 0 when it is not in the view. */
    public int degree(String entityId) {
        return degrees().getOrDefault(entityId, 0);
    }

    /** Betweenness of the entity; 0 when it is not in the view. */
    public double betweenness(String entityId) {
        return betweennessScores().getOrDefault(entityId, 0.0);
    }

    /** PageRank of the entity (scores sum to 1 over the view); 0 when it is not in the view. */
    public double pageRank(String entityId) {
        return pageRankScores().getOrDefault(entityId, 0.0);
    }

    /** Every visible entity's degree. */
    public synchronized Map<String, Integer> degrees() {
        if (degree == null) {
            Map<String, Integer> d = new HashMap<>();
            for (String v : graph.vertexSet()) {
                d.put(v, graph.degreeOf(v));
            }
            degree = Collections.unmodifiableMap(d);
        }
        return degree;
    }

    /** Every visible entity's betweenness. */
    public synchronized Map<String, Double> betweennessScores() {
        if (betweenness == null) {
            skeleton();
            double[] scores = Betweenness.scores(offsets, targets);
            Map<String, Double> out = new HashMap<>(scores.length * 2);
            for (int i = 0; i < scores.length; i++) {
                out.put(skeletonIds.get(i), scores[i]);
            }
            betweenness = Collections.unmodifiableMap(out);
        }
        return betweenness;
    }

    /** Every visible entity's PageRank. */
    public synchronized Map<String, Double> pageRankScores() {
        if (pageRank == null) {
            pageRank = graph.vertexSet().isEmpty() ? Map.of()
                    : scores(new PageRank<>(skeleton()));
        }
        return pageRank;
    }

    private Graph<Integer, DefaultEdge> skeleton() {
        if (skeleton == null) {
            List<String> ids = new ArrayList<>(graph.vertexSet());
            Map<String, Integer> index = new HashMap<>(ids.size() * 2);
            Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
            for (int i = 0; i < ids.size(); i++) {
                index.put(ids.get(i), i);
                g.addVertex(i);
            }
            int[] degree = new int[ids.size()];
            List<int[]> edges = new ArrayList<>(graph.edgeSet().size());
            for (Relationship r : graph.edgeSet()) {
                int a = index.get(r.sourceId());
                int b = index.get(r.targetId());
                g.addEdge(a, b);
                edges.add(new int[] {a, b});
                degree[a]++;
                degree[b]++;
            }
            int[] start = new int[ids.size() + 1];
            for (int i = 0; i < ids.size(); i++) {
                start[i + 1] = start[i] + degree[i];
            }
            int[] fill = java.util.Arrays.copyOf(start, ids.size());
            int[] adjacent = new int[start[ids.size()]];
            for (int[] e : edges) {
                adjacent[fill[e[0]]++] = e[1];
                adjacent[fill[e[1]]++] = e[0];
            }
            offsets = start;
            targets = adjacent;
            skeletonIds = ids;
            skeleton = g;
        }
        return skeleton;
    }

    private Map<String, Double> scores(VertexScoringAlgorithm<Integer, Double> algorithm) {
        Map<Integer, Double> byIndex = algorithm.getScores();
        Map<String, Double> out = new HashMap<>(byIndex.size() * 2);
        byIndex.forEach((i, score) -> out.put(skeletonIds.get(i), score));
        return Collections.unmodifiableMap(out);
    }

    /** The {@code n} entities with the highest PageRank, highest first (ties by id). */
    public List<String> topByPageRank(int n) {
        Map<String, Double> scores = pageRankScores();
        return scores.keySet().stream()
                .sorted(Comparator.comparing((String id) -> -scores.get(id)).thenComparing(Comparator.naturalOrder()))
                .limit(n).toList();
    }
}
