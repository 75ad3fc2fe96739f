package tieline.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ViewportTest {

    @Test
    void zoomKeepsThePointUnderTheCursorStill() {
        Viewport vp = new Viewport();
        vp.set(2, 10, -30);
        double wx = vp.toWorldX(400);
        double wy = vp.toWorldY(250);
        vp.zoomAt(1.7, 400, 250);
        assertEquals(3.4, vp.scale(), 1e-9);
        assertEquals(400, vp.toScreenX(wx), 1e-9);
        assertEquals(250, vp.toScreenY(wy), 1e-9);
    }

    @Test
    void fitShowsTheWholeBoxCentredWithItsMargin() {
        Viewport vp = new Viewport();
        vp.fit(new float[] {-100, 0, 300, 100}, 1000, 600, 50);
        assertEquals(900 / 400.0, vp.scale(), 1e-9, "width is the tighter side");
        assertEquals(50, vp.toScreenX(-100), 1e-6);
        assertEquals(950, vp.toScreenX(300), 1e-6);
        assertEquals(300, vp.toScreenY(50), 1e-6, "centred vertically");
    }

    @Test
    void scaleStaysWithinLimits() {
        Viewport vp = new Viewport();
        for (int i = 0; i < 100; i++) {
            vp.zoomAt(10, 0, 0);
        }
        assertEquals(Viewport.MAX_SCALE, vp.scale(), 1e-9);
        for (int i = 0; i < 100; i++) {
            vp.zoomAt(0.1, 0, 0);
        }
        assertEquals(Viewport.MIN_SCALE, vp.scale(), 1e-9);
    }

    @Test
    void panMovesTheWorldWithThePointer() {
        Viewport vp = new Viewport();
        vp.set(3, 0, 0);
        double before = vp.toScreenX(10);
        vp.panBy(25, -5);
        assertEquals(before + 25, vp.toScreenX(10), 1e-9);
        assertTrue(vp.toScreenY(10) < 30);
    }
}
