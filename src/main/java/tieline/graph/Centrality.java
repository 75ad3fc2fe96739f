package tieline.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.VertexScoringAlgorithm;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * How central each entity of a view is: degree (number of relationships), betweenness
 * (JGraphT {@link BetweennessCentrality}, unnormalised; on an undirected graph each pair of
 * entities counts once) and PageRank (JGraphT {@link PageRank}, damping 0.85). Each measure
 * is computed for the whole view on first use and kept; get one through {@link GraphView#centrality()}.
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
            betweenness = scores(new BetweennessCentrality<>(skeleton(), false));
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
            for (Relationship r : graph.edgeSet()) {
                g.addEdge(index.get(r.sourceId()), index.get(r.targetId()));
            }
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
