package tieline.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelPlacerTest {

    private static final Rectangle2D AREA = new Rectangle2D.Double(0, 0, 400, 300);

    private static LabelPlacer.Request request(String key, double x, double y, boolean mandatory, double priority) {
        return new LabelPlacer.Request(key, key, new Rectangle2D.Double(x - 4, y - 4, 8, 8), 50, 10, mandatory,
                priority);
    }

    @Test
    void aLoneLabelGoesToTheRightOfItsNode() {
        List<LabelPlacer.Placement> placed = LabelPlacer.place(List.of(request("a", 100, 100, false, 1)), List.of(),
                AREA);
        assertEquals(1, placed.size());
        Rectangle2D box = placed.get(0).box();
        assertTrue(box.getX() > 104, "right of the node: " + box);
        assertEquals(100, box.getCenterY(), 0.001);
    }

    @Test
    void labelsNearTheEdgeMoveInsideTheArea() {
        List<LabelPlacer.Placement> placed = LabelPlacer.place(List.of(request("edge", 395, 150, false, 1)),
                List.of(), AREA);
        assertEquals(1, placed.size());
        assertTrue(AREA.contains(placed.get(0).box()));
        assertTrue(placed.get(0).box().getMaxX() < 391, "placed on the left: " + placed.get(0).box());
    }

    @Test
    void placedLabelsNeverOverlapEachOtherOrOtherNodes() {
        List<LabelPlacer.Request> requests = new ArrayList<>();
        List<Rectangle2D> nodes = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            double x = 150 + (i % 8) * 14;
            double y = 100 + (i / 8) * 12;
            LabelPlacer.Request r = request("n" + i, x, y, false, i % 5);
            requests.add(r);
            nodes.add(r.anchor());
        }
        List<LabelPlacer.Placement> placed = LabelPlacer.place(requests, nodes, AREA);
        assertTrue(placed.size() < requests.size(), "a crowd cannot all be labelled");
        assertTrue(placed.size() >= 5, "but some are: " + placed.size());
        for (int i = 0; i < placed.size(); i++) {
            Rectangle2D a = placed.get(i).box();
            assertTrue(AREA.contains(a));
            for (int j = i + 1; j < placed.size(); j++) {
                assertTrue(!a.intersects(placed.get(j).box()), placed.get(i).request().key() + " overlaps "
                        + placed.get(j).request().key());
            }
            for (Rectangle2D node : nodes) {
                if (!node.equals(placed.get(i).request().anchor())) {
                    assertTrue(!a.intersects(node), placed.get(i).request().key() + " covers a node");
                }
            }
        }
    }

    @Test
    void mandatoryLabelsAreNeverDroppedAndImportantOnesGoFirst() {
        List<LabelPlacer.Request> requests = new ArrayList<>();
        List<Rectangle2D> nodes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            LabelPlacer.Request r = request("minor" + i, 200 + (i % 6) * 3, 150 + (i / 6) * 3, false, 1);
            requests.add(r);
            nodes.add(r.anchor());
        }
        LabelPlacer.Request big = request("important", 205, 155, false, 10);
        LabelPlacer.Request must = request("selected", 203, 153, true, 0);
        requests.add(big);
        requests.add(must);
        nodes.add(big.anchor());
        nodes.add(must.anchor());
        List<String> keys = LabelPlacer.place(requests, nodes, AREA).stream().map(p -> p.request().key()).toList();
        assertEquals("selected", keys.get(0));
        assertTrue(keys.contains("important"));
    }

    @Test
    void aLongLabelIsWrappedWhenOneLineDoesNotFit() {
        Rectangle2D narrow = new Rectangle2D.Double(0, 0, 120, 300);
        LabelPlacer.Request r = new LabelPlacer.Request("long", "Ministry of Emergency Situations",
                new Rectangle2D.Double(56, 146, 8, 8), List.of(new LabelPlacer.Size(150, 10),
                        new LabelPlacer.Size(70, 20)), false, 1);
        List<LabelPlacer.Placement> placed = LabelPlacer.place(List.of(r), List.of(r.anchor()), narrow);
        assertEquals(1, placed.size());
        assertEquals(1, placed.get(0).size(), "the two-line setting");
        assertTrue(narrow.contains(placed.get(0).box()));
    }

    @Test
    void longNamesSplitAtTheSpaceNearestTheMiddle() {
        assertEquals(List.of(List.of("Ministry of Emergency Situations"),
                List.of("Ministry of", "Emergency Situations")),
                NetworkPainter.ways("Ministry of Emergency Situations"));
        assertEquals(List.of(List.of("Araz Azimov")), NetworkPainter.ways("Araz Azimov"));
    }
}
