package tieline.ui.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Renders label text with the JavaFX text engine into coverage masks and keeps the most
 * recent ones. Missing labels are rendered in batches: one multi-line {@link Text} snapshot
 * per font, then cut into lines, because each snapshot has a large fixed cost (about 0.8 ms
 * measured) while a hundred lines in one snapshot cost about 3 ms. FX thread only.
 */
public final class TextSprites implements LabelSprites {

    private static final int CAPACITY = 8000;
    private static final int BATCH = 120;

    private final Map<String, LabelSprite> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, LabelSprite> eldest) {
            return size() > CAPACITY;
        }
    };
    private final Map<String, Set<String>> missing = new LinkedHashMap<>();
    private final Text probe = new Text();
    private final SnapshotParameters parameters = new SnapshotParameters();
    private String family = Font.getDefault().getFamily();

    public TextSprites() {
        parameters.setFill(Color.TRANSPARENT);
        probe.setFill(Color.BLACK);
    }

    /** Uses another font family (clears the cache). */
    public void setFamily(String newFamily) {
        if (!newFamily.equals(family)) {
            family = newFamily;
            cache.clear();
        }
    }

    private static String fontKey(int fontSize, boolean bold) {
        return fontSize + (bold ? "b" : "n");
    }

    @Override
    public LabelSprite sprite(String text, int fontSize, boolean bold) {
        String font = fontKey(fontSize, bold);
        LabelSprite s = cache.get(font + "|" + text);
        if (s == null) {
            missing.computeIfAbsent(font, k -> new LinkedHashSet<>()).add(text);
        }
        return s;
    }

    @Override
    public boolean renderMissing() {
        boolean any = false;
        for (Map.Entry<String, Set<String>> e : missing.entrySet()) {
            String font = e.getKey();
            int size = Integer.parseInt(font.substring(0, font.length() - 1));
            boolean bold = font.endsWith("b");
            List<String> texts = new ArrayList<>(e.getValue());
            for (int from = 0; from < texts.size(); from += BATCH) {
                render(texts.subList(from, Math.min(texts.size(), from + BATCH)), size, bold, font);
                any = true;
            }
        }
        missing.clear();
        return any;
    }

    private void render(List<String> texts, int size, boolean bold, String font) {
        probe.setFont(Font.font(family, bold ? FontWeight.BOLD : FontWeight.NORMAL, size));
        probe.setText(String.join("\n", texts));
        WritableImage image = probe.snapshot(parameters, null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), argb, 0, w);
        double lineHeight = (double) h / texts.size();
        for (int i = 0; i < texts.size(); i++) {
            int top = (int) Math.round(i * lineHeight);
            int bottom = Math.min(h, (int) Math.round((i + 1) * lineHeight));
            int rows = Math.max(1, bottom - top);
            int right = 0;
            for (int y = top; y < bottom; y++) {
                for (int x = w - 1; x >= right; x--) {
                    if ((argb[y * w + x] >>> 24) != 0) {
                        right = x + 1;
                        break;
                    }
                }
            }
            int sw = Math.max(1, right);
            byte[] coverage = new byte[sw * rows];
            for (int y = 0; y < rows && top + y < h; y++) {
                for (int x = 0; x < sw; x++) {
                    coverage[y * sw + x] = (byte) (argb[(top + y) * w + x] >>> 24);
                }
            }
            cache.put(font + "|" + texts.get(i), new LabelSprite(sw, rows, coverage));
        }
    }
}
