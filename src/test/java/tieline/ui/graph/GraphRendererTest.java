package tieline.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import tieline.model.EntityType;

class GraphRendererTest {

    /** Sprites as solid blocks, 6 px per character; the first request for a text is "missing". */
    private static final class BlockSprites implements LabelSprites {
        final Map<String, LabelSprite> ready = new HashMap<>();
        final java.util.Set<String> missing = new java.util.HashSet<>();

        @Override
        public LabelSprite sprite(String text, int size, boolean bold) {
            String key = text + size + bold;
            LabelSprite s = ready.get(key);
            if (s == null) {
                missing.add(key);
                int w = text.length() * 6;
                byte[] c = new byte[w * size];
                java.util.Arrays.fill(c, (byte) 255);
                ready.put(key, new LabelSprite(w, size, c));
                return null;
            }
            return s;
        }

        @Override
        public boolean renderMissing() {
            boolean any = !missing.isEmpty();
            missing.clear();
            return any;
        }
    }

    private final GraphScene scene = SceneFixtures.star();
    private final GraphPalette palette = new GraphPalette();
    private final Raster raster = new Raster(600, 400);
    private final Viewport vp = new Viewport();
    private final GraphRenderer renderer = new GraphRenderer(new LabelPlanner((t, s) -> t.length() * 6.0));
    private final BlockSprites sprites = new BlockSprites();

    private int rgbAt(String id) {
        int i = scene.indexOf(id);
        return raster.pixel((int) vp.toScreenX(scene.x(i)), (int) vp.toScreenY(scene.y(i))) & 0xFFFFFF;
    }

    private static int rgb(Color c) {
        return GraphRenderer.rgb(c);
    }

    private void draw(Emphasis e) {
        renderer.draw(raster, scene, new SpatialGrid(scene), vp, e, palette, sprites);
    }

    @Test
    void nodesAreFilledInTheirTypeColour() {
        vp.set(1.5, 300, 200);
        draw(Emphasis.none(scene));
        assertEquals(rgb(palette.node(EntityType.PERSON)), rgbAt("hub"));
        assertEquals(rgb(palette.node(EntityType.ORGANIZATION)), rgbAt("a"));
        assertEquals(rgb(palette.node(EntityType.TOPIC)), rgbAt("b"));
    }

    @Test
    void offScreenItemsAreNotDrawn() {
        vp.set(1.5, 300, 200);
        draw(Emphasis.none(scene));
        assertEquals(4, renderer.drawnNodes(), "hub, a, b, c on screen; x and y far away");
        assertEquals(3, renderer.drawnEdges());
    }

    @Test
    void hoveringFadesTheNodesThatAreNotNeighbours() {
        vp.set(0.3, 100, 60);
        draw(Emphasis.none(scene));
        int plain = rgbAt("x");
        draw(Emphasis.of(scene, null, null, "hub", List.of(), List.of(), Set.of()));
        int faded = rgbAt("x");
        assertNotEquals(plain, faded);
        assertEquals(rgb(palette.node(EntityType.PERSON)), rgbAt("hub"), "the hovered node stays bright");
    }

    @Test
    void labelsArriveOnceTheirTextIsRendered() {
        vp.set(1.5, 300, 200);
        draw(Emphasis.of(scene, "hub", null, null, List.of(), List.of(), Set.of()));
        assertTrue(renderer.labelsMissing());
        assertTrue(sprites.renderMissing());
        draw(Emphasis.of(scene, "hub", null, null, List.of(), List.of(), Set.of()));
        assertFalse(renderer.labelsMissing());
        assertTrue(renderer.drawnLabels() >= 4);
        assertEquals(scene.indexOf("hub"), renderer.labels().node(0), "the selected label comes first");
    }

    private static GraphScene cloud() {
        return cloud(1200);
    }

    private static GraphScene cloud(int edges) {
        java.util.Random random = new java.util.Random(5);
        GraphScene.Builder b = GraphScene.builder();
        EntityType[] types = EntityType.values();
        for (int i = 0; i < 400; i++) {
            b.node("n" + i, "Node " + i, types[i % types.length], random.nextDouble(), random.nextDouble() * 900,
                    random.nextDouble() * 600);
        }
        tieline.model.RelationType[] rel = tieline.model.RelationType.values();
        for (int i = 0; i < edges; i++) {
            int a = random.nextInt(400);
            int c = random.nextInt(400);
            if (a != c) {
                b.edge("e" + i, "n" + a, "n" + c, rel[i % rel.length], 1 + random.nextInt(6));
            }
        }
        return b.build();
    }

