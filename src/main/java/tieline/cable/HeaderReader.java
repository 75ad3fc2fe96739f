package tieline.cable;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the header of a cable: routing lines (date-time group, {@code DE}, {@code FM},
 * {@code TO}, {@code INFO}), the classification banner and caveat lines, E.O., TAGS, SUBJECT,
 * REF and Classified By. Field names may be in any case. When an {@link ArchiveRecord} sits
 * between a preview and the full text, only routing lines are taken from before it.
 */
final class HeaderReader {

    /** How many lines a header may span at most (long INFO lists included). */
    static final int SCAN_LIMIT = 300;
    /**
     * Once banner or subject are known, this many non-blank lines in a row without a header field
     * mean the body has begun (the lines between banner and E.O. line, such as "DEPT FOR ...",
     * are fewer).
     */
    private static final int HEADER_GAP_MAX = 20;

    private static final Pattern DE = Pattern.compile("^\\s*DE\\s+[A-Z]{4,7}\\s+#(\\d{1,6})\\b.*$");
    private static final Pattern FM = Pattern.compile("^\\s*FM\\s+(.+)$");
    private static final Pattern GLUED_TO = Pattern.compile("TO\\s?[A-Z]{4,7}/");
    private static final Pattern TO = Pattern.compile("^\\s*TO\\s+(.+)$");
    private static final Pattern INFO = Pattern.compile("^\\s*INFO\\s+(.+)$");
    private static final Pattern CAVEAT_LINE = Pattern.compile(
            "^\\s*(NOFORN|NODIS|EXDIS|LIMDIS|ORCON|STADIS|FOR OFFICIAL USE ONLY|SENSITIVE(?: BUT UNCLASSIFIED.*)?)"
                    + "[\\s,;.]*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern EO = Pattern.compile(
            "^\\s*(?:\\(\\w{1,3}\\)\\s*)?E\\.?\\s?[O0]\\.?\\s*(\\d{5})\\s*:?(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLASSIFICATION_ORDER = Pattern.compile("12958|13526|13292|12356|12065|11652");
    private static final Pattern EO_CONTENT = Pattern.compile("(?i)DECL|N/A|\\d{1,2}/\\d{1,2}/\\d{2}");
    private static final Pattern DECL_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2,4})");
    private static final Pattern DECL_LINE = Pattern.compile("^\\s*DECL(?:ASSIFY)?(?:\\s+ON)?\\s*:.*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TAGS = Pattern.compile("^\\s*TAGS?\\s*:?\\s+(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG_CONTINUATION = Pattern.compile("^\\s*(?:[A-Z][A-Za-z0-9-]{1,11}[,;]?\\s*)+$");
    /** A tag is at most this long: longer runs of letters are cut into tags of this length. */
    private static final int TAG_MAX = 20;
    private static final Pattern SUBJECT = Pattern.compile("^\\s*SUBJ(?:ECT)?\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern REF = Pattern.compile(
            "^\\s*(?:REF(?:S|TEL|TELS)?|Refs?|Reftels?)(?:\\s*:|\\s+(?=[A-Z0-9(]))\\s*(.*)$");
    /**
     * {@code (U) Embassy London has received ...}: a marked sentence, the body begun without a
     * number. Anchored at the start, so it is asked with lookingAt, which finds what a search finds.
     */
    private static final Pattern MARKED_SENTENCE = Pattern.compile(
            "^\\s*\\((?:U|C|S|SBU|S/NF|C/NF|U//FOUO)\\)\\s+" + HeaderLineSplitter.OPENS_SENTENCE);
    private static final Pattern REF_ITEM = Pattern.compile("^\\s*¶?\\(?[A-Z][.)]\\s*\\S.*$");
    private static final Pattern CLASSIFIED_BY = Pattern.compile(
            "^\\s*(?:\\(\\w{1,3}\\)\\s*)?CLASSIFIED\\s+BY\\s*:?\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Set<String> PRECEDENCE_WORDS = Set.of("ROUTINE", "PRIORITY", "IMMEDIATE", "FLASH");
    /** Compiled once: String.replaceAll compiles its pattern on every call. */
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s:;,.-]+");

    private HeaderReader() {
    }

    /** Reads the header of these lines; {@code archive} may be null. */
    static CableHeader read(CableLines lines, ArchiveRecord archive) {
        CableHeader h = new CableHeader();
        int limit = Math.min(lines.size(), SCAN_LIMIT);
        if (archive != null) {
            scan(lines, 0, archive.start(), h, true);
            h.bodyStart = archive.end();
            scan(lines, archive.end(), Math.min(lines.size(), archive.end() + SCAN_LIMIT), h, false);
        } else {
            scan(lines, 0, limit, h, false);
        }
        return h;
    }

    private static void scan(CableLines lines, int from, int to, CableHeader h, boolean routingOnly) {
        List<String> addressees = null;
        int quiet = 0;
        int consumedUpTo = h.bodyStart;
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                addressees = null;
                continue;
            }
            if (h.bodyStart != consumedUpTo) {
                consumedUpTo = h.bodyStart;
                quiet = 0;
            }
            quiet++;
            if (!routingOnly && quiet > HEADER_GAP_MAX && (h.banner != null || h.subject != null)) {
                return;
            }
            Matcher m;
            DateTimeGroup dtg;
            ClassificationBanner banner;
            char first = firstLetter(line);
            if (h.dateTimeGroup == null && (dtg = DateTimeGroup.parse(line)) != null) {
                h.dateTimeGroup = dtg;
                h.bodyStart = i + 1;
            } else if (h.routingSerial < 0 && line.startsWith("DE") && (m = DE.matcher(line)).matches()) {
                h.routingSerial = Integer.parseInt(m.group(1));
                h.bodyStart = i + 1;
            } else if (h.origin == null && first == 'F' && (m = FM.matcher(line)).matches()) {
                h.origin = origin(m.group(1));
                h.bodyStart = i + 1;
            } else if (h.origin != null && first == 'T' && noPostBanner(h) && h.to.isEmpty()
                    && (m = TO.matcher(line)).matches()) {
                addressees = h.to;
                addressees.add(addressee(m.group(1)));
                h.bodyStart = i + 1;
            } else if (!h.to.isEmpty() && first == 'I' && noPostBanner(h) && h.info.isEmpty()
                    && (m = INFO.matcher(line)).matches()) {
                addressees = h.info;
                addressees.add(addressee(m.group(1)));
                h.bodyStart = i + 1;
            } else if (noPostBanner(h) && (banner = ClassificationBanner.parse(line)) != null
                    && (h.banner == null || banner.hasPost())) {
                if (!routingOnly) {
                    if (banner.hasPost()) {
                        forgetFieldsBefore(h);
                    }
                    h.banner = banner;
                    h.bodyStart = i + 1;
                }
                addressees = null;
            } else if (addressees != null && noPostBanner(h) && isAddresseeLine(line)) {
                addressees.add(addressee(line));
                h.bodyStart = i + 1;
            } else if (routingOnly) {
                continue;
            } else if (h.banner != null && "NELOSF".indexOf(first) >= 0 && (m = CAVEAT_LINE.matcher(line)).matches()) {
                String c = m.group(1).toUpperCase(Locale.ROOT);
                if (c.startsWith("SENSITIVE") || c.startsWith("FOR OFFICIAL USE")) {
                    h.sensitive = true;
                } else {
                    h.caveats.add(c);
                }
                h.bodyStart = i + 1;
            } else if (h.eoLine == null && (first == 'E' || first == '(') && (m = EO.matcher(line)).matches()
                    && isEoLine(m)) {
                i = readEo(lines, i, m.group(2), h);
            } else if (h.tags.isEmpty() && first == 'T' && (m = TAGS.matcher(line)).matches()) {
                i = readTags(lines, i, to, m.group(1), h);
            } else if (h.subject == null && first == 'S' && (m = SUBJECT.matcher(line)).matches()) {
                i = readSubject(lines, i, m.group(1), h);
            } else if (h.refText == null && first == 'R' && (m = REF.matcher(line)).matches()) {
                i = readRefs(lines, i, m.group(1), h);
            } else if (h.classifiedBy == null && (first == 'C' || first == '(')
                    && (m = CLASSIFIED_BY.matcher(line)).matches()) {
                i = readClassifiedBy(lines, i, m.group(1), h);
            } else if (ParagraphSplitter.isParagraphStart(line)
                    && (h.subject != null || h.banner != null || h.dateTimeGroup != null)) {
                return;
            }
        }
    }

    /**
     * Fields read before the banner belong to a wrapper (an e-mail header, a preview) and give way
     * to the cable's own, which follow the banner.
     */
    private static void forgetFieldsBefore(CableHeader h) {
        h.eoLine = null;
        h.declassifyOn = null;
        h.tags.clear();
        h.subject = null;
        h.refText = null;
        h.classifiedBy = null;
    }

    /** The first non-space character in upper case, to skip patterns that cannot match. */
    private static char firstLetter(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!Character.isWhitespace(c)) {
                return Character.toUpperCase(c);
            }
        }
        return ' ';
    }

    private static boolean noPostBanner(CableHeader h) {
        return h.banner == null || !h.banner.hasPost();
    }

    private static int readEo(CableLines lines, int i, String rest, CableHeader h) {
        h.eoLine = lines.get(i).strip();
        Matcher d = DECL_DATE.matcher(rest);
        boolean found = d.find();
        int last = i;
        if (!found && i + 1 < lines.size() && DECL_LINE.matcher(lines.get(i + 1)).matches()) {
            last = i + 1;
            h.eoLine = h.eoLine + " " + lines.get(last).strip();
            d = DECL_DATE.matcher(lines.get(last));
            found = d.find();
        }
        if (found) {
            h.declassifyOn = date(d.group(3), d.group(1), d.group(2));
        }
        h.bodyStart = last + 1;
        return last;
    }

    /**
     * True for the E.O. line of classification: it names an order on classification or says
     * DECL / N/A, unlike a subject line that cites, say, E.O. 13382.
     */
    private static boolean isEoLine(Matcher m) {
        return CLASSIFICATION_ORDER.matcher(m.group(1)).matches() || EO_CONTENT.matcher(m.group(2)).find();
    }

    private static int readTags(CableLines lines, int i, int to, String first, CableHeader h) {
        addTags(first, h);
        int j = i + 1;
        while (j < to && mayContinueTags(lines.get(j)) && TAG_CONTINUATION.matcher(lines.get(j)).matches()
                && !isFieldStart(lines.get(j))
                && !ClassificationBanner.isPostBanner(lines.get(j)) && !LayoutNoise.isNoiseLine(lines.get(j))) {
            addTags(lines.get(j), h);
            j++;
        }
        h.bodyStart = j;
        return j - 1;
    }

    private static int readSubject(CableLines lines, int i, String first, CableHeader h) {
        StringBuilder s = new StringBuilder(first.strip());
        int j = i + 1;
        if (s.length() == 0) {
            while (j < lines.size() && j <= i + 2 && lines.isBlank(j)) {
                j++;
            }
        }
        while (j < lines.size() && !lines.isBlank(j) && !endsField(lines.get(j))
                && !ClassificationBanner.isPostBanner(lines.get(j))) {
            s.append(' ').append(lines.get(j).strip());
            j++;
        }
        String subject = LEADING_PUNCTUATION.matcher(PatternSpace.RUN.matcher(s).replaceAll(" ")).replaceFirst("").strip();
        h.subject = subject.isEmpty() ? null : TextRepair.repair(subject);
        h.bodyStart = j;
        return j - 1;
    }

    private static int readRefs(CableLines lines, int i, String first, CableHeader h) {
        StringBuilder s = new StringBuilder(first.strip());
        int j = i + 1;
        while (j < lines.size()) {
            if (lines.isBlank(j)) {
                int k = j;
                while (k < lines.size() && lines.isBlank(k)) {
                    k++;
                }
                if (k < lines.size() && REF_ITEM.matcher(lines.get(k)).matches()
                        && !ParagraphSplitter.isParagraphStart(lines.get(k)) && !MARKED_SENTENCE.matcher(lines.get(k)).lookingAt()) {
                    j = k;
                    continue;
                }
                break;
            }
            String line = lines.get(j);
            if (LayoutNoise.isNoiseLine(line)) {
                j++;
                continue;
            }
            if (isFieldStart(line) || ParagraphSplitter.isParagraphStart(line) || MARKED_SENTENCE.matcher(line).lookingAt()) {
                break;
            }
            s.append(' ').append(line.strip());
            j++;
        }
        h.refText = s.toString();
        h.bodyStart = j;
        return j - 1;
    }

    private static int readClassifiedBy(CableLines lines, int i, String first, CableHeader h) {
        StringBuilder s = new StringBuilder(first.strip());
        int j = i + 1;
        while (j < lines.size() && !lines.isBlank(j) && !endsField(lines.get(j))) {
            s.append(' ').append(lines.get(j).strip());
            j++;
        }
        String text = PatternSpace.RUN.matcher(s).replaceAll(" ").strip();
        h.classifiedBy = text.isEmpty() ? null : text;
        h.bodyStart = j;
        return j - 1;
    }

    /** A line that a multi-line field does not run on into: a field, a paragraph, a marked sentence, layout. */
    private static boolean endsField(String line) {
        return isFieldStart(line) || ParagraphSplitter.isParagraphStart(line) || MARKED_SENTENCE.matcher(line).lookingAt()
                || LayoutNoise.isNoiseLine(line);
    }

    /** True when the line opens a header field (used to end multi-line fields). */
    static boolean isFieldStart(String line) {
        if ("RCTES(".indexOf(firstOpening(line)) < 0) {
            return false;
        }
        return REF.matcher(line).matches() || CLASSIFIED_BY.matcher(line).matches() || TAGS.matcher(line).matches()
                || isEoLine(line) || SUBJECT.matcher(line).matches();
    }

    /**
     * The first character after the white space the patterns skip ({@code \s}), in upper case;
     * a space when there is none. Every field pattern opens with R, C, T, E, S or a bracket.
     */
    private static char firstOpening(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!PatternSpace.is(c)) {
                return Character.toUpperCase(c);
            }
        }
        return ' ';
    }

    private static boolean isEoLine(String line) {
        Matcher m = EO.matcher(line);
        return m.matches() && isEoLine(m);
    }

    /**
     * Adds each tag of {@code text}: what the pattern {@code [A-Za-z][A-Za-z0-9-]{0,19}} finds,
     * one find after the other, read without a regular expression: a letter, then up to
     * {@link #TAG_MAX} - 1 letters, digits or hyphens.
     */
    static void addTags(String text, CableHeader h) {
        int i = 0;
        int length = text.length();
        while (i < length) {
            if (!isAsciiLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i++;
            while (i < length && i - start < TAG_MAX && isTagChar(text.charAt(i))) {
                i++;
            }
            h.tags.add(text.substring(start, i));
        }
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isTagChar(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '-';
    }

    /**
     * False when the line certainly is no line of tags ({@link #TAG_CONTINUATION}): it does not
     * open with a capital, white space aside, or holds a character no tag line holds (a colon, a
     * full stop, a bracket). The pattern, which tries every way of cutting a word into tags, is
     * slow on a long word followed by such a character, as in {@code SUBJECT:}.
     */
    static boolean mayContinueTags(String line) {
        int i = PatternSpace.skip(line, 0, line.length());
        if (i == line.length() || !(line.charAt(i) >= 'A' && line.charAt(i) <= 'Z')) {
            return false;
        }
        for (; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!isTagChar(c) && c != ',' && c != ';' && !PatternSpace.is(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True for a line of an addressee list: what the pattern {@code ^\s*[A-Z0-9][A-Z0-9/ .,&()'-]*$}
     * matches, read without a regular expression (it is asked of every line after TO and INFO).
     */
    static boolean isAddresseeLine(String line) {
        int i = PatternSpace.skip(line, 0, line.length());
        if (i == line.length() || !isCapitalOrDigit(line.charAt(i))) {
            return false;
        }
        for (i++; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!isCapitalOrDigit(c) && "/ .,&()'-".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCapitalOrDigit(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** {@code AMEMBASSY BUENOS AIRESTO RUEHC/SECSTATE ...}: the sender, cut before a glued TO. */
    private static String origin(String text) {
        Matcher glued = GLUED_TO.matcher(text);
        String s = glued.find() ? text.substring(0, glued.start()) : text;
        return s.strip();
    }

    /** {@code RUEHC/SECSTATE WASHDC PRIORITY 4656} -> {@code SECSTATE WASHDC}. */
    private static String addressee(String raw) {
        String s = raw.strip();
        int slash = s.indexOf('/');
        if (slash >= 4 && slash <= 8 && isRoutingIndicator(s, slash)) {
            s = s.substring(slash + 1);
        }
        boolean trimmed = true;
        while (trimmed) {
            trimmed = false;
            int space = s.lastIndexOf(' ');
            if (space <= 0) {
                break;
            }
            String last = s.substring(space + 1);
            if (isNumber(last) || PRECEDENCE_WORDS.contains(last)) {
                s = s.substring(0, space).stripTrailing();
                trimmed = true;
            }
        }
        if (s.endsWith(" NIACT")) {
            s = s.substring(0, s.length() - 6);
        }
        return s.strip();
    }

    private static boolean isNumber(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isRoutingIndicator(String s, int end) {
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(DateTimeGroup.fullYear(Integer.parseInt(year)), Integer.parseInt(month),
                    Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException invalid) {
            return null;
        }
    }
}
