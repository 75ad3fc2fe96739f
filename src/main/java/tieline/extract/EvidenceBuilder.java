package tieline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tieline.cable.Cable;
import tieline.cable.Classification;
import tieline.cable.ParagraphKind;
import tieline.model.DateSource;
import tieline.model.EntityType;
import tieline.model.Evidence;
import tieline.model.RelationType;

/**
 * Turns one cable's resolved mentions into evidence: one item per pair of entities named in a
 * sentence, typed by {@link RelationCues}, plus ROLE evidence wherever a title binds a person to
 * a body. Each item is dated by a date in its sentence (TEXT), else by the meeting or event its
 * paragraph or the cable's summary reports (EVENT), else by the cable's date (CABLE).
 */
final class EvidenceBuilder {

    /** Sentences naming more entities than this pair each entity only with its neighbours. */
    static final int ALL_PAIRS_LIMIT = 12;
    /** How far apart (in entities) two entities of a crowded sentence may be and still be paired. */
    static final int CROWDED_WINDOW = 5;

    private EvidenceBuilder() {
    }

    /** A date with where it came from. */
    /** Words allowed between the later name of a meeting pair and a date that still dates the meeting. */
    private static final int MEETING_DATE_REACH = 3;

    private record Dated(LocalDate date, DateSource from, int textStart) {

        Dated(LocalDate date, DateSource from) {
            this(date, from, -1);
        }
    }

    static CableExtraction build(CableScan scan, List<ResolvedMention> mentions) {
        Cable cable = scan.cable();
        // worked out from the cable's date-time on each call: once here for all its sentences
        LocalDate cableDate = cable.date();
        List<Evidence> evidence = new ArrayList<>();
        List<RoleFact> roles = new ArrayList<>();
        MentionsByParagraph byParagraph = new MentionsByParagraph(mentions);
        Dated cableEvent = cableEvent(scan, byParagraph, cableDate);
        for (ParagraphText p : scan.paragraphs()) {
            List<ResolvedMention> here = byParagraph.in(p.paragraph());
            if (here.isEmpty()) {
                continue;
            }
            Classification marking = p.source().marking() != null ? p.source().marking() : cable.classification();
            Dated paragraphEvent = event(p, here, cableDate);
            if (paragraphEvent == null && p.source().kind() != ParagraphKind.COMMENT) {
                paragraphEvent = cableEvent;
            }
            for (int[] s : p.sentences()) {
                List<ResolvedMention> inSentence = new ArrayList<>();
                for (ResolvedMention m : here) {
                    if (m.start() >= s[0] && m.end() <= s[1]) {
                        inSentence.add(m);
                    }
                }
                if (inSentence.isEmpty()) {
                    continue;
                }
                Dated date = sentenceDate(p, s, paragraphEvent, cableDate);
                Dated reported = paragraphEvent != null && !paragraphEvent.date().equals(date.date())
                        || p.source().kind() == ParagraphKind.COMMENT ? paragraphEvent : cableEvent;
                addSentenceEvidence(cable, p, marking, date, reported, s, inSentence, evidence, roles);
            }
        }
        for (ResolvedMention m : byParagraph.in(0)) {
            if (m.title() != null) {
                roles.add(new RoleFact(m.entityId(), m.title(), m.orgId(), cableDate, m.former()));
            }
        }
        return new CableExtraction(mentions, evidence, roles);
    }

