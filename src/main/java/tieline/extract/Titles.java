package tieline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Titles as cables write them: abbreviations written out ("FonMin" -> "Foreign Minister"), a
 * comparison key under which "Defense Minister" and "Minister of Defense" are the same office,
 * and the organization a title names ("Minister of X" -> "Ministry of X").
 */
final class Titles {

    private Titles() {
    }

    /** Words that qualify a title from before it ("Legal Adviser", "Senior Advisor"), not an office's domain. */
    private static final Set<String> SECOND_TITLE_MODIFIERS = Set.of("Legal", "Senior",
            "Special", "Deputy", "Assistant", "Principal", "Acting", "Executive", "Vice", "First");

    /** The title with abbreviations written out and military ranks after another title dropped. */
    static String expand(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            out.addAll(List.of(CableVocabulary.TITLE_EXPANSIONS.getOrDefault(w, w).split(" ")));
        }
        int connector = Math.max(out.indexOf("of"), out.indexOf("for"));
        if (connector > 0) {
            // "Chief of Army Staff General": the office's domain ends where a rank begins; where
            // another title begins, that one is the person's
            for (int i = connector + 2; i < out.size(); i++) {
                if (CableVocabulary.RANKS.contains(out.get(i))) {
                    out.subList(i, out.size()).clear();
                    break;
                }
                if (CableVocabulary.TITLE_HEADS.contains(out.get(i))) {
                    // "Secretary of State Legal Adviser": the title nearest the name is the person's
                    int cut = i;
                    while (cut - 1 > connector + 1 && SECOND_TITLE_MODIFIERS.contains(out.get(cut - 1))) {
                        cut--;
                    }
                    out.subList(0, cut).clear();
                    break;
                }
            }
        }
        while (out.size() > 1 && CableVocabulary.RANKS.contains(out.get(out.size() - 1))
                && !CableVocabulary.RANKS.contains(out.get(out.size() - 2))) {
            out.remove(out.size() - 1);
        }
        return String.join(" ", out);
    }

    /** A key equal for the same office however it is worded. */
    /** White space and hyphens between the words of a title (compiled once: titles are keyed per mention). */
    private static final java.util.regex.Pattern WORD_BREAK = java.util.regex.Pattern.compile("[\\s-]+");

    static String key(String title) {
        TreeSet<String> words = new TreeSet<>();
        for (String w : WORD_BREAK.split(title.toLowerCase(Locale.ROOT))) {
            switch (w) {
                case "of", "the", "for", "affairs", "and", "republic", "former", "then", "acting" -> {
                }
                case "defence" -> words.add("defense");
                case "chairman", "chairwoman", "chairperson" -> words.add("chair");
                default -> words.add(w);
            }
        }
        return String.join(" ", words);
    }

    /** The head word of a title: its last word, or the word before "of". */
    static String head(String title) {
        String t = title;
        int of = t.indexOf(" of ");
        if (of > 0) {
            t = t.substring(0, of);
        }
        int space = t.lastIndexOf(' ');
        String head = space < 0 ? t : t.substring(space + 1);
        return SPELLINGS.getOrDefault(head, head);
    }

    /** One spelling for a title word written two ways ("Advisor" and "Adviser" are one office). */
    private static final Map<String, String> SPELLINGS = Map.of("Advisor", "Adviser",
            "Counsellor", "Counselor", "Chairwoman", "Chairman", "Chairperson", "Chairman");

    /** The organization a title names by itself, or null: "Minister of Defense" -> "Ministry of Defense". */
    static String impliedOrganization(String title) {
        String t = title;
        int of = t.indexOf(" of ");
        String head = of > 0 ? t.substring(0, of) : t;
        String domain = of > 0 ? t.substring(of + 4) : null;
        if (head.endsWith("Minister") && domain != null) {
            return "Ministry of " + domain;
        }
        if ((head.endsWith("Secretary") || head.endsWith("Deputy Assistant Secretary")) && domain != null
                && !domain.startsWith("General")) {
            return "Department of " + domain;
        }
        if (head.endsWith("Minister")) {
            String[] words = head.split(" ");
            for (int i = words.length - 2; i >= 0; i--) {
                String ministry = CableVocabulary.MINISTRY_DOMAINS.get(words[i]);
                if (ministry != null) {
                    return "Ministry of " + ministry;
                }
            }
        }
        return null;
    }
}
