package tieline.cable;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The classification line that opens a cable's text, e.g.
 * {@code C O N F I D E N T I A L SECTION 01 OF 03 BAKU 000433} or
 * {@code UNCLAS E F T O LONDON 002883}: level, caveats, section and the post and serial that
 * make the cable's id. A bare level ({@code SECRET}, {@code UNCLASSIFIED//FOR OFFICIAL USE ONLY})
 * is a banner without post. Transcription slips seen in archives are tolerated: letters spaced
 * or not, a dropped leading C ({@code O N F I D E N T I A L}), a doubled S, a stray opening quote,
 * any letter case.
 *
 * @param level     the overall level
 * @param caveats   caveats written on the line (NOFORN, EFTO, ...)
 * @param sensitive true when the line marks the text sensitive (SBU, FOUO)
 * @param section   e.g. {@code SECTION 01 OF 03}, or null
 * @param post      the sending post without spaces, e.g. {@code USUNNEWYORK}, or null
 * @param serial    the post's serial number, or -1
 */
record ClassificationBanner(ClassificationLevel level, Set<String> caveats, boolean sensitive, String section,
                            String post, int serial) {

    private static final Pattern LEVEL = Pattern.compile(
            "^\\s*[\"']?(U?UNCLAS(?:SIFIED)?|C?\\s?O\\s?N\\s?F\\s?I\\s?D\\s?E\\s?N\\s?T\\s?I\\s?A\\s?L"
                    + "|T\\s?O\\s?P\\s+S\\s?E\\s?C\\s?R\\s?E\\s?T|S?S\\s?E\\s?C\\s?R\\s?E\\s?T|LIMITED\\s+OFFICIAL\\s+USE)"
                    + "(?![A-Za-z])(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SLASHED_CAVEATS = Pattern.compile("^//\\s*([A-Z][A-Z /]*)$");
    private static final Pattern SECTION = Pattern.compile("SECTION\\s+(\\d{1,2})\\s+[A-Za-z]{2}\\s?(\\d{1,2})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACED_EFTO = Pattern.compile("\\bE\\s?F\\s?T\\s?O\\b");
    private static final Pattern LEADING_CAVEAT = Pattern.compile(
            "^(NOFORN|SENSITIVE|SBU|FOUO|EFTO|NODIS|EXDIS|LIMDIS|STADIS|ORCON)\\b[,;]?\\s*");
    private static final Pattern POST_SERIAL = Pattern.compile(
            "^([A-Z][A-Z.'-]*(?:\\s+[A-Z][A-Z.'-]*){0,3})\\s+(\\d{1,7})(?![\\d/]).*$");
    private static final Pattern LEVEL_ONLY_REST = Pattern.compile("^[A-Z0-9 /,;:-]{0,40}$");
    // compiled once: String.replaceAll and split compile their pattern on every call
    private static final Pattern SPACE = Pattern.compile("\\s");
    private static final Pattern POST_PUNCTUATION = Pattern.compile("[\\s.'-]");

    /** The banner on this line, or null when the line is not a classification banner. */
    static ClassificationBanner parse(String line) {
        if (!mayOpenBanner(line)) {
            return null;
        }
        Matcher m = LEVEL.matcher(line);
        if (!m.matches()) {
            return null;
        }
        String levelText = SPACE.matcher(m.group(1)).replaceAll("").toUpperCase(Locale.ROOT);
        String rest = m.group(2).strip().toUpperCase(Locale.ROOT);
        Set<String> caveats = new LinkedHashSet<>();
        boolean sensitive = false;
        Matcher slashed = SLASHED_CAVEATS.matcher(rest);
        if (slashed.matches()) {
            for (String c : Classification.SLASHES.split(slashed.group(1))) {
                String caveat = c.strip();
                if (caveat.startsWith("FOR OFFICIAL USE") || caveat.equals("FOUO") || caveat.equals("SBU")
                        || caveat.equals("SENSITIVE")) {
                    sensitive = true;
                } else if (caveat.equals("NF")) {
                    caveats.add("NOFORN");
                } else if (!caveat.isEmpty()) {
                    caveats.add(caveat);
                }
            }
            rest = "";
        } else if (rest.startsWith("/")) {
            return null;
        }
        String section = null;
        Matcher s = SECTION.matcher(rest);
        if (s.find()) {
            section = "SECTION " + twoDigits(s.group(1)) + " OF " + twoDigits(s.group(2));
            rest = (rest.substring(0, s.start()) + " " + rest.substring(s.end())).strip();
        }
        Matcher efto = SPACED_EFTO.matcher(rest);
        if (efto.find()) {
            rest = (rest.substring(0, efto.start()) + " EFTO " + rest.substring(efto.end())).strip();
        }
        Matcher lead;
        // the pattern is anchored at the start: looking there alone finds what a search finds
        while ((lead = LEADING_CAVEAT.matcher(rest)).lookingAt()) {
            String word = lead.group(1);
            if (word.equals("SENSITIVE") || word.equals("SBU") || word.equals("FOUO")) {
                sensitive = true;
            } else {
                caveats.add(word);
            }
            rest = rest.substring(lead.end());
        }
        String post = null;
        int serial = -1;
        Matcher ps = POST_SERIAL.matcher(rest);
        if (ps.matches()) {
            post = POST_PUNCTUATION.matcher(ps.group(1)).replaceAll("");
            serial = Integer.parseInt(ps.group(2));
        } else if (!LEVEL_ONLY_REST.matcher(rest).matches()) {
            return null;
        }
        return new ClassificationBanner(level(levelText), caveats, sensitive, section, post, serial);
    }

    /** How banners open, letters spaced or not, any case: a cheap test before the pattern. */
    private static final String[] OPENINGS = {"UNCLAS", "UUNCLAS", "C O N", "CO N", "C ON", "CONF", "O N F", "ONF",
        "S E C", "SE C", "S EC", "SEC", "SS", "T O P", "TOP", "LIMITED"};

    private static boolean mayOpenBanner(String line) {
        return mayOpenBanner(line, 0, line.length());
    }

    /**
     * False when the line held by {@code source} in {@code [from, to)} certainly opens no
     * banner: a cheap test on its region, so a line of text need not be copied for the question.
     */
    static boolean mayOpenBanner(String source, int from, int to) {
        int i = from;
        while (i < to && source.charAt(i) == ' ') {
            i++;
        }
        if (i < to && (source.charAt(i) == '"' || source.charAt(i) == '\'')) {
            i++;
        }
        if (i + 1 >= to || "UCOSTLucostl".indexOf(source.charAt(i)) < 0
                || " NUOESInuoesi".indexOf(source.charAt(i + 1)) < 0) {
            return false;
        }
        for (String opening : OPENINGS) {
            // most lines fail at the first letter; regionMatches ignores case in the same way
            if (Character.toUpperCase(source.charAt(i)) == opening.charAt(0) && i + opening.length() <= to
                    && source.regionMatches(true, i, opening, 0, opening.length())) {
                return true;
            }
        }
        return false;
    }

    private static String twoDigits(String number) {
        return number.length() == 1 ? "0" + number : number;
    }

    /** True when the line is a banner that names post and serial ({@code SECRET STATE 068250}). */
    static boolean isPostBanner(String line) {
        ClassificationBanner banner = parse(line);
        return banner != null && banner.hasPost();
    }

    /** True when the banner names the post and serial that identify the cable. */
    boolean hasPost() {
        return post != null;
    }

    private static ClassificationLevel level(String levelText) {
        if (levelText.startsWith("UNCLAS")) {
            return ClassificationLevel.UNCLASSIFIED;
        }
        if (levelText.startsWith("LIMITED")) {
            return ClassificationLevel.SENSITIVE;
        }
        if (levelText.contains("ONFIDENTIAL")) {
            return ClassificationLevel.CONFIDENTIAL;
        }
        if (levelText.startsWith("TOP")) {
            return ClassificationLevel.TOP_SECRET;
        }
        return ClassificationLevel.SECRET;
    }
}