    private static void addSentenceEvidence(Cable cable, ParagraphText p, Classification marking, Dated date,
                                            Dated reportedEvent, int[] span, List<ResolvedMention> inSentence,
                                            List<Evidence> evidence, List<RoleFact> roles) {
        int offset = span[0];
        String quote = null;
        Set<String> rolePairs = new HashSet<>();
        for (ResolvedMention m : inSentence) {
            if (m.title() == null) {
                continue;
            }
            roles.add(new RoleFact(m.entityId(), m.title(), m.orgId(), date.date(), m.former()));
            if (m.orgId() != null && !m.orgId().equals(m.entityId()) && rolePairs.add(m.entityId() + "|" + m.orgId())) {
                quote = quote != null ? quote : quote(p, span);
                evidence.add(new Evidence(m.entityId(), m.orgId(), RelationType.ROLE, cable.key(), p.paragraph(),
                        marking, date.date(), date.from(), quote));
            }
        }
        List<ResolvedMention> distinct = firstOfEachEntity(inSentence);
        if (distinct.size() < 2) {
            return;
        }
        quote = quote != null ? quote : quote(p, span);
        RelationCues.SentenceCues cues = new RelationCues.SentenceCues(p, span);
        List<int[]> people = new ArrayList<>();
        for (ResolvedMention m : inSentence) {
            if (m.type() == EntityType.PERSON) {
                people.add(new int[] {m.start() - offset, m.end() - offset});
            }
        }
        // each entity's span in sentence offsets, made once for all the pairs it is in
        int[][] spans = new int[distinct.size()][];
        for (int i = 0; i < spans.length; i++) {
            spans[i] = new int[] {distinct.get(i).start() - offset, distinct.get(i).end() - offset};
        }
        boolean crowded = distinct.size() > ALL_PAIRS_LIMIT;
        for (int i = 0; i < distinct.size(); i++) {
            ResolvedMention a = distinct.get(i);
            boolean personBeforeA = false;
            for (ResolvedMention m : inSentence) {
                if (m.start() < a.start() && m.type() == EntityType.PERSON && !m.entityId().equals(a.entityId())) {
                    personBeforeA = true;
                    break;
                }
            }
            for (int j = i + 1; j < distinct.size(); j++) {
                if (crowded && j - i > CROWDED_WINDOW) {
                    break;
                }
                ResolvedMention b = distinct.get(j);
                // most sentences bind no title: then no key strings are made for the pair
                if (!rolePairs.isEmpty() && (rolePairs.contains(a.entityId() + "|" + b.entityId())
                        || rolePairs.contains(b.entityId() + "|" + a.entityId()))) {
                    continue;
                }
                RelationType type = RelationCues.classify(a.type(), b.type(), cues, spans[i], spans[j], people,
                        personBeforeA);
                Dated pairDate = type == RelationType.MET ? meetingDate(p, date, reportedEvent, b) : date;
                evidence.add(new Evidence(a.entityId(), b.entityId(), type, cable.key(), p.paragraph(), marking,
                        pairDate.date(), pairDate.from(), quote));
            }
        }
    }

    /**
     * The first mention of each entity, in order. A sentence names a handful of entities: a
     * look back along the short list costs less than a map (hashing each id) would.
     */
    private static List<ResolvedMention> firstOfEachEntity(List<ResolvedMention> inSentence) {
        List<ResolvedMention> distinct = new ArrayList<>(inSentence.size());
        for (ResolvedMention m : inSentence) {
            if (!namesEntityOf(distinct, m.entityId())) {
                distinct.add(m);
            }
        }
        return distinct;
    }

    private static boolean namesEntityOf(List<ResolvedMention> mentions, String entityId) {
        for (int i = 0; i < mentions.size(); i++) {
            if (mentions.get(i).entityId().equals(entityId)) {
                return true;
            }
        }
        return false;
    }

    private static String quote(ParagraphText p, int[] span) {
        return Whitespace.collapse(p.text(), span[0], span[1]);
    }

    /**
     * The date of a meeting between two people the sentence names. Cables write a meeting's date
     * next to the people who met ("met Abiyev on May 21", "On April 3, X told Y"); a date written
     * several words after both names dates something said in the reported meeting ("asked Azimov
     * about Cagan's request in October 2007"), so the link takes the reported event's date.
     */
    private static Dated meetingDate(ParagraphText p, Dated sentence, Dated reportedEvent, ResolvedMention later) {
        if (sentence.from() != DateSource.TEXT || reportedEvent == null || sentence.textStart() < later.end()
                || reportedEvent.date().equals(sentence.date())) {
            return sentence;
        }
        return wordsBetween(p, later.end(), sentence.textStart()) > MEETING_DATE_REACH
                ? new Dated(reportedEvent.date(), DateSource.EVENT) : sentence;
    }

    private static Dated sentenceDate(ParagraphText p, int[] s, Dated paragraphEvent, LocalDate cableDate) {
        for (TextDate d : p.dates()) {
            if (d.start() >= s[0] && d.end() <= s[1] && datesALink(p, d, cableDate)) {
                return new Dated(d.date(), DateSource.TEXT, d.start());
            }
        }
        if (paragraphEvent != null) {
            return new Dated(paragraphEvent.date(), DateSource.EVENT);
        }
        return new Dated(cableDate, DateSource.CABLE);
    }

    /**
     * The date of the meeting or event a paragraph reports: its first date in a sentence about an
     * event, unless that date is written several words after two people the sentence names (then
     * it dates what they talked about: "briefed Azimov on the discussions in Budapest on December
     * 13" reports a meeting on another day).
     */
    private static Dated event(ParagraphText p, List<ResolvedMention> mentions, LocalDate cableDate) {
        for (TextDate d : p.dates()) {
            if (!datesALink(p, d, cableDate)) {
                continue;
            }
            for (int[] s : p.sentences()) {
                if (d.start() >= s[0] && d.end() <= s[1]) {
                    if (d.start() - s[0] < 12 || reportsEvent(p, s) && !datesTopicOfPair(p, s, d, mentions)) {
                        return new Dated(d.date(), DateSource.EVENT);
                    }
                }
            }
        }
        return null;
    }

