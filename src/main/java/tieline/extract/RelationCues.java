package tieline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tieline.cable.PatternSpace;
import tieline.model.EntityType;
import tieline.model.RelationType;

/**
 * Decides how two entities named in one sentence are linked, from the cue words cables use:
 * "met", "told", "raised ... with" (MET, between people); "letter", "wrote" (CORRESPONDED);
 * "criticized", "complained" (CRITICIZED); "son", "wife" (FAMILY); "owns", "business" (BUSINESS);
 * a person or body with a topic is DISCUSSED; anything else is MENTIONED_WITH.
 * <p>
 * The cue must stand where it can bind the pair: between the two names, or before the first
 * when no other person is named before it ("During a December 28 meeting with the Ambassador,
 * ... Azimov"), and not behind a reporting verb of the first ("Azimov said that when Aliyev asked
 * Rumsfeld ..." links Aliyev and Rumsfeld, not Azimov).
 */
final class RelationCues {

    private static final Set<String> FAMILY = Set.of("son", "sons", "daughter", "daughters", "wife", "husband",
            "brother", "brothers", "sister", "sisters", "father", "mother", "nephew", "niece", "cousin", "uncle",
            "aunt", "married", "widow", "grandson", "granddaughter", "spouse", "relative", "stepson");
    private static final Set<String> BUSINESS = Set.of("owns", "owned", "owner", "owners", "co-owner", "business",
            "businesses", "shareholder", "shareholders", "stake", "stakes");
    private static final Set<String> CORRESPONDED = Set.of("letter", "letters", "wrote", "written", "writes",
            "correspondence", "e-mail", "email", "emailed", "faxed");
    private static final List<String> CRITICIZED_STEMS = List.of("criticiz", "criticis", "complain", "accus",
            "condemn", "blam", "denounc", "lambast", "rebuk", "castigat", "disparag");
    private static final Set<String> CRITICIZED = Set.of("attacked", "slammed", "chided", "faulted");
    private static final Set<String> MET = Set.of("met", "meet", "meets", "meeting", "meetings", "visit", "visits",
            "visited", "visiting", "told", "tells", "asked", "briefed", "hosted", "welcomed", "received", "talks",
            "discussed", "dinner", "lunch", "breakfast", "conversation", "spoke", "phoned", "telephoned",
            "accompanied", "accompanying", "consultations", "thanked", "urged", "pressed", "conveyed", "presented",
            "handed");
    /** "Business" alone is any trade ("business risks"); it binds two parties only as a tie between them. */
    private static final Set<String> GENERIC_BUSINESS = Set.of("business", "businesses");
    private static final Set<String> BUSINESS_TIES = Set.of("partner", "partners", "associate", "associates",
            "interests", "dealings", "ties", "relationship", "relationships", "empire", "holdings");

    /** A business cue word in its place: "business partner", "a stake in", "owns" (not "business risks", "stakes for"). */
    private static boolean businessTie(String word, String next) {
        if (GENERIC_BUSINESS.contains(word)) {
            return BUSINESS_TIES.contains(next);
        }
        if (word.equals("stake") || word.equals("stakes")) {
            return next.equals("in");
        }
        return true;
    }
    /** MET cues that name the meeting itself, not an act of one party towards another. */
    private static final Set<String> MEETING_NOUNS = Set.of("meeting", "meetings", "visit", "visits", "talks",
            "dinner", "lunch", "breakfast", "conversation", "consultations");
    private static final Set<String> BARRIERS = Set.of("said", "says", "stated", "noted", "explained", "added",
            "claimed", "argued", "suggested", "believes", "believed", "reported", "commented", "observed",
            "stressed", "emphasized", "underscored", "opined", "averred", "asserted", "insisted", "acknowledged",
            "noting", "saying", "recalled", "mentioned", "indicated");
    /** Words that show a sentence reports an event on the date it carries. */
    static final Set<String> EVENT = Set.of("met", "meet", "meeting", "meetings", "visit", "visits", "visited",
            "talks", "letter", "call", "called", "conversation", "discussion", "discussions", "dinner", "lunch",
            "session", "conference", "summit", "trip", "interview", "told", "raised", "hosted", "briefed", "signed",
            "held");

