package tieline.cable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * One parsed diplomatic cable: its header fields and numbered paragraphs. Fields the source
 * does not carry are null (or empty lists); nothing is invented.
 *
 * @param id              canonical id such as {@code 08BAKU73}
 * @param source          file name or stream name the cable was read from
 * @param dateTime        the date-time group as an instant
 * @param precedence      routine, priority, immediate or flash
 * @param origin          the sender, e.g. {@code AMEMBASSY BAKU}
 * @param to              action addressees
 * @param info            info addressees
 * @param classification  overall marking with caveats
 * @param section         e.g. {@code SECTION 01 OF 03}, or null
 * @param declassifyOn    the E.O. line's declassification date
 * @param eoLine          the E.O. line as written
 * @param tags            TAGS, markup stripped
 * @param subject         SUBJECT joined across lines
 * @param refs            REF entries
 * @param classifiedBy    the "Classified By" line
 * @param paragraphs      the numbered paragraphs in true order
 * @param signer          the last name line, e.g. {@code DERSE}
 * @param text            the decoded source text (line breaks normalised to \n)
 * @param provenance      where id, date and classification were found (text, archive record or catalogue)
 */
public record Cable(String id, String source, Instant dateTime, Precedence precedence, String origin,
                    List<String> to, List<String> info, Classification classification, String section,
                    LocalDate declassifyOn, String eoLine, List<String> tags, String subject,
                    List<Reference> refs, String classifiedBy, List<Paragraph> paragraphs,
                    String signer, String text, Provenance provenance) {

    public Cable {
        if (provenance == null) {
            provenance = Provenance.fromText(id, dateTime, classification);
        }
        to = List.copyOf(to);
        info = List.copyOf(info);
        tags = List.copyOf(tags);
        refs = List.copyOf(refs);
        paragraphs = List.copyOf(paragraphs);
    }

    /** A cable whose id, date and classification (where present) were all read from its text. */
    public Cable(String id, String source, Instant dateTime, Precedence precedence, String origin,
                 List<String> to, List<String> info, Classification classification, String section,
                 LocalDate declassifyOn, String eoLine, List<String> tags, String subject,
                 List<Reference> refs, String classifiedBy, List<Paragraph> paragraphs,
                 String signer, String text) {
        this(id, source, dateTime, precedence, origin, to, info, classification, section, declassifyOn, eoLine, tags,
                subject, refs, classifiedBy, paragraphs, signer, text, null);
    }

    /** The date part of the date-time group, in UTC. */
    public LocalDate date() {
        return dateTime == null ? null : dateTime.atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** The paragraph with the given true number. */
    public Optional<Paragraph> paragraph(int number) {
        return paragraphs.stream().filter(p -> p.number() == number).findFirst();
    }

    /** Reference ids where they parse, else the reference text. */
    public List<String> refIds() {
        return refs.stream().map(Reference::idOrText).toList();
    }

    /**
     * What mentions and evidence cite this cable by: its id, else (a partial extract whose text
     * and catalogue give none) its file name without the extension.
     */
    public String key() {
        if (id != null) {
            return id;
        }
        String s = source == null ? "unknown" : source;
        String name = s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The post part of the id, e.g. {@code BAKU}. */
    public String post() {
        if (id == null) {
            return null;
        }
        // the id less its two-digit year and its serial: "08BAKU73" is BAKU (no regular expression: it runs per cable)
        int from = id.length() >= 2 && asciiDigit(id.charAt(0)) && asciiDigit(id.charAt(1)) ? 2 : 0;
        int to = id.length();
        while (to > from && asciiDigit(id.charAt(to - 1))) {
            to--;
        }
        return id.substring(from, to);
    }

    private static boolean asciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
