package tieline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static final Pattern FAMILY = words("sons?|daughters?|wife|husband|brothers?|sisters?|father|mother|"
            + "nephew|niece|cousin|uncle|aunt|[a-z]+-in-law|married|widow|grandson|granddaughter|spouse|relative");
    private static final Pattern BUSINESS = words("owns|owned|owner|owners|co-owner|business|businesses|"
            + "shareholders?|stakes?|business partner");
    private static final Pattern CORRESPONDED = words("letters?|wrote|written|writes|correspondence|e-mail|email|"
            + "emailed|faxed");
    private static final Pattern CRITICIZED = words("criticiz\\w*|criticis\\w*|criticism|complain\\w*|accus\\w*|"
            + "condemn\\w*|blam\\w*|denounc\\w*|lambast\\w*|rebuk\\w*|castigat\\w*|disparag\\w*|attacked|"
            + "slammed|chided|faulted");
    private static final Pattern MET = words("met|meet|meets|meeting|meetings|visit|visits|visited|visiting|told|"
            + "tells|asked|raised\\b[^.;]*?\\bwith|briefed|hosted|welcomed|received|called on|talks|discussed|dinner|lunch|"
            + "breakfast|conversation|spoke|phoned|telephoned|accompanied|accompanying|consultations|thanked|"
            + "urged|pressed|conveyed|presented|handed");
    private static final Pattern BARRIER = Pattern.compile("\\b(said|says|stated|noted|explained|added|claimed|"
            + "argued|suggested|believes|believed|reported|commented|observed|stressed|emphasized|underscored|"
            + "opined|averred|asserted|insisted|acknowledged|noting|saying|recalled|mentioned|indicated)\\b"
            + "(?! (he|she|that he|that she) )");
    /** Words that show a sentence reports an event on the date it carries. */
    static final Pattern EVENT = words("met|meet|meeting|meetings|visit|visits|visited|talks|letter|call|"
            + "called|conversation|discussion|discussions|dinner|lunch|session|conference|summit|trip|interview|"
            + "told|raised|hosted|briefed|signed|held");

    private RelationCues() {
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("\\b(" + alternatives + ")\\b", Pattern.CASE_INSENSITIVE);
    }

    /**
     * @param sentence      the sentence as written
     * @param lower         the sentence, lower case
     * @param a             span {start, end} of the first mention (earlier in the sentence), sentence offsets
     * @param b             span of the second
     * @param people        spans of every person named in the sentence
     * @param personBeforeA true when another person is named before {@code a} in the sentence
     */
    static RelationType classify(EntityType ta, EntityType tb, String sentence, String lower, int[] a, int[] b,
                                 List<int[]> people, boolean personBeforeA) {
        boolean topicPair = ta == EntityType.TOPIC || tb == EntityType.TOPIC;
        boolean bothPeople = ta == EntityType.PERSON && tb == EntityType.PERSON;
        if (topicPair && (ta != EntityType.TOPIC || tb != EntityType.TOPIC)) {
            return RelationType.DISCUSSED;
        }
        int from = personBeforeA ? a[0] : 0;
        int to = Math.max(from, b[0]);
        Matcher barrier = BARRIER.matcher(lower).region(Math.min(a[1], to), to);
        if (barrier.find()) {
            to = barrier.start();
        }
        if (to <= from) {
            return RelationType.MENTIONED_WITH;
        }
        boolean withPerson = ta == EntityType.PERSON || tb == EntityType.PERSON;
        if (bothPeople && cue(FAMILY, sentence, lower, from, to, a, b, people)) {
            return RelationType.FAMILY;
        }
        if (withPerson && cue(BUSINESS, sentence, lower, from, to, a, b, people)) {
            return RelationType.BUSINESS;
        }
        if (withPerson && cue(CORRESPONDED, sentence, lower, from, to, a, b, people)) {
            return RelationType.CORRESPONDED;
        }
        if (cue(CRITICIZED, sentence, lower, from, to, a, b, people)) {
            return RelationType.CRITICIZED;
        }
        if (bothPeople && cue(MET, sentence, lower, from, to, a, b, people)) {
            return RelationType.MET;
        }
        return RelationType.MENTIONED_WITH;
    }

    /**
     * True when a cue of the pattern binds the pair: it stands before both names, or between them
     * with only the first name's companions before it and the second's after it ("Derse and DAS
     * Bryza raised points with President Aliyev, FonMin Mammadyarov and ... Azimov").
     */
    private static boolean cue(Pattern pattern, String sentence, String lower, int from, int to, int[] a, int[] b,
                               List<int[]> people) {
        Matcher m = pattern.matcher(lower).region(from, to);
        while (m.find()) {
            if (m.end() <= a[0]) {
                return true;
            }
            if (m.start() >= a[1] && grouped(sentence, a, m.start(), people, true)
                    && grouped(sentence, b, m.end(), people, false)) {
                return true;
            }
        }
        return false;
    }

    /** Every person between the name and the cue is joined to the name as in a list of names and titles. */
    private static boolean grouped(String sentence, int[] name, int cueEdge, List<int[]> people, boolean nameFirst) {
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
            if (p[0] >= at && !listGap(sentence.substring(at, p[0]))) {
                return false;
            }
            at = Math.max(at, p[1]);
        }
        return nameFirst || name[0] < at || listGap(sentence.substring(at, name[0]));
    }

    /** Lower-case words that may join the names of one party: "X, accompanied by Y and Z, met ...". */
    private static final java.util.Set<String> LIST_WORDS = java.util.Set.of("and", "the", "former", "then", "&",
            "'s", "\u2019s", "accompanied", "by", "along", "with", "joined", "as", "well", "his", "her", "their");

    /** Text between two names of one list: commas, "and", titles, a parenthesis. */
    private static boolean listGap(String gap) {
        String g = gap.replaceAll("\\([^)]*\\)", " ");
        for (String w : g.split("[\\s,;]+")) {
            if (w.isEmpty() || LIST_WORDS.contains(w)) {
                continue;
            }
            if (!Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }
}
