package tieline.cable;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A classification marking: a level plus caveats such as NOFORN. Ordered as DESIGN.md
 * defines it: UNCLASSIFIED &lt; SBU/FOUO &lt; CONFIDENTIAL &lt; SECRET &lt; SECRET//NOFORN.
 */
public record Classification(ClassificationLevel level, Set<String> caveats /* sorted, so banners read the same every run */)
        implements Comparable<Classification> {

    /** Caveats that narrow release and therefore rank a marking above the bare level. */
    private static final Set<String> RELEASE_CAVEATS = Set.of("NOFORN", "ORCON", "NF");
    // compiled once: String.split and matches compile their pattern on every call
    /** Runs of slashes between a marking's parts ({@code SECRET//NOFORN}). */
    static final Pattern SLASHES = Pattern.compile("/+");
    private static final Pattern CAVEAT = Pattern.compile("[A-Z]{2,12}");

    public static final Classification UNCLASSIFIED = of(ClassificationLevel.UNCLASSIFIED);
    public static final Classification SBU = of(ClassificationLevel.SENSITIVE);
    public static final Classification CONFIDENTIAL = of(ClassificationLevel.CONFIDENTIAL);
    public static final Classification SECRET = of(ClassificationLevel.SECRET);
    public static final Classification SECRET_NOFORN =
            new Classification(ClassificationLevel.SECRET, Set.of("NOFORN"));

    /** The portion markings nearly every paragraph carries, parsed once. */
    private static final Map<String, Classification> COMMON_MARKINGS = Map.of(
            "U", UNCLASSIFIED, "SBU", SBU, "C", CONFIDENTIAL, "S", SECRET, "S/NF", SECRET_NOFORN,
            "C/NF", new Classification(ClassificationLevel.CONFIDENTIAL, Set.of("NOFORN")));

    public Classification {
        Objects.requireNonNull(level, "level");
        caveats = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(caveats == null ? Set.of() : caveats));
    }

    public static Classification of(ClassificationLevel level) {
        return new Classification(level, Set.of());
    }

    /** True when a caveat such as NOFORN narrows who may see it. */
    public boolean restrictsRelease() {
        return caveats.stream().anyMatch(RELEASE_CAVEATS::contains);
    }

    /** True when this marking may be shown under the given ceiling. */
    public boolean isAtOrBelow(Classification ceiling) {
        return compareTo(ceiling) <= 0;
    }

    public static Classification max(Classification a, Classification b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.compareTo(b) >= 0 ? a : b;
    }

    @Override
    public int compareTo(Classification other) {
        // written out: asked for every piece of evidence a timeline or a ceiling filter meets, and
        // most of it shares its marking (the very same object) or differs from it in level
        if (this == other) {
            return 0;
        }
        int c = level.compareTo(other.level);
        return c != 0 ? c : Boolean.compare(restrictsRelease(), other.restrictsRelease());
    }

    /** Banner text such as {@code SECRET//NOFORN} or {@code UNCLASSIFIED}. */
    public String bannerText() {
        if (caveats.isEmpty()) {
            return level.bannerText();
        }
        return level.bannerText() + "//" + String.join("/", caveats);
    }

    /** Portion code such as {@code C}, {@code SBU} or {@code S/NF}. */
    public String portionCode() {
        if (restrictsRelease()) {
            return level.portionCode() + "/NF";
        }
        return level.portionCode();
    }

    @Override
    public String toString() {
        return bannerText();
    }

    /**
     * Parses a portion marking ({@code U}, {@code SBU}, {@code C}, {@code S/NF}, {@code C/NF},
     * {@code TS}) or a full name ({@code SECRET//NOFORN}, {@code CONFIDENTIAL}, {@code UNCLAS}).
     *
     * @return the marking, or {@code null} when the text is not a marking
     */
    public static Classification parse(String text) {
        if (text == null) {
            return null;
        }
        Classification common = COMMON_MARKINGS.get(text);
        if (common != null) {
            return common;
        }
        String t = text.trim().toUpperCase(Locale.ROOT).replace(" ", "");
        if (t.isEmpty()) {
            return null;
        }
        String[] parts = SLASHES.split(t);
        ClassificationLevel level = levelOf(parts[0]);
        if (level == null) {
            return null;
        }
        Set<String> caveats = new TreeSet<>();
        for (int i = 1; i < parts.length; i++) {
            String c = parts[i];
            if (c.equals("NF")) {
                caveats.add("NOFORN");
            } else if (c.equals("SBU") || c.equals("FOUO") || c.equals("SENSITIVE")) {
                if (level == ClassificationLevel.UNCLASSIFIED) {
                    level = ClassificationLevel.SENSITIVE;
                }
            } else if (CAVEAT.matcher(c).matches()) {
                caveats.add(c);
            } else {
                return null;
            }
        }
        return new Classification(level, caveats);
    }

    private static ClassificationLevel levelOf(String code) {
        switch (code) {
            case "U": case "UNCLAS": case "UNCLASSIFIED":
                return ClassificationLevel.UNCLASSIFIED;
            case "SBU": case "FOUO": case "SENSITIVE": case "SENSITIVEBUTUNCLASSIFIED":
                return ClassificationLevel.SENSITIVE;
            case "C": case "CONFIDENTIAL":
                return ClassificationLevel.CONFIDENTIAL;
            case "S": case "SECRET":
                return ClassificationLevel.SECRET;
            case "TS": case "TOPSECRET":
                return ClassificationLevel.TOP_SECRET;
            default:
                return null;
        }
    }

    /** The markings a user may choose as a ceiling, lowest first. */
    public static List<Classification> ceilings() {
        return List.of(UNCLASSIFIED, SBU, CONFIDENTIAL, SECRET, SECRET_NOFORN);
    }
}