    private RelationCues() {
    }

    private static final int FAMILY_CUE = 1;
    private static final int BUSINESS_CUE = 1 << 1;
    private static final int CORRESPONDED_CUE = 1 << 2;
    private static final int CRITICIZED_CUE = 1 << 3;
    private static final int MET_CUE = 1 << 4;
    private static final int BARRIER_CUE = 1 << 5;
    private static final int CALLED = 1 << 6;
    private static final int RAISED = 1 << 7;
    /** The kinds of cue a word is, as 8 bits; worked out once per spelling by the tokenizer's {@link WordCache}. */
    static int cueBits(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        int bits = 0;
        if (FAMILY.contains(w) || w.endsWith("-in-law")) {
            bits |= FAMILY_CUE;
        }
        if (BUSINESS.contains(w)) {
            bits |= BUSINESS_CUE;
        }
        if (CORRESPONDED.contains(w)) {
            bits |= CORRESPONDED_CUE;
        }
        if (CRITICIZED.contains(w) || CRITICIZED_STEMS.stream().anyMatch(w::startsWith)) {
            bits |= CRITICIZED_CUE;
        }
        if (MET.contains(w)) {
            bits |= MET_CUE;
        }
        if (w.equals("called")) {
            bits |= CALLED;
        }
        if (w.equals("raised")) {
            bits |= RAISED;
        }
        if (BARRIERS.contains(w)) {
            bits |= BARRIER_CUE;
        }
        return bits;
    }

    /** Where each kind of cue occurs in one sentence, found once for all its pairs from the paragraph's words. */
    static final class SentenceCues {
        /** The paragraph's text and where the sentence starts in it: cue and name spans count from there. */
        final String text;
        final int offset;
        final List<int[]> family = new ArrayList<>(2);
        final List<int[]> business = new ArrayList<>(2);
        final List<int[]> corresponded = new ArrayList<>(2);
        final List<int[]> criticized = new ArrayList<>(2);
        final List<int[]> met = new ArrayList<>(2);
        /** The MET cues that name a meeting ("meeting", "talks"), a subset of {@link #met}. */
        final List<int[]> meetings = new ArrayList<>(2);
        final List<int[]> barriers = new ArrayList<>(2);

        SentenceCues(ParagraphText p, int[] span) {
            this.text = p.text();
            this.offset = span[0];
            Tokens all = p.tokens();
            int lo = all.firstStartingFrom(span[0]);
            int to = Math.max(lo, all.firstEndingAfter(span[1]));
            // the cue bits straight from the word columns: most words have none and need no word view
            // (nor a sub-list of the sentence's words, whose size and bounds checks cost more than the bits)
            List<Token> words = null;
            for (int w = lo; w < to; w++) {
                int cue = all.cues(w);
                if (cue != 0) {
                    if (words == null) {
                        words = all.subList(lo, to);
                    }
                    addCues(words, w - lo, cue);
                }
            }
        }

