package tieline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Canonical forms of people's names: title case, middle initials dropped, surname last. */
final class PersonNames {

    private PersonNames() {
    }

    /** The canonical name for name words as written ("Anne E. Derse" -> "Anne Derse", "DERSE" -> "Derse"). */
    static String canonical(List<String> words) {
        int full = 0;
        for (String w : words) {
            if (w.length() > 1) {
                full++;
            }
        }
        List<String> kept = new ArrayList<>(words.size());
        for (String w : words) {
            if (w.length() == 1 && full >= 2) {
                continue;
            }
            kept.add(titleCase(w));
        }
        return String.join(" ", kept);
    }

    /** Title case for a word written in capitals; mixed-case words are kept as written. */
    static String titleCase(String word) {
        boolean hasLower = false;
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i))) {
                hasLower = true;
                break;
            }
        }
        if (hasLower) {
            return word;
        }
        if (CableVocabulary.NAME_PARTICLES.contains(word.toLowerCase(Locale.ROOT))) {
            return word.toLowerCase(Locale.ROOT);
        }
        StringBuilder sb = new StringBuilder(word.length());
        boolean start = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            sb.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == '-' || c == ' ' || c == '\'';
        }
        return sb.toString();
    }

    /** The surname: the last word. */
    static String surname(String canonical) {
        int space = canonical.lastIndexOf(' ');
        return space < 0 ? canonical : canonical.substring(space + 1);
    }

    /** True when the words of {@code shorter} stand, in order, among those of {@code longer}: "Yousuf Raza Gilani" in "Syed Yousuf Raza Gilani". */
    static boolean wordsInOrder(String[] shorter, String[] longer) {
        int k = 0;
        for (String w : longer) {
            if (k < shorter.length && shorter[k].equals(w)) {
                k++;
            }
        }
        return k == shorter.length;
    }

    /** True when the name has a given name as well as a surname. */
    static boolean isFull(String canonical) {
        return canonical.indexOf(' ') > 0;
    }
}
