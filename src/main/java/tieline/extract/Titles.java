package tieline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Titles as cables write them: abbreviations written out ("FonMin" -> "Foreign Minister"), a
 * comparison key under which "Defense Minister" and "Minister of Defense" are the same office,
 * and the organization a title names ("Minister of X" -> "Ministry of X").
 */
final class Titles {

    private Titles() {
    }

    /** The title with abbreviations written out and military ranks after another title dropped. */
    static String expand(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            out.add(CableVocabulary.TITLE_EXPANSIONS.getOrDefault(w, w));
        }
        while (out.size() > 1 && CableVocabulary.RANKS.contains(out.get(out.size() - 1))
                && !CableVocabulary.RANKS.contains(out.get(out.size() - 2))) {
            out.remove(out.size() - 1);
        }
        return String.join(" ", out);
    }

    /** A key equal for the same office however it is worded. */
    static String key(String title) {
        TreeSet<String> words = new TreeSet<>();
        for (String w : title.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
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
        return space < 0 ? t : t.substring(space + 1);
    }

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