        /** Files word {@code i} of the sentence's words under each kind of cue it is, where it binds. */
        private void addCues(List<Token> words, int i, int cue) {
            Token t = words.get(i);
            int[] at = {t.start() - offset, t.end() - offset};
            if ((cue & FAMILY_CUE) != 0 && !(t.text().equalsIgnoreCase("relative")
                    && !(i + 1 < words.size() && words.get(i + 1).text().equals("of")))
                    && Character.isLowerCase(t.text().charAt(0))) {
                // "a relative of X", not "a relative newcomer"; "ISN's Richard Nephew" is a name
                family.add(at);
            }
            if ((cue & BUSINESS_CUE) != 0 && businessTie(t.text().toLowerCase(java.util.Locale.ROOT),
                    i + 1 < words.size() ? words.get(i + 1).text() : "")) {
                business.add(at);
            }
            if ((cue & CORRESPONDED_CUE) != 0) {
                corresponded.add(at);
            }
            if ((cue & CRITICIZED_CUE) != 0 && !negated(words, i)) {
                criticized.add(at);
            }
            if ((cue & MET_CUE) != 0 || (cue & CALLED) != 0 && i + 1 < words.size()
                    && words.get(i + 1).text().equals("on")) {
                met.add(at);
                if (MEETING_NOUNS.contains(t.text().toLowerCase(java.util.Locale.ROOT))) {
                    meetings.add(at);
                }
            } else if ((cue & RAISED) != 0) {
                // "raised points with X": the cue runs to the "with"
                for (int k = i + 1; k < words.size(); k++) {
                    if (words.get(k).text().equals("with")) {
                        met.add(new int[] {at[0], words.get(k).end() - offset});
                        break;
                    }
                }
            }
            if ((cue & BARRIER_CUE) != 0 && !followedBySpeaker(words, i)) {
                barriers.add(at);
            }
        }

        /** "was careful not to criticize", "never criticized": a denied act binds no one. */
        private static boolean negated(List<Token> words, int i) {
            for (int k = Math.max(0, i - 3); k < i; k++) {
                String w = words.get(k).text();
                if (w.equals("not") || w.equals("never") || w.equals("without") || w.endsWith("n't")) {
                    return true;
                }
            }
            return false;
        }

        /** {@link RelationCues#listGap} of the sentence's text between two sentence offsets, read in place. */
        boolean listGap(int from, int to) {
            return RelationCues.listGap(text, offset + from, offset + to);
        }

        /** "Azimov said he told ...": the reporting verb does not separate the speaker from what he did. */
        private static boolean followedBySpeaker(List<Token> words, int i) {
            int k = i + 1;
            if (k < words.size() && words.get(k).text().equals("that")) {
                k++;
            }
            return k < words.size() && (words.get(k).text().equals("he") || words.get(k).text().equals("she"));
        }
    }

    /**
     * @param cues          the sentence and its cues
     * @param a             span {start, end} of the first mention (earlier in the sentence), sentence offsets
     * @param b             span of the second
     * @param people        spans of every person named in the sentence
     * @param personBeforeA true when another person is named before {@code a} in the sentence
     */
    static RelationType classify(EntityType ta, EntityType tb, SentenceCues cues, int[] a, int[] b,
                                 List<int[]> people, boolean personBeforeA) {
        boolean topicPair = ta == EntityType.TOPIC || tb == EntityType.TOPIC;
        boolean bothPeople = ta == EntityType.PERSON && tb == EntityType.PERSON;
        if (topicPair && (ta != EntityType.TOPIC || tb != EntityType.TOPIC)) {
            return RelationType.DISCUSSED;
        }
        int from = personBeforeA ? a[0] : 0;
        int to = Math.max(from, b[0]);
        int barrierFrom = Math.min(a[1], to);
        for (int[] bar : cues.barriers) {
            if (bar[0] >= barrierFrom && bar[1] <= to) {
                to = bar[0];
                break;
            }
        }
        if (to <= from) {
            return RelationType.MENTIONED_WITH;
        }
        boolean withPerson = ta == EntityType.PERSON || tb == EntityType.PERSON;
        if (bothPeople && familyTie(cues, a, b, people) && cue(cues.family, cues, from, to, a, b, people)) {
            return RelationType.FAMILY;
        }
        // a tie of business or a letter joins the party before the cue to the one after it: "a letter to
        // the UN, EU and Sarkozy" is not between the UN and Sarkozy
        if (withPerson && between(cues.business, a, b) && cue(cues.business, cues, from, to, a, b, people)) {
            return RelationType.BUSINESS;
        }
        if (withPerson && (between(cues.corresponded, a, b) || fromOneToTheOther(cues, a, b))
                && cue(cues.corresponded, cues, from, to, a, b, people)) {
            return RelationType.CORRESPONDED;
        }
        if (between(cues.criticized, a, b) && cue(cues.criticized, cues, from, to, a, b, people)) {
            return RelationType.CRITICIZED;
        }
        if (bothPeople && cue(cues.met, cues, from, to, a, b, people)
                && (!actsOnFirstOnly(cues, from, a, b) || cue(cues.meetings, cues, from, to, a, b, people))) {
            return RelationType.MET;
        }
        return RelationType.MENTIONED_WITH;
    }

