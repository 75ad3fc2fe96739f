package tieline.cable;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses the decoded text of one cable into a {@link Cable}: routing header, date-time group,
 * addressees, classification banner, E.O., TAGS, SUBJECT, REF, Classified By, paragraphs and
 * signer. Tolerates missing routing headers, lower-case field names, header fields run together
 * on one line, archive metadata around the text and missing fields: what is not there stays
 * absent. Id and date come from the text first, then from archive metadata in the file, then
 * from a catalogue entry when one is given.
 */
public final class CableParser {

    /** Either a cable or the reason the text is not one. */
    public record Outcome(Cable cable, CableProblem problem) {
    }

    /** The words before a post's name in the routing line, in the order they are tried. */
    private static final List<String> ORIGIN_PREFIXES = List.of("AMEMBASSY", "AMCONSUL", "AMCONSULATE", "USMISSION",
            "USDEL", "USINT", "USLO", "USOFFICE", "AMEMB", "EMBASSY", "CONSULATE");
    private static final int POST_MIN = 2;
    private static final int POST_MAX = 30;

    /** Parses raw text read from {@code source}. */
    public Outcome parse(String source, String rawText) {
        return parse(source, rawText, null);
    }

    /**
     * Parses raw text read from {@code source}; {@code catalogued} (may be null) supplies id and
     * date where neither the text nor archive metadata in it carries them.
     */
    public Outcome parse(String source, String rawText, CableCatalogue.Entry catalogued) {
        return parse(source, new DecodedText(rawText, null), catalogued);
    }

    /** As {@link #parse(String, String, CableCatalogue.Entry)} for decoded text, whose bytes speed up the reading. */
    Outcome parse(String source, DecodedText decoded, CableCatalogue.Entry catalogued) {
        String text = decoded.text();
        CableLines lines = decoded.latin1() == null ? null : CableLines.ofLatin1(text, decoded.latin1());
        if (lines == null) {
            // not one byte a character, or it holds carriage returns: normalised and split as any text
            text = CableLines.normaliseBreaks(text);
            lines = CableLines.of(text);
        }
        ArchiveRecord archive = ArchiveRecord.find(lines);
        int headerFrom = archive == null ? 0 : archive.end();
        lines = lines.splitLines(firstParagraphStart(lines, headerFrom), HeaderLineSplitter::split);
        if (archive != null) {
            archive = ArchiveRecord.find(lines);
        }
        CableHeader h = HeaderReader.read(lines, archive);
        boolean looksLikeCable = h.dateTimeGroup != null || h.banner != null || archive != null
                || (h.subject != null && !h.tags.isEmpty());
        if (!looksLikeCable) {
            return new Outcome(null, new CableProblem(source, 0, CableProblem.Kind.NOT_A_CABLE,
                    "not a cable: expected a date-time group (e.g. 'R 290505Z JAN 08'), a classification line "
                            + "(e.g. 'C O N F I D E N T I A L BAKU 000073') or TAGS and SUBJECT lines in the first "
                            + HeaderReader.SCAN_LIMIT + " lines, found none"));
        }
        int bodyStart = h.bodyStart;
        int bodyEnd = lines.size();
        SignerFinder.Signature signature = SignerFinder.find(lines, bodyStart, bodyEnd);
        if (signature != null && signature.ownLine()) {
            bodyEnd = signature.line();
        }
        List<Paragraph> paragraphs = ParagraphSplitter.split(lines, bodyStart, bodyEnd);
        String signer = signature == null ? null : signature.name();
        if (signature != null && !signature.ownLine()) {
            paragraphs = withoutTrailingSigner(paragraphs, signer);
        }

        Dated dated = date(h, archive, catalogued);
        Identified identified = id(h, archive, catalogued, dated);
        Classification classification = h.classification();
        FieldSource classificationSource = classification == null ? null : FieldSource.TEXT;
        if (classification == null && archive != null && archive.classification() != null) {
            classification = archive.classification();
            classificationSource = FieldSource.ARCHIVE_RECORD;
        }
        ZonedDateTime utc = dated.instant == null ? null : dated.instant.atZone(ZoneOffset.UTC);
        int year = utc == null ? -1 : utc.getYear() % 100;
        int dayOfYear = utc == null ? 0 : utc.getDayOfYear();
        String post = h.banner == null ? null : h.banner.post();
        int serial = h.banner == null ? -1 : h.banner.serial();
        List<Reference> refs = h.refText == null ? List.of()
                : ReferenceParser.parse(h.refText, year, post, serial, dayOfYear);
        Cable cable = new Cable(identified.id, source, dated.instant,
                h.dateTimeGroup == null ? null : h.dateTimeGroup.precedence(), h.origin, h.to, h.info,
                classification, h.banner == null ? null : h.banner.section(), h.declassifyOn, h.eoLine,
                new ArrayList<>(h.tags), h.subject, refs, h.classifiedBy, paragraphs, signer, text,
                new Provenance(identified.source, dated.source, classificationSource));
        return new Outcome(cable, null);
    }

    /** The index of the first numbered paragraph from {@code from} on, or the header scan limit. */
    private static int firstParagraphStart(CableLines lines, int from) {
        int limit = Math.min(lines.size(), from + HeaderReader.SCAN_LIMIT);
        for (int i = from; i < limit; i++) {
            if (ParagraphSplitter.isParagraphStart(lines, i)) {
                return i;
            }
        }
        return limit;
    }