    /**
     * False for a date that cannot be when a cable saw two entities linked: one after the cable
     * itself ("will remain president until December 2011", a term that "will expire December 31,
     * 2014"), and a birth or death date ("Born November 21, 1937").
     */
    static boolean datesALink(ParagraphText p, TextDate d, LocalDate cableDate) {
        if (cableDate != null && d.date().isAfter(cableDate)) {
            return false;
        }
        Tokens t = p.tokens();
        // the last word ending at or before the date (words end in rising order)
        int before = t.firstEndingAfter(d.start()) - 1;
        int beforeThat = before - 1;
        return !isLifeEvent(t, before) && !(before >= 0 && t.text(before).equalsIgnoreCase("on") && isLifeEvent(t, beforeThat));
    }

    private static boolean isLifeEvent(Tokens t, int i) {
        if (i < 0) {
            return false;
        }
        // compared ignoring case, which turns most words away by their length: no lower-case copy per word
        for (String event : LIFE_EVENTS) {
            if (event.equalsIgnoreCase(t.text(i))) {
                return true;
            }
        }
        return false;
    }

    /** Words whose date is a life's, not a link's. */
    private static final Set<String> LIFE_EVENTS = Set.of("born", "died");

    /** True when two distinct people are named in the sentence before the date and the date is far from the later. */
    private static boolean datesTopicOfPair(ParagraphText p, int[] s, TextDate d, List<ResolvedMention> mentions) {
        Set<String> people = new HashSet<>();
        int laterEnd = -1;
        for (ResolvedMention m : mentions) {
            if (m.type() == EntityType.PERSON && m.start() >= s[0] && m.end() <= d.start()) {
                people.add(m.entityId());
                laterEnd = Math.max(laterEnd, m.end());
            }
        }
        return people.size() >= 2 && wordsBetween(p, laterEnd, d.start()) > MEETING_DATE_REACH;
    }

    private static int wordsBetween(ParagraphText p, int from, int to) {
        int words = 0;
        Tokens t = p.tokens();
        // words start and end in rising order: from the first starting at {@code from} to the last ending by {@code to}
        for (int i = t.firstStartingFrom(from); i < t.size() && t.end(i) <= to; i++) {
            if (Character.isLetterOrDigit(t.text(i).charAt(0))) {
                words++;
            }
        }
        return words;
    }

    private static boolean reportsEvent(ParagraphText p, int[] s) {
        Tokens tokens = p.tokens();
        // the sentence's words: from the first that starts in it to the first that ends past it
        for (int i = tokens.firstStartingFrom(s[0]); i < tokens.size() && tokens.end(i) <= s[1]; i++) {
            if (tokens.is(i, CableVocabulary.EVENT)) {
                return true;
            }
        }
        return false;
    }

    /** The event the cable's summary reports (or its first paragraph, when it has no summary). */
    private static Dated cableEvent(CableScan scan, MentionsByParagraph byParagraph,
                                    LocalDate cableDate) {
        boolean hasSummary = false;
        for (ParagraphText p : scan.paragraphs()) {
            if (p.source().kind() == ParagraphKind.SUMMARY) {
                hasSummary = true;
                Dated d = event(p, byParagraph.in(p.paragraph()), cableDate);
                if (d != null) {
                    return d;
                }
            }
        }
        if (!hasSummary && !scan.paragraphs().isEmpty()) {
            ParagraphText first = scan.paragraphs().get(0);
            if (first.source().kind() == ParagraphKind.BODY) {
                return event(first, byParagraph.in(first.paragraph()), cableDate);
            }
        }
        return null;
    }

    /**
     * A cable's mentions by paragraph, in extraction order, in an array indexed by the paragraph's
     * number (0 for the header, then 1, 2 ...): no boxed key and no hashing per mention.
     */
    private static final class MentionsByParagraph {
        private final List<ResolvedMention>[] lists;

        @SuppressWarnings("unchecked")
        MentionsByParagraph(List<ResolvedMention> mentions) {
            int last = -1;
            for (ResolvedMention m : mentions) {
                last = Math.max(last, m.paragraph());
            }
            lists = new List[last + 1];
            for (ResolvedMention m : mentions) {
                int n = m.paragraph();
                if (n >= 0) {
                    if (lists[n] == null) {
                        lists[n] = new ArrayList<>();
                    }
                    lists[n].add(m);
                }
            }
        }

        /** The mentions in paragraph {@code n}, none when it has none. */
        List<ResolvedMention> in(int n) {
            List<ResolvedMention> here = n >= 0 && n < lists.length ? lists[n] : null;
            return here == null ? List.of() : here;
        }
    }
}