    /**
     * True when every MET cue binding the pair stands before the first name as an act towards it
     * ("I urged Karzai to recognize that President Obama ..."): the second person is then not
     * at that meeting unless the names are listed together ("told Azimov and Mammadyarov", "met with
     * Prime Minister X and Central Bank of Bahrain Governor Y").
     */
    private static boolean actsOnFirstOnly(SentenceCues cues, int from, int[] a, int[] b) {
        for (int[] m : cues.met) {
            if (m[0] >= from && m[1] > a[0]) {
                return false;
            }
        }
        String gap = cues.text.substring(cues.offset + a[1], cues.offset + b[0]);
        // the regular expression only where one of its words could be: it leaves other text as it is
        if (gap.contains("of") || gap.contains("in") || gap.contains("for")) {
            gap = OF_FOR_IN.matcher(gap).replaceAll(" ");
        }
        return !listGap(gap, 0, gap.length());
    }

    /**
     * "a letter from Mukherjee to Hasina", "a letter from Heydarov, Minister of ..., to The Honorable
     * Michael Chertoff": the last lower-case word between the names is "to" or "from", so they are
     * sender and addressee, not two addressees of one letter.
     */
    private static boolean fromOneToTheOther(SentenceCues cues, int[] a, int[] b) {
        int end = cues.offset + b[0];
        int i = end;
        while (i > cues.offset + a[1]) {
            int wordEnd = i;
            while (i > cues.offset + a[1] && Character.isLetter(cues.text.charAt(i - 1))) {
                i--;
            }
            if (i < wordEnd && Character.isLowerCase(cues.text.charAt(i))) {
                String word = cues.text.substring(i, wordEnd);
                return word.equals("to") || word.equals("from");
            }
            i--;
        }
        return false;
    }

    /** The most words a kinship word stands from each of the two names it joins. */
    private static final int FAMILY_REACH = 3;

    /**
     * True when a kinship word joins the two names themselves: it stands between them, a few words
     * from each, with no other person in between ("Qadhafi's son Saif", "Adhemar Palocci, brother
     * of FinMin Antonio Palocci", "Aliyev and his wife Mehriban"). A kinship word further off is
     * about someone else ("Ward would not meet with his father").
     */
    private static boolean familyTie(SentenceCues cues, int[] a, int[] b, List<int[]> people) {
        for (int[] m : cues.family) {
            if (m[0] >= a[1] && m[1] <= b[0] && wordsIn(cues, a[1], m[0]) <= FAMILY_REACH
                    && wordsIn(cues, m[1], b[0]) <= FAMILY_REACH && !personIn(people, a[1], m[0])
                    && !personIn(people, m[1], b[0])) {
                return true;
            }
        }
        return false;
    }

