package tieline.cable;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Metadata that a cable archive wrote into the file beside the cable text, found in the first
 * lines of a file. Five layouts occur in the 2010-2011 release:
 * <ul>
 *   <li>a single line {@code Cable dated:2005-05-23T14:26:00};</li>
 *   <li>labelled lines {@code id: 24456}, {@code date: 12/22/2004 5:24}, {@code refid: 04ANKARA7106},
 *       {@code origin:}, {@code classification:}, {@code destination:}, {@code header:};</li>
 *   <li>a block of bare values, one a line (tab-separated rows are split into lines before):
 *       record number, date ({@code 2004-04-26}, {@code 2005-09-29 20:31:00} or
 *       {@code 9/16/2009 9:24}), cable id, origin, classification, referenced ids;</li>
 *   <li>a web-page date line {@code Wednesday, 18 April 2007, 06:05};</li>
 *   <li>a CSV row {@code 74884,8/15/2006 8:21,06THEHAGUE1787,"Embassy The Hague",...} whose quoted
 *       fields hold the cable over the following lines.</li>
 * </ul>
 * The lines from {@code start} to {@code end} (exclusive) belong to the record, not to the cable.
 * When a record sits between a preview of the cable and its full text, the full text follows it.
 *
 * @param dateTime       the cable's date and time, UTC, or null
 * @param id             the cable id the archive gives, or null
 * @param classification the classification the archive gives, or null
 * @param start          index of the record's first line
 * @param end            index after the record's last line
 */
record ArchiveRecord(Instant dateTime, String id, Classification classification, int start, int end) {

    /** How far into a file archive metadata is looked for. */
    private static final int SCAN_LIMIT = 80;
    /** Date lines of archive records are short. */
    private static final int DATE_LINE_MAX = 40;
    private static final Pattern CABLE_DATED = Pattern.compile(
            "^\\s*Cable dated:\\s*(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}).*$");
    private static final Pattern LABELLED_DATE = Pattern.compile(
            "^date:\\s*(\\d{1,2})/(\\d{1,2})/(\\d{4})\\s+(\\d{1,2}):(\\d{2})\\s*$");
    private static final Pattern LABELLED_FIELD = Pattern.compile(
            "^(id|refid|origin|classification|destination|header):.*$");
    private static final Pattern ISO_DATE = Pattern.compile(
            "^\\s*(\\d{4})-(\\d{2})-(\\d{2})(?:\\s+(\\d{2}):(\\d{2})(?::\\d{2})?)?\\s*$");
    private static final Pattern US_DATE = Pattern.compile(
            "^\\s*(\\d{1,2})/(\\d{1,2})/(\\d{4})\\s+(\\d{1,2}):(\\d{2})\\s*$");
    private static final Pattern RECORD_NUMBER = Pattern.compile("^\\s*(?:<<)?\\d{3,7}(?:>>)?\\s*$");
    private static final Pattern CABLE_ID = Pattern.compile("^\\s*(\\d{2}[A-Z][A-Z0-9]{1,30}\\d{1,7})\\s*$");
    private static final Pattern ORIGIN = Pattern.compile(
            "^\\s*(?:Embassy|Consulate|Mission|US Mission|USUN|Secretary of State|US Office|American Institute|"
                    + "US Delegation|USEU|USNATO|US Interests Section|REO|IRAN RPO|Iran RPO|US Consulate|"
                    + "Office)\\b.*$");
    private static final Pattern REF_IDS = Pattern.compile("^\\s*\\d{2}[A-Z][A-Z0-9]*\\d(?:\\|\\d{2}[A-Z][A-Z0-9]*\\d)*\\s*$");
    /** {@code 74884,8/15/2006 8:21,06THEHAGUE1787,"Embassy The Hague",...}: a row of a CSV export. */
    private static final Pattern CSV_ROW = Pattern.compile(
            "^\\d{3,7},(\\d{1,2})/(\\d{1,2})/(\\d{4}) (\\d{1,2}):(\\d{2}),(\\d{2}[A-Z][A-Z0-9]{1,30}\\d{1,7}),");
    private static final Pattern WEB_DATE = Pattern.compile(
            "^\\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\\s+(\\d{1,2})\\s+([A-Z][a-z]+)\\s+"
                    + "(\\d{4}),\\s+(\\d{2}):(\\d{2})\\s*$");

