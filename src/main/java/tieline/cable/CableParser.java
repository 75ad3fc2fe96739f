package tieline.cable;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the decoded text of one cable into a {@link Cable}: routing header, date-time group,
 * addressees, classification line, E.O., TAGS, SUBJECT, REF, Classified By, paragraphs and
 * signer. Tolerates missing routing headers, lower-case field names and missing fields.
 */
public final class CableParser {

    private static final int HEADER_SCAN_LIMIT = 200;
    private static final Pattern DTG = Pattern.compile(
            "^\\s*(?:([RPOZ]{1,2})\\s+)?(\\d{2})(\\d{2})(\\d{2})Z\\s+([A-Za-z]{3})\\s+(\\d{2}|\\d{4})\\s*$");
    private static final Pattern FM = Pattern.compile("^\\s*FM\\s+(.+)$");
    private static final Pattern TO = Pattern.compile("^\\s*TO\\s+(.+)$");
    private static final Pattern INFO = Pattern.compile("^\\s*INFO\\s+(.+)$");
    private static final Pattern BANNER = Pattern.compile(
            "^\\s*(UNCLAS(?:SIFIED)?(?:\\s+E\\s?F\\s?T\\s?O)?|C\\s?O\\s?N\\s?F\\s?I\\s?D\\s?E\\s?N\\s?T\\s?I\\s?A\\s?L"
                    + "|S\\s?E\\s?C\\s?R\\s?E\\s?T|T\\s?O\\s?P\\s+S\\s?E\\s?C\\s?R\\s?E\\s?T|LIMITED OFFICIAL USE)"
                    + "(?:\\s+(.*?))?\\s*$");
    private static final Pattern SECTION = Pattern.compile("SECTION\\s+(\\d+)\\s+OF\\s+(\\d+)");
    private static final Pattern POST_SERIAL = Pattern.compile("^(?:(?:FOUO|NOFORN|SENSITIVE|EFTO|SBU)\\s+)*"
            + "([A-Z][A-Z .-]*?[A-Z])\\s+(\\d{1,7})$");
    private static final Pattern EO = Pattern.compile("^\\s*E\\.?\\s?O\\.?\\s*\\d{5}\\s*:?(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DECL_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2,4})");
    private static final Pattern TAGS = Pattern.compile("^\\s*TAGS?\\s*:?\\s+(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBJECT = Pattern.compile("^\\s*SUBJ(?:ECT)?\\s*:\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REF = Pattern.compile("^\\s*REF(?:S|TEL|TELS)?\\s*:\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REF_ITEM = Pattern.compile("^\\s*¶?\\(?[A-Z][.)]\\s+\\S.*$");
    private static final Pattern CLASSIFIED_BY = Pattern.compile("^\\s*CLASSIFIED\\s+BY\\s*:?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CAVEAT_LINE = Pattern.compile(
            "^\\s*(NOFORN|SENSITIVE|NODIS|EXDIS|LIMDIS|ORCON|STADIS|FOR OFFICIAL USE ONLY|SENSITIVE BUT UNCLASSIFIED.*)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SIGNER_LINE = Pattern.compile("^\\s*([A-Z][A-Z'.-]+(?:\\s+[A-Z][A-Z'.-]+){0,2})\\s*$");
    private static final Pattern TRAILING_SIGNER = Pattern.compile("^(.*[a-z].*[.)\"'”])\\s+([A-Z]{3,}(?:-[A-Z]+)?)\\s*$");
    private static final Set<String> NOT_SIGNERS = Set.of("END", "SUMMARY", "COMMENT", "END COMMENT", "END SUMMARY",
            "NNNN", "SIPDIS", "UNCLASSIFIED", "CONFIDENTIAL", "SECRET", "BT", "END TEXT", "NOFORN", "UNCLAS");

    /** Either a cable or the reason the text is not one. */
    public record Outcome(Cable cable, CableProblem problem) {
    }

    /** Parses normalised or raw text read from {@code source}. */
    public Outcome parse(String source, String rawText) {
        String text = CableLines.normaliseBreaks(rawText);
        CableLines lines = CableLines.of(text);
        Header h = new Header();
        int bodyStart = readHeader(lines, h);
        if (h.dateTime == null && h.bannerLine < 0 && h.subject == null && h.tags.isEmpty()) {
            return new Outcome(null, new CableProblem(source, 0, CableProblem.Kind.NOT_A_CABLE,
                    "not a cable: expected a date-time group (e.g. 'R 290505Z JAN 08'), a classification line "
                            + "(e.g. 'C O N F I D E N T I A L BAKU 000073'), TAGS or SUBJECT in the first "
                            + HEADER_SCAN_LIMIT + " lines, found none"));
        }
        int bodyEnd = lines.size();
        while (bodyEnd > bodyStart && lines.isBlank(bodyEnd - 1)) {
            bodyEnd--;
        }
        String signer = null;
        if (bodyEnd > bodyStart) {
            String last = lines.get(bodyEnd - 1);
            Matcher own = SIGNER_LINE.matcher(last);
            Matcher trailing = TRAILING_SIGNER.matcher(last);
            if (own.matches() && !NOT_SIGNERS.contains(own.group(1).strip())
                    && !ParagraphSplitter.PAGE_BREAK.matcher(last).matches()) {
                signer = own.group(1).strip();
                bodyEnd--;
            } else if (trailing.matches() && !NOT_SIGNERS.contains(trailing.group(2))) {
                signer = trailing.group(2);
            }
        }
        List<Paragraph> paragraphs = ParagraphSplitter.split(lines, bodyStart, bodyEnd);
        if (signer != null && !paragraphs.isEmpty() && paragraphs.get(paragraphs.size() - 1).text().endsWith(signer)) {
            Paragraph p = paragraphs.remove(paragraphs.size() - 1);
            String trimmed = p.text().substring(0, p.text().length() - signer.length()).stripTrailing();
            paragraphs.add(new Paragraph(p.number(), p.label(), p.marking(), trimmed, p.line(), p.kind()));
        }
        Classification classification = overallClassification(h);
        String id = canonicalId(h);
        int year = h.dateTime == null ? -1 : h.dateTime.atZone(ZoneOffset.UTC).getYear() % 100;
        int dayOfYear = h.dateTime == null ? 0 : h.dateTime.atZone(ZoneOffset.UTC).getDayOfYear();
        List<Reference> refs = h.refText == null ? List.of()
                : ReferenceParser.parse(h.refText, year, h.post, h.serial, dayOfYear);
        Cable cable = new Cable(id, source, h.dateTime, h.precedence, h.origin, h.to, h.info, classification,
                h.section, h.declassifyOn, h.eoLine, new ArrayList<>(h.tags), h.subject, refs, h.classifiedBy,
                paragraphs, signer, text);
        return new Outcome(cable, null);
    }

    private static String canonicalId(Header h) {
        if (h.dateTime == null || h.post == null || h.serial < 0) {
            return null;
        }
        int year = h.dateTime.atZone(ZoneOffset.UTC).getYear() % 100;
        return String.format("%02d%s%d", year, h.post, h.serial);
    }

    private static Classification overallClassification(Header h) {
        if (h.bannerLevel == null) {
            return null;
        }
        ClassificationLevel level = h.bannerLevel;
        if (level == ClassificationLevel.UNCLASSIFIED && h.sensitive) {
            level = ClassificationLevel.SENSITIVE;
        }
        return new Classification(level, h.caveats);
    }

    /** Mutable scratchpad for header fields while scanning. */
    private static final class Header {
        Instant dateTime;
        Precedence precedence;
        String origin;
        List<String> to = new ArrayList<>();
        List<String> info = new ArrayList<>();
        int bannerLine = -1;
        ClassificationLevel bannerLevel;
        boolean sensitive;
        Set<String> caveats = new LinkedHashSet<>();
        String section;
        String post;
        int serial = -1;
        String eoLine;
        LocalDate declassifyOn;
        Set<String> tags = new LinkedHashSet<>();
        String subject;
        String refText;
        String classifiedBy;
    }

    /** Reads header fields; returns the index of the first body line. */
    private int readHeader(CableLines lines, Header h) {
        int limit = Math.min(lines.size(), HEADER_SCAN_LIMIT);
        int bodyStart = 0;
        List<String> addressees = null;
        for (int i = 0; i < limit; i++) {
            String line = lines.get(i);
            Matcher m;
            if (line.isBlank()) {
                addressees = null;
                continue;
            }
            if (h.dateTime == null && (m = DTG.matcher(line)).matches()) {
                readDtg(m, h);
                bodyStart = i + 1;
            } else if (h.origin == null && (m = FM.matcher(line)).matches()) {
                h.origin = m.group(1).strip();
                bodyStart = i + 1;
            } else if (h.to.isEmpty() && (m = TO.matcher(line)).matches()) {
                addressees = h.to;
                addressees.add(addressee(m.group(1)));
                bodyStart = i + 1;
            } else if (h.info.isEmpty() && (m = INFO.matcher(line)).matches()) {
                addressees = h.info;
                addressees.add(addressee(m.group(1)));
                bodyStart = i + 1;
            } else if (h.bannerLine < 0 && (m = BANNER.matcher(line)).matches() && readBanner(m, h)) {
                h.bannerLine = i;
                addressees = null;
                bodyStart = i + 1;
            } else if (addressees != null && h.bannerLine < 0 && line.matches("^\\s*[A-Z0-9][A-Z0-9/ .,&()-]*$")) {
                addressees.add(addressee(line));
                bodyStart = i + 1;
            } else if (h.bannerLine >= 0 && h.eoLine == null && (m = CAVEAT_LINE.matcher(line)).matches()) {
                String c = m.group(1).toUpperCase(Locale.ROOT);
                if (c.startsWith("SENSITIVE") || c.startsWith("FOR OFFICIAL USE")) {
                    h.sensitive = true;
                } else {
                    h.caveats.add(c);
                }
                bodyStart = i + 1;
            } else if (h.eoLine == null && (m = EO.matcher(line)).matches()) {
                h.eoLine = line.strip();
                Matcher d = DECL_DATE.matcher(m.group(1));
                if (d.find()) {
                    h.declassifyOn = date(d.group(3), d.group(1), d.group(2));
                }
                bodyStart = i + 1;
            } else if (h.tags.isEmpty() && (m = TAGS.matcher(line)).matches()) {
                addTags(m.group(1), h);
                int j = i + 1;
                while (j < limit && lines.get(j).strip().matches("([A-Z][A-Za-z0-9]{1,5}\\s*)+")
                        && !lines.get(j).strip().matches("(?i)SUBJ.*")) {
                    addTags(lines.get(j), h);
                    j++;
                }
                i = j - 1;
                bodyStart = j;
            } else if (h.subject == null && (m = SUBJECT.matcher(line)).matches()) {
                StringBuilder s = new StringBuilder(m.group(1).strip());
                int j = i + 1;
                while (j < lines.size() && !lines.isBlank(j) && !isFieldStart(lines.get(j))) {
                    s.append(' ').append(lines.get(j).strip());
                    j++;
                }
                h.subject = s.toString().replaceAll("\\s+", " ").strip();
                i = j - 1;
                bodyStart = j;
            } else if (h.refText == null && (m = REF.matcher(line)).matches()) {
                StringBuilder s = new StringBuilder(m.group(1).strip());
                int j = i + 1;
                while (j < lines.size()) {
                    if (lines.isBlank(j)) {
                        int k = j;
                        while (k < lines.size() && lines.isBlank(k)) {
                            k++;
                        }
                        if (k < lines.size() && REF_ITEM.matcher(lines.get(k)).matches() && !isParagraphStart(lines.get(k))) {
                            j = k;
                            continue;
                        }
                        break;
                    }
                    if (isFieldStart(lines.get(j)) || isParagraphStart(lines.get(j))) {
                        break;
                    }
                    s.append(' ').append(lines.get(j).strip());
                    j++;
                }
                h.refText = s.toString();
                i = j - 1;
                bodyStart = j;
            } else if (h.classifiedBy == null && (m = CLASSIFIED_BY.matcher(line)).matches()) {
                StringBuilder s = new StringBuilder(m.group(1).strip());
                int j = i + 1;
                while (j < lines.size() && !lines.isBlank(j) && !isParagraphStart(lines.get(j))) {
                    s.append(' ').append(lines.get(j).strip());
                    j++;
                }
                h.classifiedBy = s.toString().replaceAll("\\s+", " ").strip();
                i = j - 1;
                bodyStart = j;
            } else if (isParagraphStart(line) && (h.subject != null || h.bannerLine >= 0)) {
                break;
            }
        }
        return bodyStart;
    }

    private static boolean isFieldStart(String line) {
        return REF.matcher(line).matches() || CLASSIFIED_BY.matcher(line).matches() || TAGS.matcher(line).matches()
                || EO.matcher(line).matches() || SUBJECT.matcher(line).matches();
    }

    private static boolean isParagraphStart(String line) {
        return line.matches("^\\s{0,3}¶?\\s?\\d{1,3}\\s?\\.(\\s+|\\().*");
    }

    private static void addTags(String text, Header h) {
        for (String tag : text.replace(',', ' ').split("\\s+")) {
            String t = tag.strip();
            if (!t.isEmpty() && t.matches("[A-Za-z0-9]{1,12}")) {
                h.tags.add(t);
            }
        }
    }

    private static String addressee(String raw) {
        String s = raw.strip();
        s = s.replaceFirst("^[A-Z0-9]{4,7}/", "");
        s = s.replaceFirst("\\s+\\d+$", "");
        s = s.replaceFirst("\\s+(ROUTINE|PRIORITY|IMMEDIATE|FLASH|NIACT IMMEDIATE)$", "");
        s = s.replaceFirst("\\s+\\d+$", "");
        return s.strip();
    }

    private static void readDtg(Matcher m, Header h) {
        if (m.group(1) != null) {
            h.precedence = Precedence.fromCode(m.group(1).charAt(0));
        }
        int day = Integer.parseInt(m.group(2));
        int hour = Integer.parseInt(m.group(3));
        int minute = Integer.parseInt(m.group(4));
        int month = month(m.group(5));
        int year = Integer.parseInt(m.group(6));
        if (year < 100) {
            year += year >= 60 ? 1900 : 2000;
        }
        if (month < 1) {
            return;
        }
        try {
            h.dateTime = LocalDateTime.of(year, month, day, hour, minute).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException invalid) {
            h.dateTime = null;
        }
    }

    private static boolean readBanner(Matcher m, Header h) {
        String levelText = m.group(1).replace(" ", "").toUpperCase(Locale.ROOT);
        String rest = m.group(2) == null ? "" : m.group(2).strip();
        Matcher section = SECTION.matcher(rest);
        if (section.find()) {
            h.section = section.group(0);
            rest = (rest.substring(0, section.start()) + " " + rest.substring(section.end())).strip();
        }
        Matcher ps = POST_SERIAL.matcher(rest);
        if (ps.matches()) {
            h.post = ps.group(1).replaceAll("[ .-]", "");
            h.serial = Integer.parseInt(ps.group(2));
            for (String word : rest.split("\\s+")) {
                if (word.equals("NOFORN")) {
                    h.caveats.add("NOFORN");
                } else if (word.equals("SENSITIVE") || word.equals("SBU") || word.equals("FOUO")) {
                    h.sensitive = true;
                }
            }
        } else if (!rest.isEmpty() && !rest.matches("[A-Z /]*")) {
            return false;
        }
        if (levelText.startsWith("UNCLAS")) {
            h.bannerLevel = ClassificationLevel.UNCLASSIFIED;
        } else if (levelText.startsWith("LIMITED")) {
            h.bannerLevel = ClassificationLevel.SENSITIVE;
        } else if (levelText.startsWith("CONFIDENTIAL")) {
            h.bannerLevel = ClassificationLevel.CONFIDENTIAL;
        } else if (levelText.startsWith("TOP")) {
            h.bannerLevel = ClassificationLevel.TOP_SECRET;
        } else {
            h.bannerLevel = ClassificationLevel.SECRET;
        }
        return true;
    }

    private static int month(String name) {
        String[] months = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
        String upper = name.toUpperCase(Locale.ROOT);
        for (int i = 0; i < months.length; i++) {
            if (months[i].equals(upper)) {
                return i + 1;
            }
        }
        return -1;
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (y < 100) {
                y += y >= 60 ? 1900 : 2000;
            }
            return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException invalid) {
            return null;
        }
    }
}
