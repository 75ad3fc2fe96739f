package tieline.ui.graph;

import java.util.Collection;

/**
 * What the graph should make stand out in the next frames: the selected node or edge, the
 * hovered node with its neighbours, or a path; everything else may be dimmed. Built from the
 * view-model's state by the canvas whenever that state changes, never per frame.
 */
public final class Emphasis {

    final int selectedNode;
    final int selectedEdge;
    final int hoveredNode;
    final boolean[] focusNodes;
    final boolean[] focusEdges;
    final boolean dimOthers;
    final boolean[] pinned;

    private Emphasis(int selectedNode, int selectedEdge, int hoveredNode, boolean[] focusNodes,
                     boolean[] focusEdges, boolean dimOthers, boolean[] pinned) {
        this.selectedNode = selectedNode;
        this.selectedEdge = selectedEdge;
        this.hoveredNode = hoveredNode;
        this.focusNodes = focusNodes;
        this.focusEdges = focusEdges;
        this.dimOthers = dimOthers;
        this.pinned = pinned;
    }

    /** Nothing emphasised. */
    public static Emphasis none(GraphScene scene) {
        return new Emphasis(-1, -1, -1, null, null, false, new boolean[scene.nodeCount()]);
    }

    /**
     * Works out the emphasis. Hovering wins over a path: the hovered node and its neighbours
     * stay bright and the rest dims. A path (node ids and edge ids) or a selected edge dims the
     * rest. A selected node brings its neighbours' labels forward without dimming anything.
     */
    public static Emphasis of(GraphScene scene, String selectedNodeId, String selectedEdgeId, String hoveredId,
                              Collection<String> pathNodeIds, Collection<String> pathEdgeIds,
                              Collection<String> pinnedIds) {
        int n = scene.nodeCount();
        int selected = selectedNodeId == null ? -1 : scene.indexOf(selectedNodeId);
        int edge = selectedEdgeId == null ? -1 : scene.edgeIndexOf(selectedEdgeId);
        int hovered = hoveredId == null ? -1 : scene.indexOf(hoveredId);
        boolean[] pinned = new boolean[n];
        for (String id : pinnedIds) {
            int i = scene.indexOf(id);
            if (i >= 0) {
                pinned[i] = true;
            }
        }
        boolean[] focusNodes = new boolean[n];
        boolean[] focusEdges = new boolean[scene.edgeCount()];
        boolean dim = false;
        if (hovered >= 0) {
            markStar(scene, hovered, focusNodes, focusEdges);
            dim = true;
        } else if (!pathNodeIds.isEmpty()) {
            for (String id : pathNodeIds) {
                int i = scene.indexOf(id);
                if (i >= 0) {
                    focusNodes[i] = true;
                }
            }
            for (String id : pathEdgeIds) {
                int e = scene.edgeIndexOf(id);
                if (e >= 0) {
                    focusEdges[e] = true;
                }
            }
            dim = true;
        } else if (selected >= 0) {
            markStar(scene, selected, focusNodes, focusEdges);
        }
        if (edge >= 0 && hovered < 0) {
            focusEdges[edge] = true;
            focusNodes[scene.source(edge)] = true;
            focusNodes[scene.target(edge)] = true;
            dim = true;
        }
        return new Emphasis(selected, edge, hovered, focusNodes, focusEdges, dim, pinned);
    }

    private static void markStar(GraphScene scene, int node, boolean[] focusNodes, boolean[] focusEdges) {
        focusNodes[node] = true;
        for (int k = 0; k < scene.degree(node); k++) {
            focusNodes[scene.neighbour(node, k)] = true;
            focusEdges[scene.incidentEdge(node, k)] = true;
        }
    }

    public int selectedNode() {
        return selectedNode;
    }

    public int selectedEdge() {
        return selectedEdge;
    }

    public int hoveredNode() {
        return hoveredNode;
    }

    /** True when the node is drawn at full strength while others dim. */
    public boolean isFocused(int node) {
        return focusNodes != null && focusNodes[node];
    }

    /** True when the node is drawn faded. */
    public boolean isDimmed(int node) {
        return dimOthers && !isFocused(node);
    }

    /** True when the edge is drawn faded. */
    public boolean isEdgeDimmed(int edge) {
        return dimOthers && (focusEdges == null || !focusEdges[edge]);
    }

    /** True when the edge is emphasised (on top, full strength). */
    public boolean isEdgeFocused(int edge) {
        return focusEdges != null && focusEdges[edge];
    }

    public boolean isPinned(int node) {
        return pinned[node];
    }

    /** How many nodes are focused. */
    public int focusedCount() {
        if (focusNodes == null) {
            return 0;
        }
        int c = 0;
        for (boolean b : focusNodes) {
            c += b ? 1 : 0;
        }
        return c;
    }

    @Override
    public String toString() {
        return "Emphasis[selected=" + selectedNode + ", edge=" + selectedEdge + ", hovered=" + hoveredNode
                + ", focused=" + focusedCount() + ", dim=" + dimOthers + "]";
    }
}
