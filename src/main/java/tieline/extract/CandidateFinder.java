package tieline.extract;

import static tieline.extract.CableVocabulary.LOWER_TITLE_HEADS;
import static tieline.extract.CableVocabulary.NAME_PARTICLES;
import static tieline.extract.CableVocabulary.ORG_HEADS;
import static tieline.extract.CableVocabulary.ORG_HEADS_BEFORE_OF;
import static tieline.extract.CableVocabulary.PLACE_HEADS;
import static tieline.extract.CableVocabulary.SPEECH_VERBS;
import static tieline.extract.CableVocabulary.TITLE_HEADS;
import static tieline.extract.CableVocabulary.TITLE_QUALIFIERS;
import static tieline.extract.CableVocabulary.TOPIC_HEADS;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tieline.extract.Candidate.Kind;

/**
 * The rules that find people, bodies and topics in one mixed-case paragraph without the
 * gazetteer: titles and appositions bind names ("Deputy Foreign Minister Araz Azimov",
 * "Kamaladdin Heydarov, Minister of Emergency Situations"), acronyms defined in the text bind
 * both ways ("Train-and-Equip Program (TEP)"), bodies are found by their naming patterns
 * ("Ministry of ...", "... Agency"), and a capitalised name before a speech verb is a person.
 */
final class CandidateFinder {

    private static final Set<String> FUNCTION_WORDS = Set.of("of", "and", "the", "for", "on", "in", "to", "de",
            "at", "&");
    private static final Set<String> CONNECTORS = Set.of("of", "for");
    /** Vocabulary classes whose words are never a word of a person's name (see {@link #validName}). */
    private static final int NEVER_IN_NAMES = CableVocabulary.NEVER | CableVocabulary.QUALIFIER
            | CableVocabulary.RELATIVE;
    /** The vocabulary classes {@link #findBodies} acts on. */
    private static final int BODY_HEADS = CableVocabulary.ORG_HEAD_BEFORE_OF | CableVocabulary.ORG_HEAD
            | CableVocabulary.TOPIC_HEAD | CableVocabulary.PLACE_HEAD;
    /** What may stand between two words of an apposition's phrase: spaces, after a possessive 's. */
    private static final Pattern PHRASE_GAP = Pattern.compile("(['\u2019]s)?\\s+");
    /** The most words after the first an apposition's phrase reads; a phrase cut there ran on past its end. */
    private static final int LONGEST_PHRASE = 14;
    /** Words that end the title words of an apposition ("Minister of ...", "Ambassador to ..."). */
    private static final Set<String> TITLE_ENDS = Set.of("of", "to", "at", "in", "for", "with", "and", "who", "which");
    private static final Set<String> FORMER_WORDS = Set.of("former", "then", "ex", "previous", "erstwhile");
    private final Set<String> countryWords;
    /** Most names' words are not countries: a quick "no" before the set is asked. */
    private final WordFilter maybeCountry;
    private final PlaceNames places;

    /**
     * @param countryWords country names and adjectives (never people; they qualify bodies)
     * @param placeNames   names of countries and posts (as in cable ids, e.g. {@code SANJOSE}): never people
     */
    CandidateFinder(Set<String> countryWords, PlaceNames placeNames) {
        this.countryWords = countryWords;
        this.maybeCountry = new WordFilter(countryWords);
        this.places = placeNames;
    }

    List<Candidate> find(ParagraphText p) {
        List<Candidate> out = new ArrayList<>();
        boolean[] used = new boolean[p.tokens().size()];
        findAcronymDefinitions(p, out, used);
        List<Runnable> appositions = new ArrayList<>();
        int[] runs = runs(p, used);
        for (int r = 0; r < runs.length; r += 2) {
            findInRun(p, runs[r], runs[r + 1], out, used, appositions);
        }
        findLowerCaseTitled(p, out, used, appositions);
        // appositions are read once every body in the paragraph is known
        appositions.forEach(Runnable::run);
        findUntitledNames(p, out, used);
        return out;
    }

    // ---------------------------------------------------------------- acronym definitions

    private void findAcronymDefinitions(ParagraphText p, List<Candidate> out, boolean[] used) {
        Tokens t = p.tokens();
        String s = p.text();
        for (int ai = 0; ai < t.size(); ai++) {
            if (!t.acronymLike(ai)) {
                continue;
            }
            // most acronym-like words are not in parentheses: asked of the columns before a view is made
            if (ai == 0 || t.start(ai) == 0 || t.end(ai) >= s.length() || s.charAt(t.start(ai) - 1) != '('
                    || s.charAt(t.end(ai)) != ')') {
                continue;
            }
            Token a = t.get(ai);
            String letters = capitalsOf(a.text());
            int first = matchLongForm(p, a.index() - 1, letters);
            if (first < 0) {
                continue;
            }
            Token f = t.get(first);
            Token l = t.get(a.index() - 1);
            if (a.is(CableVocabulary.TITLE_HEAD) || FUNCTION_WORDS.contains(f.text()) || namesATitle(t, first, a.index())
                    || l.is(CableVocabulary.TITLE_HEAD) || l.is(CableVocabulary.LOWER_TITLE)
                    || l.is(CableVocabulary.LOWER_TITLE_CAPITALISED) || l.is(CableVocabulary.RANK)) {
                // "Foreign Minister (FM)", "Vice President (VP)": an abbreviated title, not an entity
                continue;
            }
            if (places.isSpan(s, f.start(), l.end())) {
                continue;
            }
            String longForm = s.substring(f.start(), l.end());
            boolean lower = f.lowerCase();
            if (lower && letters.length() < 3) {
                continue;
            }
            String name = lower ? titleCaseWords(longForm) : longForm;
            Kind kind = Kind.TOPIC;
            String headWord = f.text();
            if (TITLE_HEADS.contains(headWord) && !headWord.equals("Head")) {
                String org = Titles.impliedOrganization(name);
                if (org == null) {
                    continue;
                }
                name = org;
                kind = Kind.ORGANIZATION;
            } else {
                for (int i = first; i < a.index(); i++) {
                    if (t.is(i, CableVocabulary.ORG_HEAD)) {
                        kind = Kind.ORGANIZATION;
                    }
                }
            }
            String qualifier = first > 0 && countryWords.contains(t.text(first - 1))
                    && t.end(first - 1) + 1 == f.start() ? t.text(first - 1) : null;
            out.add(new Candidate(kind, p.paragraph(), f.start(), l.end(), longForm, name, a.text(), null, null,
                    false, qualifier));
            out.add(new Candidate(kind, p.paragraph(), a.start(), a.end(), a.text(), name, a.text(), null, null,
                    false, qualifier));
            for (int i = first; i <= a.index(); i++) {
                used[i] = true;
            }
        }
    }

