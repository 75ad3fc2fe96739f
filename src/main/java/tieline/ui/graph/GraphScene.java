package tieline.ui.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tieline.model.EntityType;
import tieline.model.RelationType;

/**
 * What the graph canvas draws: nodes and edges in flat arrays (positions, sizes, kinds),
 * built once per graph view and read on every frame. Positions are world coordinates; the
 * canvas maps them to the screen with a {@link Viewport}. Node order is by importance, most
 * important first, so label placement and hit testing can favour the nodes that matter.
 */
public final class GraphScene {

    private final String[] ids;
    private final String[] labels;
    private final EntityType[] types;
    private final float[] importance;
    private final float[] radius;
    final float[] x;
    final float[] y;
    private final int[] source;
    private final int[] target;
    private final float[] edgeWidth;
    private final RelationType[] edgeTypes;
    private final String[] edgeIds;
    private final int[] adjacencyStart;
    private final int[] adjacency;
    private final int[] incidentStart;
    private final int[] incident;
    private final Map<String, Integer> indexById;
    private final Map<String, Integer> edgeIndexById;

    private GraphScene(Builder b) {
        int n = b.nodes.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (p, q) -> Float.compare(b.nodes.get(q).importance, b.nodes.get(p).importance));
        int[] newIndex = new int[n];
        ids = new String[n];
        labels = new String[n];
        types = new EntityType[n];
        importance = new float[n];
        radius = new float[n];
        x = new float[n];
        y = new float[n];
        indexById = new HashMap<>(n * 2);
        for (int k = 0; k < n; k++) {
            NodeSpec s = b.nodes.get(order[k]);
            newIndex[order[k]] = k;
            ids[k] = s.id;
            labels[k] = s.label;
            types[k] = s.type;
            importance[k] = s.importance;
            radius[k] = radiusFor(s.importance) * b.sizeUnit;
            x[k] = s.x;
            y[k] = s.y;
            indexById.put(s.id, k);
        }
        int m = b.edges.size();
        source = new int[m];
        target = new int[m];
        edgeWidth = new float[m];
        edgeTypes = new RelationType[m];
        edgeIds = new String[m];
        edgeIndexById = new HashMap<>(m * 2);
        int[] degree = new int[n];
        for (int e = 0; e < m; e++) {
            EdgeSpec s = b.edges.get(e);
            source[e] = newIndex[s.source];
            target[e] = newIndex[s.target];
            edgeWidth[e] = widthFor(s.evidenceCount);
            edgeTypes[e] = s.type;
            edgeIds[e] = s.id;
            edgeIndexById.put(s.id, e);
            degree[source[e]]++;
            degree[target[e]]++;
        }
        adjacencyStart = new int[n + 1];
        incidentStart = new int[n + 1];
        for (int i = 0; i < n; i++) {
            adjacencyStart[i + 1] = adjacencyStart[i] + degree[i];
        }
        System.arraycopy(adjacencyStart, 0, incidentStart, 0, n + 1);
        adjacency = new int[adjacencyStart[n]];
        incident = new int[adjacencyStart[n]];
        int[] fill = Arrays.copyOf(adjacencyStart, n);
        for (int e = 0; e < m; e++) {
            int s = source[e];
            int t = target[e];
            incident[fill[s]] = e;
            adjacency[fill[s]++] = t;
            incident[fill[t]] = e;
            adjacency[fill[t]++] = s;
        }
    }

    /** Radius of a node in size units: from 5 for the least important to 20 for the most. */
    static float radiusFor(float importance) {
        return 5f + 15f * (float) Math.sqrt(Math.max(0f, Math.min(1f, importance)));
    }

    /** Edge stroke width in screen pixels: 1 for one piece of evidence, growing with the log of the count. */
    static float widthFor(int evidenceCount) {
        return (float) Math.min(6.0, 1.0 + Math.log(Math.max(1, evidenceCount)) / Math.log(2) * 0.8);
    }

    /**
     * The size unit, shrunk when nodes of these importances at these places would cover more
     * than {@code fraction} of the area their places span.
     */
    public static double cappedSizeUnit(double unit, double[] importance, double[] xs, double[] ys, double fraction) {
        if (importance.length < 2) {
            return unit;
        }
        double covered = 0;
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < importance.length; i++) {
            double r = radiusFor((float) importance[i]) * unit;
            covered += Math.PI * r * r;
            minX = Math.min(minX, xs[i]);
            minY = Math.min(minY, ys[i]);
            maxX = Math.max(maxX, xs[i]);
            maxY = Math.max(maxY, ys[i]);
        }
        double area = Math.max(1e-9, (maxX - minX) * (maxY - minY));
        return covered > fraction * area ? unit * Math.sqrt(fraction * area / covered) : unit;
    }

    public static Builder builder() {
        return new Builder();
    }

    public int nodeCount() {
        return ids.length;
    }

    public int edgeCount() {
        return source.length;
    }

    public String id(int node) {
        return ids[node];
    }

    public String label(int node) {
        return labels[node];
    }

    public EntityType type(int node) {
        return types[node];
    }

    public float importance(int node) {
        return importance[node];
    }

    public float radius(int node) {
        return radius[node];
    }

    public float x(int node) {
        return x[node];
    }

    public float y(int node) {
        return y[node];
    }

    /** Moves a node (dragging); the caller rebuilds any spatial index afterwards. */
    public void moveTo(int node, float wx, float wy) {
        x[node] = wx;
        y[node] = wy;
    }

    public int source(int edge) {
        return source[edge];
    }

    public int target(int edge) {
        return target[edge];
    }

    public float edgeWidth(int edge) {
        return edgeWidth[edge];
    }

    public RelationType edgeType(int edge) {
        return edgeTypes[edge];
    }

    public String edgeId(int edge) {
        return edgeIds[edge];
    }

    /** The node index for an entity id, or -1 when the entity is not in this scene. */
    public int indexOf(String id) {
        Integer i = indexById.get(id);
        return i == null ? -1 : i;
    }

    /** The edge index for a relationship id, or -1. */
    public int edgeIndexOf(String id) {
        Integer i = edgeIndexById.get(id);
        return i == null ? -1 : i;
    }

    /** Number of neighbours of a node. */
    public int degree(int node) {
        return adjacencyStart[node + 1] - adjacencyStart[node];
    }

    /** The k-th neighbour of a node, for k below {@link #degree(int)}. */
    public int neighbour(int node, int k) {
        return adjacency[adjacencyStart[node] + k];
    }

    /** The k-th edge touching a node, for k below {@link #degree(int)}. */
    public int incidentEdge(int node, int k) {
        return incident[incidentStart[node] + k];
    }

    /** The world bounds of all nodes as {minX, minY, maxX, maxY}, radii included; a unit box when empty. */
    public float[] bounds() {
        if (ids.length == 0) {
            return new float[] {-1, -1, 1, 1};
        }
        float minX = Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        for (int i = 0; i < ids.length; i++) {
            minX = Math.min(minX, x[i] - radius[i]);
            minY = Math.min(minY, y[i] - radius[i]);
            maxX = Math.max(maxX, x[i] + radius[i]);
            maxY = Math.max(maxY, y[i] + radius[i]);
        }
        return new float[] {minX, minY, maxX, maxY};
    }

    /** Collects nodes and edges; ids must be unique and edges must name known nodes. */
    public static final class Builder {
        private final List<NodeSpec> nodes = new ArrayList<>();
        private final List<EdgeSpec> edges = new ArrayList<>();
        private final Map<String, Integer> index = new HashMap<>();
        private float sizeUnit = 1;
        private double maxNodeArea = Double.NaN;

        /** Scales node radii (world units per radius unit; 1 by default). */
        public Builder sizeUnit(double unit) {
            sizeUnit = (float) unit;
            return this;
        }

        /**
         * Adds a node.
         *
         * @param importance 0..1, drives size and label priority
         */
        public Builder node(String id, String label, EntityType type, double importance, double x, double y) {
            if (index.putIfAbsent(id, nodes.size()) != null) {
                throw new IllegalArgumentException("duplicate node " + id);
            }
            nodes.add(new NodeSpec(id, label, type, (float) importance, (float) x, (float) y));
            return this;
        }

        /** Adds an edge between two nodes already added. */
        public Builder edge(String id, String sourceId, String targetId, RelationType strongest, int evidenceCount) {
            Integer s = index.get(sourceId);
            Integer t = index.get(targetId);
            if (s == null || t == null) {
                throw new IllegalArgumentException("edge " + id + " names an unknown node");
            }
            edges.add(new EdgeSpec(id, s, t, strongest, evidenceCount));
            return this;
        }

        /**
         * Shrinks node sizes (below the size unit) when the nodes would otherwise cover more than
         * this fraction of the area the positions span: dense pictures stay legible.
         */
        public Builder maxNodeArea(double fraction) {
            maxNodeArea = fraction;
            return this;
        }

        public GraphScene build() {
            if (!Double.isNaN(maxNodeArea) && nodes.size() > 1) {
                double[] importance = new double[nodes.size()];
                double[] xs = new double[nodes.size()];
                double[] ys = new double[nodes.size()];
                for (int i = 0; i < nodes.size(); i++) {
                    importance[i] = nodes.get(i).importance;
                    xs[i] = nodes.get(i).x;
                    ys[i] = nodes.get(i).y;
                }
                sizeUnit = (float) cappedSizeUnit(sizeUnit, importance, xs, ys, maxNodeArea);
            }
            return new GraphScene(this);
        }
    }

    private record NodeSpec(String id, String label, EntityType type, float importance, float x, float y) {
    }

    private record EdgeSpec(String id, int source, int target, RelationType type, int evidenceCount) {
    }
}