    /** How many words (runs of letters or digits) the sentence has in {@code [from, to)}. */
    private static int wordsIn(SentenceCues cues, int from, int to) {
        int words = 0;
        boolean inWord = false;
        for (int i = cues.offset + from; i < cues.offset + to; i++) {
            boolean letter = Character.isLetterOrDigit(cues.text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    private static boolean personIn(List<int[]> people, int from, int to) {
        for (int[] p : people) {
            if (p[0] >= from && p[1] <= to) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when some cue stands between the two names: a family word before both describes the
     * first person alone ("presidential son Gamal Mubarak, ... Amre Moussa"), and a criticism
     * before both is someone else's ("Nuno criticized ... Bildt and Steinberg's meeting").
     */
    private static boolean between(List<int[]> found, int[] a, int[] b) {
        for (int[] m : found) {
            if (m[0] >= a[1] && m[1] <= b[0]) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a cue binds the pair: it stands before both names, or between them with only the
     * first name's companions before it and the second's after it ("Derse and DAS Bryza raised
     * points with President Aliyev, FonMin Mammadyarov and ... Azimov").
     */
    private static boolean cue(List<int[]> found, SentenceCues sentence, int from, int to, int[] a, int[] b,
                               List<int[]> people) {
        for (int[] m : found) {
            if (m[0] < from || m[1] > to) {
                continue;
            }
            if (m[1] <= a[0]) {
                return true;
            }
            if (m[0] >= a[1] && grouped(sentence, a, m[0], people, true)
                    && grouped(sentence, b, m[1], people, false)) {
                return true;
            }
        }
        return false;
    }

    /** Every person between the name and the cue is joined to the name as in a list of names and titles. */
    private static boolean grouped(SentenceCues sentence, int[] name, int cueEdge, List<int[]> people, boolean nameFirst) {
        int lo = nameFirst ? name[1] : cueEdge;
        int hi = nameFirst ? cueEdge : name[0];
        List<int[]> between = new ArrayList<>();
        for (int[] p : people) {
            if (p[0] >= lo && p[1] <= hi) {
                between.add(p);
            }
        }
        if (between.isEmpty()) {
            return true;
        }
        between.sort((x, y) -> Integer.compare(x[0], y[0]));
        int at = nameFirst ? name[1] : between.get(0)[1];
        for (int k = nameFirst ? 0 : 1; k < between.size(); k++) {
            int[] p = between.get(k);
            if (p[0] >= at && !sentence.listGap(at, p[0])) {
                return false;
            }
            at = Math.max(at, p[1]);
        }
        return nameFirst || name[0] < at || sentence.listGap(at, name[0]);
    }

    /** Lower-case words that may join the names of one party: "X, accompanied by Y and Z, met ...". */
    private static final java.util.Set<String> LIST_WORDS = java.util.Set.of("and", "the", "former", "then", "&",
            "'s", "\u2019s", "accompanied", "by", "along", "with", "joined", "as", "well", "his", "her", "their");

    private static final java.util.regex.Pattern OF_FOR_IN = java.util.regex.Pattern.compile("\\b(of|for|in)\\b");

    /**
     * Text between two names of one list ({@code text[from, to)}): commas, "and", titles, a
     * parenthesis. Read in place, as {@code gap.replaceAll("\\([^)]*\\)", " ").split("[\\s,;]+")}
     * would split it, without the two regular expressions (this runs for many pairs of names):
     * a parenthesis up to the next closing one separates words, and every word must start with
     * a capital or be a {@link #LIST_WORDS list word}.
     */
    static boolean listGap(String text, int from, int to) {
        // a '(' starts a parenthesis only when a ')' follows it in the gap
        int lastClose = text.lastIndexOf(')', to - 1);
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '(' && i < lastClose) {
                i = text.indexOf(')', i + 1) + 1;
            } else if (separatesWords(c)) {
                i++;
            } else {
                int end = wordEnd(text, i, to, lastClose);
                if (!Character.isUpperCase(c) && !LIST_WORDS.contains(text.substring(i, end))) {
                    return false;
                }
                i = end;
            }
        }
        return true;
    }

    /** Where the word starting at {@code start} ends: at a separator or a parenthesis that closes before {@code to}. */
    private static int wordEnd(String text, int start, int to, int lastClose) {
        int end = start + 1;
        while (end < to && !separatesWords(text.charAt(end)) && !(text.charAt(end) == '(' && end < lastClose)) {
            end++;
        }
        return end;
    }

    /** {@code [\\s,;]}: the regular expression's white space is ASCII only. */
    private static boolean separatesWords(char c) {
        return c == ',' || c == ';' || PatternSpace.is(c);
    }
}
