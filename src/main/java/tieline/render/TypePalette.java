package tieline.render;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.util.Locale;
import tieline.model.EntityType;
import tieline.model.RelationType;

/**
 * How entity and relation types look in a briefing: a shape and colour per entity type
 * (person circle, organization rounded square, topic diamond, place triangle) and a colour
 * per relation type. Colours come from a colour-blind-safe palette and print in greyscale
 * with distinct shapes.
 */
public final class TypePalette {

    private TypePalette() {
    }

    /** Fill colour of an entity type. */
    public static Color entityColour(EntityType type) {
        return switch (type) {
            case PERSON -> new Color(0x0072B2);
            case ORGANIZATION -> new Color(0xE69F00);
            case TOPIC -> new Color(0x009E73);
            case PLACE -> new Color(0xCC79A7);
        };
    }

    /** Stroke colour of a relation type. */
    public static Color relationColour(RelationType type) {
        return switch (type) {
            case ROLE -> new Color(0x4D4D4D);
            case FAMILY -> new Color(0xAA4499);
            case BUSINESS -> new Color(0xD55E00);
            case MET -> new Color(0x0072B2);
            case CORRESPONDED -> new Color(0x56B4E9);
            case CRITICIZED -> new Color(0xC0392B);
            case DISCUSSED -> new Color(0x009E73);
            case MENTIONED_WITH -> new Color(0xA8A8A8);
        };
    }

    /** The node outline for an entity type, centred on (cx, cy) with the given radius. */
    public static Shape nodeShape(EntityType type, double cx, double cy, double r) {
        return switch (type) {
            case PERSON -> new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
            case ORGANIZATION -> new RoundRectangle2D.Double(cx - r * 0.9, cy - r * 0.9, r * 1.8, r * 1.8,
                    r * 0.6, r * 0.6);
            case TOPIC -> polygon(new double[] {cx, cx + r * 1.1, cx, cx - r * 1.1},
                    new double[] {cy - r * 1.1, cy, cy + r * 1.1, cy});
            case PLACE -> polygon(new double[] {cx, cx + r, cx - r},
                    new double[] {cy - r * 1.05, cy + r * 0.8, cy + r * 0.8});
        };
    }

    private static Shape polygon(double[] xs, double[] ys) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            p.lineTo(xs[i], ys[i]);
        }
        p.closePath();
        return p;
    }

    /** A colour mixed towards white: used to fade what is not emphasised. */
    public static Color faded(Color c, double amount) {
        return new Color(mix(c.getRed(), amount), mix(c.getGreen(), amount), mix(c.getBlue(), amount));
    }

    private static int mix(int channel, double amount) {
        return (int) Math.round(channel + (255 - channel) * amount);
    }

    /** Legend name of an entity type, e.g. {@code Organization}. */
    public static String entityName(EntityType type) {
        return capitalised(type.name());
    }

    /** Legend name of a relation type, e.g. {@code Mentioned with}. */
    public static String relationName(RelationType type) {
        return capitalised(type.name());
    }

    private static String capitalised(String constant) {
        String words = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
