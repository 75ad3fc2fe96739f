package tieline.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tieline.cable.PatternSpace;

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

    /**
     * A key equal for the same office however it is worded: its lower-case words, split at white
     * space and hyphens, without connectives, in alphabetical order, each once. Written out
     * rather than with a regular expression and a sorted set: titles are keyed per mention, and
     * a title has a handful of words, which a sort of a small array puts in order.
     */
    static String key(String title) {
        String lower = title.toLowerCase(Locale.ROOT);
        String[] words = new String[lower.length() / 2 + 1];
        int n = 0;
        int start = 0;
        int end = lower.length();
        // as Pattern.split would give them: a break at the start gives an empty first word, none at the end
        while (end > 0 && isWordBreak(lower.charAt(end - 1))) {
            end--;
        }
        while (start <= end) {
            int stop = start;
            while (stop < end && !isWordBreak(lower.charAt(stop))) {
                stop++;
            }
            String w = keyWord(lower.substring(start, stop));
            if (w != null) {
                words[n++] = w;
            }
            if (stop == end) {
                break;
            }
            start = stop;
            while (start < end && isWordBreak(lower.charAt(start))) {
                start++;
            }
        }
        Arrays.sort(words, 0, n);
        StringBuilder key = new StringBuilder(lower.length());
        for (int i = 0; i < n; i++) {
            if (i > 0 && words[i].equals(words[i - 1])) {
                continue;
            }
            if (i > 0) {
                key.append(' ');
            }
            key.append(words[i]);
        }
        return key.toString();
    }

    /** A word of a title as its key has it, or null for a connective the key leaves out. */
    private static String keyWord(String w) {
        return switch (w) {
            case "of", "the", "for", "affairs", "and", "republic", "former", "then", "acting" -> null;
            case "defence" -> "defense";
            case "chairman", "chairwoman", "chairperson" -> "chair";
            default -> w;
        };
    }

    /** {@code [\\s-]}: ASCII white space (as a regular expression's {@code \\s}) or a hyphen. */
    private static boolean isWordBreak(char c) {
        return c == '-' || PatternSpace.is(c);
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