    /** The archive record in these lines, or null when there is none. */
    static ArchiveRecord find(CableLines lines) {
        int limit = Math.min(lines.size(), SCAN_LIMIT);
        for (int i = 0; i < limit; i++) {
            if (lines.start(i) == lines.end(i) || !mayOpenRecord(lines.source(i), lines.start(i), lines.end(i))) {
                continue;
            }
            String line = lines.get(i);
            Matcher m;
            if (line.startsWith("Cable dated:") && (m = CABLE_DATED.matcher(line)).matches()) {
                return new ArchiveRecord(instant(m, 1, 2, 3, 4, 5), null, null, i, i + 1);
            }
            if (line.startsWith("date:") && (m = LABELLED_DATE.matcher(line)).matches()) {
                return labelled(lines, i, m);
            }
            if (Character.isDigit(line.charAt(0)) && line.indexOf(',') > 0 && (m = CSV_ROW.matcher(line)).lookingAt()) {
                return new ArchiveRecord(instantOf(m.group(3), m.group(1), m.group(2), m.group(4), m.group(5)),
                        m.group(6), null, i, i + 1);
            }
            if (line.length() > DATE_LINE_MAX) {
                continue;
            }
            if (line.indexOf("day, ") > 0 && (m = WEB_DATE.matcher(line)).matches()) {
                int month = DateTimeGroup.month(m.group(2));
                Instant at = month < 1 ? null : DateTimeGroup.instant(Integer.parseInt(m.group(3)), month,
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
                if (at != null) {
                    return new ArchiveRecord(at, null, null, i, i + 1);
                }
            }
            Instant blockDate = Character.isDigit(line.charAt(firstNonSpace(line))) ? blockDate(line) : null;
            if (blockDate != null) {
                ArchiveRecord block = block(lines, i, blockDate);
                if (block != null) {
                    return block;
                }
            }
        }
        return null;
    }

    /**
     * False for a non-empty line that certainly belongs to no record: one longer than a date
     * line that opens neither with a field name nor a digit. A look at the line's region, so
     * that the long lines of a cable written a paragraph a line are not copied for the question.
     */
    private static boolean mayOpenRecord(String source, int from, int to) {
        return to - from <= DATE_LINE_MAX || source.startsWith("Cable dated:", from) || source.startsWith("date:", from)
                || Character.isDigit(source.charAt(from));
    }

    private static int firstNonSpace(String line) {
        int i = 0;
        while (i < line.length() - 1 && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    private static ArchiveRecord labelled(CableLines lines, int dateLine, Matcher date) {
        Instant at = DateTimeGroup.instant(Integer.parseInt(date.group(3)), Integer.parseInt(date.group(1)),
                Integer.parseInt(date.group(2)), Integer.parseInt(date.group(4)), Integer.parseInt(date.group(5)));
        int start = dateLine;
        while (start > 0 && LABELLED_FIELD.matcher(lines.get(start - 1)).matches()) {
            start--;
        }
        String id = null;
        Classification classification = null;
        int end = dateLine + 1;
        while (end < lines.size() && LABELLED_FIELD.matcher(lines.get(end)).matches()) {
            String line = lines.get(end);
            if (line.startsWith("refid:")) {
                id = valueOf(line);
            } else if (line.startsWith("classification:")) {
                classification = Classification.parse(valueOf(line));
            }
            end++;
            if (line.startsWith("header:")) {
                break;
            }
        }
        return new ArchiveRecord(at, id == null || id.isEmpty() ? null : id, classification, start, end);
    }

    private static String valueOf(String labelledLine) {
        return labelledLine.substring(labelledLine.indexOf(':') + 1).strip();
    }

    private static Instant blockDate(String line) {
        Matcher m = ISO_DATE.matcher(line);
        if (m.matches()) {
            return m.group(4) == null ? instantOf(m.group(1), m.group(2), m.group(3), "0", "0")
                    : instant(m, 1, 2, 3, 4, 5);
        }
        m = US_DATE.matcher(line);
        if (m.matches()) {
            return instantOf(m.group(3), m.group(1), m.group(2), m.group(4), m.group(5));
        }
        return null;
    }

    /**
     * A bare-value block around the date line at {@code dateLine}: the cable id must follow
     * within two non-blank lines, which is what tells a record from a date in the text.
     */
    private static ArchiveRecord block(CableLines lines, int dateLine, Instant at) {
        int idLine = nextNonBlank(lines, dateLine + 1);
        if (idLine < 0) {
            return null;
        }
        Matcher id = CABLE_ID.matcher(lines.get(idLine));
        if (!id.matches()) {
            return null;
        }
        int start = dateLine;
        int before = previousNonBlank(lines, dateLine - 1);
        if (before >= 0 && RECORD_NUMBER.matcher(lines.get(before)).matches()) {
            start = before;
        }
        int end = idLine + 1;
        Classification classification = null;
        int next = nextNonBlank(lines, end);
        if (next >= 0 && ORIGIN.matcher(lines.get(next)).matches()) {
            end = next + 1;
            next = nextNonBlank(lines, end);
        }
        if (next >= 0 && ClassificationBanner.parse(lines.get(next)) != null
                && !ClassificationBanner.parse(lines.get(next)).hasPost()) {
            classification = Classification.parse(lines.get(next).strip());
            end = next + 1;
            next = nextNonBlank(lines, end);
        }
        if (next >= 0 && REF_IDS.matcher(lines.get(next)).matches()) {
            end = next + 1;
        }
        return new ArchiveRecord(at, id.group(1), classification, start, end);
    }

    private static int nextNonBlank(CableLines lines, int from) {
        for (int i = from; i < lines.size() && i < from + 3; i++) {
            if (!lines.isBlank(i)) {
                return i;
            }
        }
        return -1;
    }

    private static int previousNonBlank(CableLines lines, int from) {
        for (int i = from; i >= 0 && i > from - 3; i--) {
            if (!lines.isBlank(i)) {
                return i;
            }
        }
        return -1;
    }

    private static Instant instant(Matcher m, int year, int month, int day, int hour, int minute) {
        return instantOf(m.group(year), m.group(month), m.group(day), m.group(hour), m.group(minute));
    }

    private static Instant instantOf(String year, String month, String day, String hour, String minute) {
        return DateTimeGroup.instant(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day),
                Integer.parseInt(hour), Integer.parseInt(minute));
    }
}