    private static int[] frame(GraphRenderer r, GraphScene s, Viewport v, Emphasis e, BlockSprites sprites) {
        Raster out = new Raster(640, 480);
        SpatialGrid grid = new SpatialGrid(s);
        r.draw(out, s, grid, v, e, new GraphPalette(), sprites);
        if (r.labelsMissing() && sprites.renderMissing()) {
            r.draw(out, s, grid, v, e, new GraphPalette(), sprites);
        }
        return java.util.Arrays.copyOf(out.pixels(), 640 * 480);
    }

    @Test
    void bandsDrawnInParallelGiveTheSamePixelsAsOneThread() {
        GraphScene s = cloud();
        Viewport v = new Viewport();
        v.fit(s.bounds(), 640, 480, 10);
        Emphasis e = Emphasis.of(s, "n3", null, "n7", List.of(), List.of(), Set.of("n9"));
        LabelPlanner.TextWidth w = (t, z) -> t.length() * 6.0;
        int[] one = frame(new GraphRenderer(new LabelPlanner(w), 1), s, v, e, new BlockSprites());
        int[] four = frame(new GraphRenderer(new LabelPlanner(w), 4), s, v, e, new BlockSprites());
        org.junit.jupiter.api.Assertions.assertArrayEquals(one, four);
    }

    @Test
    void aPanShiftsThePictureAndDrawsOnlyWhatCameIntoViewWithTheSameResult() {
        GraphScene s = cloud();
        Emphasis e = Emphasis.of(s, null, "e5", null, List.of(), List.of(), Set.of());
        LabelPlanner.TextWidth w = (t, z) -> t.length() * 6.0;
        GraphRenderer panning = new GraphRenderer(new LabelPlanner(w), 2);
        BlockSprites sprites = new BlockSprites();
        Viewport v = new Viewport();
        v.set(1.3, -40, -30);
        frame(panning, s, v, e, sprites);
        v.panBy(37, -21);
        int[] shifted = frame(panning, s, v, e, sprites);
        assertTrue(panning.lastFrameShifted());
        int[] full = frame(new GraphRenderer(new LabelPlanner(w), 1), s, v, e, new BlockSprites());
        org.junit.jupiter.api.Assertions.assertArrayEquals(full, shifted);
        v.zoomAt(1.1, 100, 100);
        panning.draw(new Raster(640, 480), s, new SpatialGrid(s), v, e, new GraphPalette(), sprites);
        assertFalse(panning.lastFrameShifted(), "a zoom draws everything again");
    }

    @Test
    void theSelectedNodeGetsARing() {
        vp.set(1.5, 300, 200);
        draw(Emphasis.none(scene));
        int hub = scene.indexOf("hub");
        int ringX = (int) Math.round(vp.toScreenX(scene.x(hub)) + scene.radius(hub) * vp.scale() + 4);
        int ringY = (int) vp.toScreenY(scene.y(hub));
        int before = raster.pixel(ringX, ringY) & 0xFFFFFF;
        draw(Emphasis.of(scene, "hub", null, null, List.of(), List.of(), Set.of()));
        int after = raster.pixel(ringX, ringY) & 0xFFFFFF;
        assertNotEquals(before, after);
        assertEquals(rgb(palette.selection()), after);
    }

    @Test
    void aCrowdedFrameDrawnInStripesAndShiftedByAPanMatchesOneDrawnWhole() {
        GraphScene s = cloud(4000);
        Emphasis e = Emphasis.of(s, "n3", null, "n7", List.of(), List.of(), Set.of("n9"));
        LabelPlanner.TextWidth w = (t, z) -> t.length() * 6.0;
        Viewport v = new Viewport();
        v.set(0.9, -20, -15);
        GraphRenderer one = new GraphRenderer(new LabelPlanner(w), 1);
        int[] single = frame(one, s, v, e, new BlockSprites());
        assertTrue(one.drawnEdges() > 3000, "crowded: one-pixel edges, " + one.drawnEdges());
        GraphRenderer panning = new GraphRenderer(new LabelPlanner(w), 3);
        BlockSprites sprites = new BlockSprites();
        org.junit.jupiter.api.Assertions.assertArrayEquals(single, frame(panning, s, v, e, sprites),
                "stripes drawn in parallel");
        v.panBy(-23, 41);
        int[] shifted = frame(panning, s, v, e, sprites);
        assertTrue(panning.lastFrameShifted());
        org.junit.jupiter.api.Assertions.assertArrayEquals(frame(new GraphRenderer(new LabelPlanner(w), 1), s, v, e,
                new BlockSprites()), shifted, "the strips drawn after a pan");
    }
}