    private static List<Paragraph> withoutTrailingSigner(List<Paragraph> paragraphs, String signer) {
        if (paragraphs.isEmpty()) {
            return paragraphs;
        }
        Paragraph last = paragraphs.get(paragraphs.size() - 1);
        if (!last.text().endsWith(signer)) {
            return paragraphs;
        }
        List<Paragraph> copy = new ArrayList<>(paragraphs);
        String trimmed = last.text().substring(0, last.text().length() - signer.length()).stripTrailing();
        copy.set(copy.size() - 1, new Paragraph(last.number(), last.label(), last.marking(), trimmed, last.line(),
                last.kind()));
        return copy;
    }

    /** A value and where it came from. */
    private record Dated(Instant instant, FieldSource source) {
    }

    /** An id and where it came from. */
    private record Identified(String id, FieldSource source) {
    }

    private static Dated date(CableHeader h, ArchiveRecord archive, CableCatalogue.Entry catalogued) {
        if (h.dateTimeGroup != null) {
            return new Dated(h.dateTimeGroup.instant(), FieldSource.TEXT);
        }
        if (archive != null && archive.dateTime() != null) {
            return new Dated(archive.dateTime(), FieldSource.ARCHIVE_RECORD);
        }
        if (catalogued != null) {
            return new Dated(catalogued.date().atTime(LocalTime.MIDNIGHT).toInstant(ZoneOffset.UTC),
                    FieldSource.CATALOGUE);
        }
        return new Dated(null, null);
    }

    /**
     * The canonical id: the year of the date, then post and serial from the banner; from the
     * routing header ({@code FM} post, {@code DE} serial) when there is no banner post or the
     * banner's serial contradicts the routing serial (text pasted from another cable).
     */
    private static Identified id(CableHeader h, ArchiveRecord archive, CableCatalogue.Entry catalogued,
                                 Dated dated) {
        String post = null;
        int serial = -1;
        String routingPost = routingPost(h.origin);
        if (h.banner != null && h.banner.hasPost()) {
            post = h.banner.post();
            serial = h.banner.serial();
        }
        if (routingPost != null && h.routingSerial >= 0) {
            if (post == null || !sameSerial(serial, h.routingSerial)) {
                post = routingPost;
                serial = h.routingSerial;
            } else if (oneLetterApart(post, routingPost)) {
                post = routingPost;
            }
        }
        if (post != null && dated.instant != null) {
            int year = dated.instant.atZone(ZoneOffset.UTC).getYear() % 100;
            String id = (year < 10 ? "0" : "") + year + post + serial;
            return new Identified(id,
                    dated.source == FieldSource.TEXT ? FieldSource.TEXT : dated.source);
        }
        if (archive != null && archive.id() != null) {
            return new Identified(archive.id(), FieldSource.ARCHIVE_RECORD);
        }
        if (catalogued != null) {
            return new Identified(catalogued.id(), FieldSource.CATALOGUE);
        }
        return new Identified(null, null);
    }

    /** The routing line keeps only the last four digits of long serials: STATE 164120 goes as #4120. */
    private static boolean sameSerial(int bannerSerial, int routingSerial) {
        return bannerSerial == routingSerial || (routingSerial < 10_000 && bannerSerial % 10_000 == routingSerial);
    }

    /** {@code QRIPOLI} and {@code TRIPOLI}: a post name garbled in one letter. */
    private static boolean oneLetterApart(String a, String b) {
        if (a.length() != b.length() || a.equals(b)) {
            return false;
        }
        int differences = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                differences++;
            }
        }
        return differences == 1;
    }

    /**
     * {@code AMEMBASSY BAKU} -> {@code BAKU}; {@code SECSTATE WASHDC} -> {@code STATE}; null when
     * unknown. The post is the rest of the line after the first of {@link #ORIGIN_PREFIXES} that is
     * followed by white space, without its white space, full stops, apostrophes and hyphens, and
     * must be 2 to 30 capitals (read without regular expressions: this runs once a cable).
     */
    static String routingPost(String origin) {
        if (origin == null) {
            return null;
        }
        String o = origin.strip().toUpperCase(Locale.ROOT);
        int afterSecState = afterWordAndSpaces(o, "SECSTATE");
        if (afterSecState >= 0 && o.startsWith("WASHDC", afterSecState) && holdsNoLineBreak(o, afterSecState)) {
            return "STATE";
        }
        int from = 0;
        for (String prefix : ORIGIN_PREFIXES) {
            int after = afterWordAndSpaces(o, prefix);
            if (after >= 0) {
                from = after;
                break;
            }
        }
        StringBuilder post = new StringBuilder(o.length() - from);
        for (int i = from; i < o.length(); i++) {
            char c = o.charAt(i);
            if (PatternSpace.is(c) || c == '.' || c == '\'' || c == '-') {
                continue;
            }
            if (c < 'A' || c > 'Z' || post.length() == POST_MAX) {
                return null;
            }
            post.append(c);
        }
        return post.length() >= POST_MIN ? post.toString() : null;
    }

    /** Where the white space after {@code word} at the start of {@code s} ends; -1 when the word or the space is not there. */
    private static int afterWordAndSpaces(String s, String word) {
        int i = word.length();
        if (!s.startsWith(word) || i >= s.length() || !PatternSpace.is(s.charAt(i))) {
            return -1;
        }
        return PatternSpace.skip(s, i, s.length());
    }

    /** True when no character from {@code from} on ends a line, as a pattern's {@code .} requires. */
    private static boolean holdsNoLineBreak(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }
}
