package tieline.extract;

import java.util.Locale;

/**
 * A surname reduced to what its transliterations share: lower case, no apostrophes or hyphens,
 * e as i and o as u (Muallem / Muallim, Mobarak / Mubarak), no h after a consonant
 * (Skarphedinsson / Skarpedinsson, Shukhri / Shukri) and no doubled letters (Rousseff / Roussef,
 * Humalla / Humala). Two spellings with one key are one name written two ways.
 */
final class SpellingKey {

    /** Surnames shorter than this are too short to tell a variant from another name. */
    static final int SHORTEST_SURNAME = 5;

    private SpellingKey() {
    }

    static String of(String surname) {
        String s = surname.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        char prevWritten = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '\u2019' || c == '-' || c == ' ') {
                continue;
            }
            if (c == 'h' && out.length() > 0 && isConsonant(prevWritten)) {
                continue;
            }
            // only a letter written twice is one letter: "Serra" and "Sierra" stay apart
            if (c == prevWritten) {
                continue;
            }
            prevWritten = c;
            out.append(c == 'e' ? 'i' : c == 'o' ? 'u' : c);
        }
        return out.toString();
    }

    private static boolean isConsonant(char c) {
        return Character.isLetter(c) && "aeiouy".indexOf(c) < 0;
    }
}