    /**
     * "Assistant Secretary of Defense", "Foreign Ministers", "Non-governmental Organizations": a
     * title, or a plural (a class of things, not one body).
     */
    private static boolean namesATitle(Tokens t, int from, int to) {
        Token last = t.get(to - 1);
        String w = last.text();
        if (w.length() > 3 && w.endsWith("s")) {
            String singular = Character.toUpperCase(w.charAt(0)) + w.substring(1, w.length() - 1);
            int c = CableVocabulary.classesOf(singular);
            if ((c & (CableVocabulary.TITLE_HEAD | CableVocabulary.ORG_HEAD | CableVocabulary.TOPIC_HEAD)) != 0) {
                return true;
            }
        }
        Token first = t.get(from);
        if (!first.is(CableVocabulary.TITLE_HEAD) && !first.is(CableVocabulary.QUALIFIER)) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (t.is(k, CableVocabulary.TITLE_HEAD) && !t.text(k).equals("Head")
                    && !t.text(k).equals("Minister")) {
                return true;
            }
        }
        return false;
    }

    /** The index of the first token of the long form ending at {@code last}, or -1. */
    private static int matchLongForm(ParagraphText p, int last, String letters) {
        if (letters.length() < 2) {
            return -1;
        }
        Tokens t = p.tokens();
        int letter = letters.length() - 1;
        int sentence = p.sentenceOf()[last];
        int skipped = 0;
        for (int i = last; i >= 0 && i > last - letters.length() - 4; i--) {
            Token tok = t.get(i);
            if (p.sentenceOf()[i] != sentence || tok.possessive() && i != last || tok.isNumber()) {
                return -1;
            }
            if (i < last && !Whitespace.isBlank(p.text(), tok.end(), t.start(i + 1))) {
                return -1;
            }
            // the parts of the word between hyphens and slashes, last first ("Train-and-Equip": Equip, and, Train)
            String w = tok.text();
            int partEnd = w.length();
            while (partEnd > 0) {
                int partStart = partEnd;
                while (partStart > 0 && w.charAt(partStart - 1) != '-' && w.charAt(partStart - 1) != '/') {
                    partStart--;
                }
                if (partStart < partEnd) {
                    if (letter >= 0 && Character.toUpperCase(w.charAt(partStart)) == letters.charAt(letter)) {
                        letter--;
                        if (letter < 0) {
                            // the long form must start at the word's start ("-Equip" does not)
                            return partStart == 0 ? i : -1;
                        }
                    } else if (skipped < 3 && FUNCTION_WORDS.contains(
                            w.substring(partStart, partEnd).toLowerCase(java.util.Locale.ROOT))) {
                        skipped++;
                    } else {
                        return -1;
                    }
                }
                partEnd = partStart - 1;
            }
        }
        return -1;
    }

    /** The upper-case letters of an acronym, in order ("MoD": "MD"). */
    private static String capitalsOf(String acronym) {
        StringBuilder sb = new StringBuilder(acronym.length());
        for (int i = 0; i < acronym.length(); i++) {
            char c = acronym.charAt(i);
            if (Character.isUpperCase(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String titleCaseWords(String text) {
        StringBuilder sb = new StringBuilder();
        for (String w : text.split(" ")) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(FUNCTION_WORDS.contains(w) ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- capitalised runs

    /** True for a word that can be part of a capitalised run. */
    private static boolean capWord(Token t) {
        return !t.isNumber() && (t.capitalised() || t.acronymLike() || t.initial()
                || t.is(CableVocabulary.TITLE_HEAD));
    }

    /** {@link #capWord(Token)} read from the columns, without a view of the word. */
    private static boolean capWord(Tokens t, int i) {
        return !t.isNumber(i) && (t.capitalised(i) || t.acronymLike(i) || t.initial(i)
                || t.is(i, CableVocabulary.TITLE_HEAD));
    }

    /**
     * Each thread's scratch for the runs of the paragraph being read: only the paragraph's own
     * runs are copied out of it, instead of an array grown from 16 for every paragraph.
     */
    private static final ThreadLocal<int[][]> RUN_SCRATCH = ThreadLocal.withInitial(() -> new int[][] {new int[256]});

    /**
     * Spans [from, to) of capitalised words joined by single spaces (and "of"/"for"), within a
     * sentence, as {from, to, from, to, ...} (a paragraph has hundreds: no array per span).
     */
    private static int[] runs(ParagraphText p, boolean[] used) {
        int[][] scratch = RUN_SCRATCH.get();
        int[] runs = scratch[0];
        int count = 0;
        Tokens t = p.tokens();
        int i = 0;
        while (i < t.size()) {
            if (used[i] || !capWord(t, i)) {
                i++;
                continue;
            }
            int j = i + 1;
            String text = p.text();
            int[] sentenceOf = p.sentenceOf();
            while (j < t.size() && !used[j] && sentenceOf[j] == sentenceOf[i]) {
                int prev = j - 1;
                int cur = j;
                if (t.possessive(prev) || !joined(text, t, prev, cur)) {
                    break;
                }
                if (capWord(t, cur)) {
                    j++;
                } else if ((connector(t.text(cur)) || t.is(cur, CableVocabulary.PARTICLE))
                        && j + 1 < t.size() && !used[j + 1] && capWord(t, j + 1) && joined(text, t, cur, j + 1)) {
                    j += 2;
                } else if (t.text(cur).equals("the") && connector(t.text(prev)) && j + 1 < t.size()
                        && capWord(t, j + 1) && joined(text, t, cur, j + 1)) {
                    j += 2;
                } else {
                    break;
                }
            }
            if (count == runs.length) {
                runs = Arrays.copyOf(runs, 2 * count);
                scratch[0] = runs;
            }
            runs[count++] = i;
            runs[count++] = j;
            i = j;
        }
        return Arrays.copyOf(runs, count);
    }

    /** Two words are joined when only spaces lie between, or ". " after an initial or abbreviation. */
    private static boolean joined(String text, Token a, Token b) {
        return joined(text, a.end(), b.start(), a.initial(), a.text());
    }

    /** {@link #joined(String, Token, Token)} for words {@code a} and {@code b}, read from the columns. */
    private static boolean joined(String text, Tokens t, int a, int b) {
        return joined(text, t.end(a), t.start(b), t.initial(a), t.text(a));
    }

    private static boolean joined(String text, int aEnd, int bStart, boolean aInitial, String aText) {
        int gap = bStart - aEnd;
        if (gap < 1 || gap > 3) {
            return false;
        }
        for (int k = aEnd; k < bStart; k++) {
            char c = text.charAt(k);
            if (c == '.' && k == aEnd && (aInitial || CableVocabulary.TITLE_EXPANSIONS.containsKey(aText)
                    || aText.equals("Mr") || aText.equals("Mrs") || aText.equals("Ms") || aText.equals("Dr"))) {
                continue;
            }
            if (c != ' ') {
                return false;
            }
        }
        return true;
    }

    /** "of" or "for" ({@link #CONNECTORS}), compared without a set look-up: asked of most words in runs. */
    private static boolean connector(String w) {
        return w.equals("of") || w.equals("for");
    }

    private void findInRun(ParagraphText p, int from, int to, List<Candidate> out, boolean[] used,
                           List<Runnable> appositions) {
        Tokens t = p.tokens();
        findBodies(p, from, to, out, used);
        // person detection on the segments left over
        int i = from;
        while (i < to) {
            if (used[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j < to && !used[j]) {
                j++;
            }
            findTitled(p, i, j, out, used, appositions);
            i = j;
        }
        // a title run followed by a parenthesis and then the name: "Deputy FonMin (handling ...) Araz Azimov"
        if (to < t.size() && to > from && t.is(to - 1, CableVocabulary.TITLE_HEAD) && !used[to - 1]) {
            int close = p.text().indexOf(')', t.end(to - 1));
            String between = p.text().substring(t.end(to - 1), Math.max(t.end(to - 1), close));
            if (close > 0 && between.trim().startsWith("(") && between.length() < 80 && between.indexOf('(', 2) < 0) {
                int k = to;
                while (k < t.size() && t.start(k) < close) {
                    k++;
                }
                if (k < t.size() && t.start(k) - close <= 2 && !used[k]) {
                    int end = k;
                    while (end < t.size() && end - k < 4 && !used[end] && capWord(t.get(end))
                            && (end == k || joined(p.text(), t.get(end - 1), t.get(end)))
                            && !t.possessive(end - 1)) {
                        end++;
                    }
                    int nameFrom = k;
                    int nameTo = end;
                    if (validName(p, nameFrom, nameTo)) {
                        int titleStart = titleStart(t, from, to - 1, used);
                        addPerson(p, titleStart, to - 1, nameFrom, nameTo, out, used, appositions);
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- organizations, topics, places

    private void findBodies(ParagraphText p, int from, int to, List<Candidate> out, boolean[] used) {
        Tokens t = p.tokens();
        for (int h = from; h < to; h++) {
            if (used[h] || !t.is(h, BODY_HEADS)) {
                // neither a body's head nor a place's: none of the rules below applies
                continue;
            }
            String w = t.text(h);
            boolean ofFollows = h + 2 < t.size() && connector(t.text(h + 1))
                    && capWord(t, h + 2) && joined(p.text(), t, h, h + 1);
            Token ht = t.get(h);
            if (ht.is(CableVocabulary.ORG_HEAD_BEFORE_OF) && ofFollows) {
                h = orgBeforeOf(p, from, h, out, used);
            } else if ((ht.is(CableVocabulary.ORG_HEAD) || ht.is(CableVocabulary.TOPIC_HEAD)) && h > from
                    && !ofFollows) {
                int s = h;
                while (s > from && !used[s - 1] && bodyWord(t.get(s - 1)) && !t.possessive(s - 1)) {
                    s--;
                }
                while (s < h && (opensSentence(t.get(s)) || t.text(s).equals("U.S"))) {
                    s++;
                }
                String qualifier = null;
                if (s < h - 1 && countryWords.contains(t.text(s))) {
                    qualifier = t.text(s);
                    s++;
                }
                if (s < h && !(s == h - 1 && countryWords.contains(t.text(s)) && !ORG_HEADS.contains(w))) {
                    Kind kind = ht.is(CableVocabulary.ORG_HEAD) ? Kind.ORGANIZATION : Kind.TOPIC;
                    String surface = p.text().substring(t.start(s), t.end(h));
                    out.add(new Candidate(kind, p.paragraph(), t.start(s), t.end(h), surface, surface,
                            null, null, null, false, qualifier));
                    mark(used, qualifier != null ? s - 1 : s, h + 1);
                }
            } else if (ht.is(CableVocabulary.PLACE_HEAD) && h > from && !ht.is(CableVocabulary.ORG_HEAD)) {
                block(p, from, h + 1, out, used);
            }
        }
        // a capitalised run followed by a lower-case place word: "Heydar Aliyev airport"
        if (to < t.size() && t.is(to, CableVocabulary.PLACE_HEAD) && t.lowerCase(to) && joined(p.text(), t.get(to - 1), t.get(to))
                && !t.possessive(to - 1)) {
            block(p, from, to + 1, out, used);
        }
    }

    private void block(ParagraphText p, int from, int to, List<Candidate> out, boolean[] used) {
        Tokens t = p.tokens();
        int s = from;
        while (s < to && used[s]) {
            s++;
        }
        if (s >= to - 1) {
            return;
        }
        out.add(Candidate.of(Kind.BLOCKED, p.paragraph(), t.start(s), t.end(to - 1),
                p.text().substring(t.start(s), t.end(to - 1)), null));
        mark(used, s, to);
    }

    /** "The", "Our", "While" ...: capitalised because they open a sentence, never the start of a body's name. */
    private static boolean opensSentence(Token t) {
        return CableVocabulary.FUNCTION_WORDS.contains(t.text()) || CableVocabulary.PREPOSITIONS.contains(t.text());
    }

    /** Words that may stand in a body's name before its head word ("Defense Threat Reduction Agency"). */
    private static boolean bodyWord(Token t) {
        String w = t.text();
        int hyphen = w.lastIndexOf('-');
        if (hyphen > 0 && hyphen + 1 < w.length() && Character.isLowerCase(w.charAt(hyphen + 1))) {
            return false;
        }
        return (t.capitalised() || t.acronymLike() || w.equals("U.S")) && !t.is(CableVocabulary.TITLE_HEAD)
                || t.is(CableVocabulary.QUALIFIER) && !w.equals("Deputy");
    }

    /** "Ministry of Emergency Situations", "Bureau of Diplomatic Security": returns the last index used. */
    private int orgBeforeOf(ParagraphText p, int from, int h, List<Candidate> out, boolean[] used) {
        Tokens t = p.tokens();
        int end = h + 2;
        int sentence = p.sentenceOf()[h];
        int ofs = 1;
        while (end + 1 < t.size() && p.sentenceOf()[end + 1] == sentence && !used[end + 1]) {
            Token cur = t.get(end);
            Token next = t.get(end + 1);
            if (cur.possessive() || !joined(p.text(), cur, next)) {
                break;
            }
            if (capWord(next) && !next.is(CableVocabulary.TITLE_HEAD)
                    && !CableVocabulary.FUNCTION_WORDS.contains(next.text())) {
                end++;
            } else if ((next.text().equals("and") || next.text().equals("the") || next.text().equals("of")
                    || next.text().equals("for")) && end + 2 < t.size() && capWord(t.get(end + 2))
                    && !t.is(end + 2, CableVocabulary.TITLE_HEAD) && joined(p.text(), next, t.get(end + 2))) {
                if (next.text().equals("of") || next.text().equals("for")) {
                    ofs++;
                    String after = t.text(end + 2);
                    if (ofs > 1 && (after.equals("Republic") || countryWords.contains(after)
                            || after.equals("the") || !CableVocabulary.neverName(after) && ofs > 2)) {
                        break;
                    }
                }
                end += 2;
            } else {
                break;
            }
        }
        // "of the Republic": stop before a trailing "the"
        while (end > h + 2 && (t.text(end).equals("the") || t.text(end).equals("and"))) {
            end--;
        }
        int s = h;
        String qualifier = null;
        if (s > from && !used[s - 1] && countryWords.contains(t.text(s - 1))) {
            qualifier = t.text(s - 1);
        } else if (s > from && !used[s - 1] && t.text(s - 1).equals("U.S")) {
            qualifier = "U.S.";
        } else {
            while (s > from && !used[s - 1] && bodyWord(t.get(s - 1)) && !t.possessive(s - 1)
                    && !opensSentence(t.get(s - 1)) && !countryWords.contains(t.text(s - 1))) {
                s--;
            }
        }
        String surface = p.text().substring(t.start(s), t.end(end));
        Kind kind = t.is(h, CableVocabulary.ORG_HEAD) ? Kind.ORGANIZATION : Kind.TOPIC;
        out.add(new Candidate(kind, p.paragraph(), t.start(s), t.end(end), surface, surface, null, null,
                null, false, qualifier));
        mark(used, s, end + 1);
        if (qualifier != null) {
            used[s - 1] = true;
        }
        return end;
    }

    // ---------------------------------------------------------------- titled people and role references

    /** A segment of a capitalised run: find the last title word and the name after it. */
    private void findTitled(ParagraphText p, int from, int to, List<Candidate> out, boolean[] used,
                            List<Runnable> appositions) {
        Tokens t = p.tokens();
        int h = -1;
        for (int k = to - 1; k >= from; k--) {
            if (isTitleHead(t, k)) {
                h = k;
                break;
            }
        }
        if (h < 0) {
            return;
        }
        int nameFrom = h + 1;
        int titleEnd = h;
        if (nameFrom < to && CONNECTORS.contains(t.text(nameFrom))) {
            // "Minister of Defense Safar Abiyev": domain words, then the name (at most the last two or three words)
            int k = nameFrom + 1;
            while (k < to && domainWord(t.get(k))) {
                k++;
            }
            if (k == nameFrom + 1 && k < to) {
                // "President of Costa Rica", "Minister for Higher Education": the words after "of" are
                // not a known domain, so they are the body's name, not a person's
                return;
            }
            titleEnd = k - 1;
            nameFrom = k;
        }
        int titleStart = titleStart(t, from, h, used);
        if (nameFrom >= to) {
            addRoleReference(p, titleStart, titleEnd, out);
            return;
        }
        int nameTo = to;
        if (nameTo - nameFrom > 4) {
            return;
        }
        if (!validName(p, nameFrom, nameTo)) {
            // "Ambassador Derse and ..." is handled; "President Aliyev Azerbaijan" is not a name
            return;
        }
        addPerson(p, titleStart, titleEnd, nameFrom, nameTo, out, used, appositions);
    }

    /** A title word: "Minister", or a lower-case title capitalised at the start of a sentence ("Businessman"). */
    private static boolean isTitleHead(Token t) {
        return t.is(CableVocabulary.TITLE_HEAD) || t.capitalised() && t.is(CableVocabulary.LOWER_TITLE_CAPITALISED);
    }

    /** {@link #isTitleHead(Token)} read from the columns. */
    private static boolean isTitleHead(Tokens t, int i) {
        return t.is(i, CableVocabulary.TITLE_HEAD) || t.capitalised(i) && t.is(i, CableVocabulary.LOWER_TITLE_CAPITALISED);
    }

    private int titleStart(Tokens t, int from, int h, boolean[] used) {
        int s = h;
        while (s > from && !used[s - 1]) {
            Token prev = t.get(s - 1);
            if (isTitleHead(prev) || prev.is(CableVocabulary.QUALIFIER) || prev.acronymLike()
                    || countryWords.contains(prev.text())) {
                s--;
            } else if ((prev.text().equals("of") || prev.text().equals("for")) && s - 2 >= from && !used[s - 2]
                    && isTitleHead(t.get(s - 2))) {
                // "Chief of Army Staff General Kayani": the office is "Chief of Army Staff"
                s -= 2;
            } else {
                break;
            }
        }
        return s;
    }

    private static boolean domainWord(Token t) {
        return t.is(CableVocabulary.NEVER) || t.is(CableVocabulary.QUALIFIER) || t.acronymLike()
                || t.text().equals("the") || t.text().equals("and") || t.text().equals("Situations")
                || t.text().equals("Homeland") || t.text().equals("Taxes") || t.text().equals("Commerce")
                || t.text().equals("Treasury") || t.text().equals("Protection") || t.text().equals("Population");
    }

    private void addPerson(ParagraphText p, int titleStart, int titleEnd, int nameFrom, int nameTo, List<Candidate> out,
                           boolean[] used, List<Runnable> appositions) {
        Tokens t = p.tokens();
        List<String> titleWords = new ArrayList<>();
        String orgHint = null;
        String qualifier = null;
        for (int k = titleStart; k <= titleEnd; k++) {
            Token w = t.get(k);
            if (countryWords.contains(w.text())) {
                qualifier = w.text();
            } else if (w.text().equals("U.S") || w.text().equals("US")) {
                qualifier = "U.S.";
            } else if (w.acronymLike() && !w.is(CableVocabulary.TITLE_HEAD)) {
                orgHint = w.text();
                out.add(Candidate.of(Kind.ORGANIZATION, p.paragraph(), w.start(), w.end(), w.text(), w.text()));
            } else {
                titleWords.add(w.text());
            }
        }
        if (!titleWords.isEmpty() && titleWords.get(0).equals("Under")
                && (titleWords.size() < 2 || !titleWords.get(1).startsWith("Secretary"))) {
            titleWords.remove(0);
        }
        if (titleWords.isEmpty()) {
            return;
        }
        String title = Titles.expand(titleWords);
        if (orgHint == null) {
            orgHint = Titles.impliedOrganization(title);
        }
        if (orgHint == null) {
            orgHint = adjacentBodyBefore(p, out, t.start(titleStart));
        }
        boolean former = isFormer(p, titleStart);
        if (followedByOwnTitle(p, nameTo)) {
            // "Samuel Bodman, U.S. Secretary of Energy Anne Derse, U.S. Ambassador to Azerbaijan": in a
            // list of "name, title" pairs the title before a name belongs to the name before it
            title = null;
            orgHint = null;
            qualifier = null;
        }
        List<String> nameWords = new ArrayList<>();
        for (int k = nameFrom; k < nameTo; k++) {
            nameWords.add(t.text(k));
        }
        String name = PersonNames.canonical(nameWords);
        Kind kind = PersonNames.isFull(name) ? Kind.PERSON : Kind.SURNAME;
        int start = t.start(nameFrom);
        int end = t.end(nameTo - 1);
        out.add(new Candidate(kind, p.paragraph(), start, end, p.text().substring(start, end), name, null, title,
                orgHint, former, qualifier));
        mark(used, titleStart, nameTo);
        appositions.add(() -> findApposition(p, nameTo, name, kind, start, end, out));
    }

    private static boolean onlySpacesAndParentheses(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '(' && c != ')') {
                return false;
            }
        }
        return true;
    }

    /** True when ", [U.S.|nationality] Title" follows the name ending before token {@code after}. */
    private boolean followedByOwnTitle(ParagraphText p, int after) {
        Tokens t = p.tokens();
        if (after >= t.size() || !p.text().startsWith(", ", t.end(after - 1))
                || t.start(after) != t.end(after - 1) + 2) {
            return false;
        }
        int k = after;
        while (k < t.size() && k < after + 3 && (t.text(k).equals("U.S") || countryWords.contains(t.text(k))
                || t.is(k, CableVocabulary.QUALIFIER))) {
            k++;
        }
        return k < t.size() && t.is(k, CableVocabulary.TITLE_HEAD) && !t.is(k, CableVocabulary.RANK);
    }

    private static String adjacentBodyBefore(ParagraphText p, List<Candidate> out, int at) {
        for (int k = out.size() - 1; k >= 0; k--) {
            Candidate c = out.get(k);
            if (c.kind() == Kind.ORGANIZATION && c.end() <= at && at - c.end() <= 3
                    && onlySpacesAndParentheses(p.text(), c.end(), at)) {
                return c.name();
            }
        }
        return null;
    }

    private static boolean isFormer(ParagraphText p, int titleStart) {
        Tokens t = p.tokens();
        if (FORMER_WORDS.contains(CableVocabulary.lower(t.text(titleStart)))) {
            return true;
        }
        return titleStart > 0 && FORMER_WORDS.contains(t.text(titleStart - 1))
                && t.start(titleStart) - t.end(titleStart - 1) <= 2;
    }

    private void addRoleReference(ParagraphText p, int titleStart, int titleEnd, List<Candidate> out) {
        Tokens t = p.tokens();
        if (titleStart == 0 || !CableVocabulary.lower(t.text(titleStart - 1)).equals("the")) {
            return;
        }
        List<String> words = new ArrayList<>();
        for (int k = titleStart; k <= titleEnd; k++) {
            String w = t.text(k);
            if (countryWords.contains(w) || t.acronymLike(k) && !TITLE_HEADS.contains(w)) {
                return;
            }
            words.add(w);
        }
        Token last = t.get(titleEnd);
        if (titleEnd + 1 < t.size() && (t.text(titleEnd + 1).equals("to") || t.text(titleEnd + 1).equals("in"))
                && t.start(titleEnd + 1) - last.end() == 1) {
            return;
        }
        String title = Titles.expand(words);
        int start = t.start(titleStart);
        out.add(new Candidate(Kind.ROLE_REFERENCE, p.paragraph(), start, last.end(),
                p.text().substring(start, last.end()), null, null, title, Titles.impliedOrganization(title),
                false, null));
    }

    /** True when tokens [from, to) read as a person's name. */
    /** Plural abstract nouns ("Endowments", "Organizations", "Communities"): never a word of a person's name. */
    private static boolean pluralNoun(String w) {
        return w.length() > 8 && (w.endsWith("tions") || w.endsWith("ments") || w.endsWith("ities")
                || w.endsWith("nesses") || w.endsWith("ships"));
    }

    private boolean validName(ParagraphText p, int from, int to) {
        Tokens t = p.tokens();
        if (to <= from || to - from > 4) {
            return false;
        }
        int words = 0;
        for (int k = from; k < to; k++) {
            if (t.initial(k)) {
                if (k == to - 1) {
                    return false;
                }
                continue;
            }
            if (t.is(k, CableVocabulary.PARTICLE)) {
                if (k == from || k == to - 1) {
                    return false;
                }
                continue;
            }
            if (k == to - 1 && to - from > 1 && t.is(k, CableVocabulary.PREFIX)) {
                return false;
            }
            String w = t.text(k);
            int hyphen = w.lastIndexOf('-');
            if (hyphen > 0 && hyphen + 1 < w.length() && Character.isLowerCase(w.charAt(hyphen + 1))
                    && !NAME_PARTICLES.contains(w.substring(0, hyphen).toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
            if (!t.capitalised(k) || w.length() < 2 || t.is(k, NEVER_IN_NAMES) || isTitleHead(t, k)
                    || maybeCountry.mayContainHash(t.hash(k)) && countryWords.contains(w)
                    || hasDigitOrSlash(w) || w.endsWith("-based") || pluralNoun(w)) {
                return false;
            }
            words++;
        }
        if (words >= 1) {
            int start = t.start(from);
            int end = t.end(to - 1);
            if (from > 0 && places.isWordThenSpan(t.text(from - 1), p.text(), start, end)
                    || places.isSpan(p.text(), start, end) || places.isLettersOfSpan(p.text(), start, end)) {
                return false;
            }
        }
        return words >= 1;
    }

    private static boolean hasDigitOrSlash(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c) || c == '/' || c == '&') {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- appositions

    /** "NAME, [the] [former] TITLE [of BODY]," after a name ending at token {@code after - 1}. */
    /**
     * True when the phrase ending at word {@code last} runs, past an optional "(ACRONYM)", into a
     * name of two capitalised words in the same sentence with no comma between.
     */
    private static boolean titlesTheNameAfter(ParagraphText p, int last) {
        Tokens t = p.tokens();
        String text = p.text();
        int n = last + 1;
        if (n + 1 < t.size() && t.acronymLike(n) && text.substring(t.end(last), t.start(n)).equals(" (")
                && text.substring(t.end(n), t.start(n + 1)).equals(") ")) {
            last = n;
            n++;
        } else if (n < t.size() && !text.substring(t.end(last), t.start(n)).equals(" ")) {
            return false;
        }
        return n + 1 < t.size() && p.sentenceOf()[n + 1] == p.sentenceOf()[last]
                && t.capitalised(n) && t.capitalised(n + 1) && !t.is(n, CableVocabulary.TITLE_HEAD)
                && !t.is(n, CableVocabulary.NEVER) && !t.acronymLike(n)
                && text.substring(t.end(n), t.start(n + 1)).equals(" ");
    }

    private void findApposition(ParagraphText p, int after, String name, Kind kind, int start, int end, List<Candidate> out) {
        Tokens t = p.tokens();
        if (after >= t.size()) {
            return;
        }
        String gap = p.text().substring(t.end(after - 1), t.start(after));
        if (!gap.equals(", ")) {
            return;
        }
        int k = after;
        if (t.text(k).equals("the") || t.text(k).equals("a") || t.text(k).equals("an")) {
            k++;
        }
        boolean former = false;
        if (k < t.size() && FORMER_WORDS.contains(t.text(k))) {
            former = true;
            k++;
        }
        if (k >= t.size()) {
            return;
        }
        Token head = t.get(k);
        boolean titled = head.is(CableVocabulary.TITLE_HEAD) || head.is(CableVocabulary.QUALIFIER)
                && !countryWords.contains(head.text()) || head.is(CableVocabulary.LOWER_TITLE);
        if (!titled) {
            return;
        }
        // the phrase runs to the next comma, full stop, semicolon or parenthesis
        int phraseEnd = k;
        int sentence = p.sentenceOf()[k];
        Matcher gapAfter = PHRASE_GAP.matcher(p.text());
        while (phraseEnd + 1 < t.size() && p.sentenceOf()[phraseEnd + 1] == sentence && phraseEnd - k < LONGEST_PHRASE
                && gapAfter.region(t.end(phraseEnd), t.start(phraseEnd + 1)).matches()) {
            phraseEnd++;
        }
        if (phraseEnd - k < LONGEST_PHRASE && titlesTheNameAfter(p, phraseEnd)) {
            // "Gates, the Director of the Egyptian General Intelligence Service (EGIS) Omar Soliman":
            // the phrase is the title of the name it runs into, not of the name before the comma
            return;
        }
        // title words: up to the first "of"/"to"/"at"
        List<String> titleWords = new ArrayList<>();
        int m = k;
        while (m <= phraseEnd && !TITLE_ENDS.contains(t.text(m))) {
            String w = t.text(m);
            if (!TITLE_HEADS.contains(w) && !TITLE_QUALIFIERS.contains(w) && !LOWER_TITLE_HEADS.contains(w)
                    && !t.acronymLike(m) || countryWords.contains(w)) {
                return;
            }
            titleWords.add(t.text(m));
            m++;
        }
        if (titleWords.isEmpty()) {
            return;
        }
        for (int d = k; d < m; d++) {
            if (t.capitalised(d) && !t.is(d, CableVocabulary.TITLE_HEAD)
                    && !t.is(d, CableVocabulary.QUALIFIER)) {
                return;
            }
        }
        int phraseStartChar = t.start(k);
        int phraseEndChar = t.end(phraseEnd);
        String orgHint = null;
        for (Candidate c : out) {
            if (c.kind() == Kind.ORGANIZATION && c.start() >= phraseStartChar && c.end() <= phraseEndChar) {
                orgHint = c.name();
            }
        }
        String title = Titles.expand(titleWords);
        if (orgHint == null && m <= phraseEnd && t.text(m).equals("of")) {
            // "Minister of Emergency Situations of the Republic of Azerbaijan": the domain ends at the next "of"
            List<String> domain = new ArrayList<>();
            for (int d = m + 1; d <= phraseEnd; d++) {
                Token tok = t.get(d);
                String w = tok.text();
                if (w.equals("of") || countryWords.contains(w) || w.equals("Republic")
                        || CableVocabulary.FUNCTION_WORDS.contains(w) && !w.equals("And")) {
                    // "Minister of Foreign Affairs No travel details": a new sentence without its full stop
                    break;
                }
                if (tok.lowerCase() && !w.equals("the") && !w.equals("and")) {
                    break;
                }
                if (tok.capitalised() && !domainWord(tok)) {
                    // "Derse, Secretary of Energy Samuel Bodman": a list of names, not an apposition
                    return;
                }
                if (!(w.equals("the") && domain.isEmpty())) {
                    domain.add(w);
                }
            }
            while (!domain.isEmpty() && (domain.get(domain.size() - 1).equals("the")
                    || domain.get(domain.size() - 1).equals("and"))) {
                domain.remove(domain.size() - 1);
            }
            if (!domain.isEmpty() && Character.isUpperCase(domain.get(0).charAt(0))) {
                title = title + " of " + String.join(" ", domain);
                orgHint = Titles.impliedOrganization(title);
            }
        }
        if (orgHint == null) {
            orgHint = Titles.impliedOrganization(title);
        }
        out.add(new Candidate(kind, p.paragraph(), start, end, p.text().substring(start, end), name, null, title,
                orgHint, former, null));
    }

    // ---------------------------------------------------------------- lower-case titles and untitled names

    /** "Russian MFA official Anatoly Antonov", "opposition leader Isa Gambar". */
    private void findLowerCaseTitled(ParagraphText p, List<Candidate> out, boolean[] used, List<Runnable> appositions) {
        Tokens t = p.tokens();
        for (int k = 0; k + 2 < t.size(); k++) {
            if (!t.is(k, CableVocabulary.LOWER_TITLE) && !t.is(k, CableVocabulary.RELATIVE)) {
                continue;
            }
            Token head = t.get(k);
            boolean relative = head.is(CableVocabulary.RELATIVE);
            if (!head.is(CableVocabulary.LOWER_TITLE) && !relative || !head.lowerCase() || used[k + 1]
                    || !joined(p.text(), head, t.get(k + 1))) {
                continue;
            }
            int end = nameEnd(p, k + 1, used);
            if (end - (k + 1) < 2 || !validName(p, k + 1, end)) {
                continue;
            }
            String orgHint = null;
            String qualifier = null;
            int s = k;
            if (k > 0 && t.acronymLike(k - 1) && joined(p.text(), t.get(k - 1), head)) {
                orgHint = t.text(k - 1);
                s = k - 1;
                out.add(Candidate.of(Kind.ORGANIZATION, p.paragraph(), t.start(k - 1), t.end(k - 1),
                        orgHint, orgHint));
                if (k > 1 && countryWords.contains(t.text(k - 2))) {
                    qualifier = t.text(k - 2);
                }
            }
            if (orgHint == null) {
                orgHint = adjacentBodyBefore(p, out, t.start(s));
            }
            List<String> words = new ArrayList<>();
            for (int w = k + 1; w < end; w++) {
                words.add(t.text(w));
            }
            String name = PersonNames.canonical(words);
            int start = t.start(k + 1);
            int stop = t.end(end - 1);
            out.add(new Candidate(Kind.PERSON, p.paragraph(), start, stop, p.text().substring(start, stop), name,
                    null, relative ? null : head.text(), relative ? null : orgHint, isFormer(p, s), qualifier));
            mark(used, k + 1, end);
            int after = end;
            appositions.add(() -> findApposition(p, after, name, Kind.PERSON, start, stop, out));
        }
    }

    /** End (exclusive) of a run of up to four name-like words starting at {@code from}. */
    private static int nameEnd(ParagraphText p, int from, boolean[] used) {
        Tokens t = p.tokens();
        int end = from;
        while (end < t.size() && end - from < 4 && !used[end]
                && (t.capitalised(end) || t.initial(end) || t.is(end, CableVocabulary.PARTICLE) && end > from)
                && (end == from || joined(p.text(), t, end - 1, end) && !t.possessive(end - 1))
                && p.sentenceOf()[end] == p.sentenceOf()[from]) {
            end++;
        }
        return end;
    }

    /** Untitled full names that a speech verb, "according to" or an apposition marks as a person. */
    private void findUntitledNames(ParagraphText p, List<Candidate> out, boolean[] used) {
        Tokens t = p.tokens();
        int k = 0;
        while (k < t.size()) {
            if (used[k] || !t.capitalised(k)) {
                k++;
                continue;
            }
            int end = nameEnd(p, k, used);
            if (end - k >= 2 && validName(p, k, end) && fullWords(t, k, end) >= 2) {
                boolean speaker = end < t.size() && t.is(end, CableVocabulary.SAYING)
                        && joined(p.text(), t.get(end - 1), t.get(end));
                boolean according = k >= 2 && t.text(k - 2).equalsIgnoreCase("according")
                        && t.text(k - 1).equals("to");
                int before = out.size();
                List<String> words = new ArrayList<>();
                for (int w = k; w < end; w++) {
                    words.add(t.text(w));
                }
                String name = PersonNames.canonical(words);
                int start = t.start(k);
                int stop = t.end(end - 1);
                findApposition(p, end, name, Kind.PERSON, start, stop, out);
                boolean apposition = out.size() > before;
                if (speaker || according) {
                    out.add(Candidate.of(Kind.PERSON, p.paragraph(), start, stop, p.text().substring(start, stop),
                            name));
                }
                if (speaker || according || apposition) {
                    mark(used, k, end);
                }
            }
            k = Math.max(end, k + 1);
        }
    }

    private static int fullWords(Tokens t, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            if (!t.initial(k) && !t.is(k, CableVocabulary.PARTICLE)) {
                n++;
            }
        }
        return n;
    }

    private static void mark(boolean[] used, int from, int to) {
        for (int k = Math.max(0, from); k < to && k < used.length; k++) {
            used[k] = true;
        }
    }
}
