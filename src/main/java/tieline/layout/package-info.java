/**
 * Graph layout, free of JavaFX and AWT: a compact {@link tieline.layout.LayoutGraph} (from arrays or
 * any JGraphT graph), mutable {@link tieline.layout.Positions}, the ForceAtlas2 force layout
 * ({@link tieline.layout.ForceAtlas2Layout}, stepped by {@link tieline.layout.ForceAtlas2Session}),
 * the layout quality measure {@link tieline.layout.LayoutQuality} and synthetic
 * {@link tieline.layout.ScaleFreeGraphs} for benchmarks and demos.
 *
 * <p>Typical use from a view, on a worker thread:
 * <pre>{@code
 * IndexedLayoutGraph<String> g = LayoutGraph.fromGraph(view.jgraph(), rel -> rel.evidenceCount());
 * Positions p = Positions.random(g.graph().nodeCount(), seed);   // or carry old positions over and
 * // p.placeNewNodesNearNeighbours(g.graph(), placed, seed);       // place only the newcomers
 * ForceAtlas2Layout layout = new ForceAtlas2Layout(ForceAtlas2Settings.recommendedFor(g.graph()));
 * try (ForceAtlas2Session s = layout.start(g.graph(), p, pinned)) {
 *     while (!cancelled && s.iterations() < 500) {
 *         s.step();
 *         publish(p.copy());                                      // paint the copy on the UI thread
 *     }
 * }
 * }</pre>
 */
package tieline.layout;
