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

    @Test
    void aPairIsCentredAndZoomedUntilItsEndsStandApart() {
        Viewport vp = new Viewport();
        vp.set(0.1, 0, 0);
        vp.framePair(100, 100, 110, 100, 1000, 600, 220);
        assertEquals(220, Math.abs(vp.toScreenX(110) - vp.toScreenX(100)), 1e-6, "zoomed in to the gap");
        assertEquals(500, (vp.toScreenX(100) + vp.toScreenX(110)) / 2, 1e-6);
        assertEquals(300, vp.toScreenY(100), 1e-6);

        vp.set(0.1, 0, 0);
        vp.framePair(0, 0, 10000, 0, 1000, 600, 220);
        assertTrue(vp.toScreenX(0) >= 0 && vp.toScreenX(10000) <= 1000, "a long edge is zoomed out to fit");

        vp.set(5, 0, 0);
        vp.framePair(0, 0, 60, 0, 1000, 600, 220);
        assertEquals(5, vp.scale(), 1e-9, "already apart and on screen: the zoom stays");
    }
}
