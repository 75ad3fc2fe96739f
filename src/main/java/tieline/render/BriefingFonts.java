package tieline.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one typeface every briefing target uses (DejaVu Sans, regular and bold), so a label is
 * measured and placed the same way in PNG, SVG, PDF and PPTX. Read from the system font folder
 * when present, otherwise from the copy bundled in the application; the raw font data is kept
 * so the PDF writer can embed exactly the font that was measured.
 */
public final class BriefingFonts {

    private static final Path SYSTEM_DIR = Path.of("/usr/share/fonts/truetype/dejavu");
    private static final String REGULAR_FILE = "DejaVuSans.ttf";
    private static final String BOLD_FILE = "DejaVuSans-Bold.ttf";

    private static volatile BriefingFonts shared;

    private final byte[] regularData;
    private final byte[] boldData;
    private final Font regular;
    private final Font bold;
    private final String origin;

    private BriefingFonts(byte[] regularData, byte[] boldData, String origin) {
        this.regularData = regularData;
        this.boldData = boldData;
        this.regular = create(regularData);
        this.bold = create(boldData);
        this.origin = origin;
    }

    /** The fonts, loaded once per process. */
    public static BriefingFonts shared() {
        BriefingFonts fonts = shared;
        if (fonts == null) {
            synchronized (BriefingFonts.class) {
                if (shared == null) {
                    shared = load();
                }
                fonts = shared;
            }
        }
        return fonts;
    }

    private static BriefingFonts load() {
        Path systemRegular = SYSTEM_DIR.resolve(REGULAR_FILE);
        Path systemBold = SYSTEM_DIR.resolve(BOLD_FILE);
        try {
            if (Files.isReadable(systemRegular) && Files.isReadable(systemBold)) {
                return new BriefingFonts(Files.readAllBytes(systemRegular), Files.readAllBytes(systemBold),
                        SYSTEM_DIR.toString());
            }
            return new BriefingFonts(resource(REGULAR_FILE), resource(BOLD_FILE), "bundled");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the DejaVu Sans font", e);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = BriefingFonts.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IOException("font resource /fonts/" + name + " is missing from the application");
            }
            return in.readAllBytes();
        }
    }

    private static Font create(byte[] data) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(data));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("the DejaVu Sans font data is not a usable TrueType font", e);
        }
    }

    /** The regular face at a size in points. */
    public Font regular(double size) {
        return regular.deriveFont((float) size);
    }

    /** The bold face at a size in points. */
    public Font bold(double size) {
        return bold.deriveFont(Font.BOLD, (float) size);
    }

    /** True when the font is the bold face. */
    public boolean isBold(Font font) {
        return font.getFontName().equals(bold.getFontName());
    }

    /** The TrueType data of the regular face (for embedding). */
    public InputStream regularData() {
        return new ByteArrayInputStream(regularData);
    }

    /** The TrueType data of the bold face (for embedding). */
    public InputStream boldData() {
        return new ByteArrayInputStream(boldData);
    }

    /** The AWT font name of the regular face, e.g. {@code DejaVu Sans}. */
    public String regularName() {
        return regular.getFontName();
    }

    /** The AWT font name of the bold face, e.g. {@code DejaVu Sans Bold}. */
    public String boldName() {
        return bold.getFontName();
    }

    /** The family name written into SVG and PPTX, {@code DejaVu Sans}. */
    public String family() {
        return regular.getFamily();
    }

    /** Where the fonts were read from: the system folder or {@code bundled}. */
    public String origin() {
        return origin;
    }
}
