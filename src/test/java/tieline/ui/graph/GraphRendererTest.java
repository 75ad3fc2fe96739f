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
}
