package tieline.extract;

import java.util.Set;

/**
 * The names of countries and posts (as written, and as in cable ids: {@code SANJOSE}), asked
 * whether a stretch of paragraph text is one of them. The rules ask this of nearly every name
 * they find and the answer is nearly always no, so a stretch is hashed straight from the text and
 * tested against a {@link WordFilter}; its string is built only when the filter says "maybe".
 */
final class PlaceNames {

    private final Set<String> names;
    private final WordFilter maybeName;

    PlaceNames(Set<String> names) {
        this.names = names;
        this.maybeName = new WordFilter(names);
    }

    /** True when {@code text[start, end)} is a place name. */
    boolean isSpan(String text, int start, int end) {
        return maybeName.mayContainHash(hash(0, text, start, end)) && names.contains(text.substring(start, end));
    }

    /** True when the word, a space and {@code text[start, end)} make a place name ("Costa" + "Rica"). */
    boolean isWordThenSpan(String word, String text, int start, int end) {
        int hash = hash(31 * word.hashCode() + ' ', text, start, end);
        return maybeName.mayContainHash(hash) && names.contains(word + " " + text.substring(start, end));
    }

    /** True when the letters of {@code text[start, end)}, upper-cased, are a post as cable ids write it ("San Jose"). */
    boolean isLettersOfSpan(String text, int start, int end) {
        int hash = 0;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (Character.isLetter(c)) {
                hash = 31 * hash + Character.toUpperCase(c);
            }
        }
        return maybeName.mayContainHash(hash) && names.contains(lettersUpperCase(text, start, end));
    }

    /** True when the word is a place name as written ("Lagos") or as a post in cable ids ({@code LAGOS}). */
    boolean isWord(String word) {
        return isSpan(word, 0, word.length()) || isLettersOfSpan(word, 0, word.length());
    }

    /** Continues a {@link String#hashCode()} over {@code text[start, end)}. */
    private static int hash(int hash, String text, int start, int end) {
        for (int k = start; k < end; k++) {
            hash = 31 * hash + text.charAt(k);
        }
        return hash;
    }

    private static String lettersUpperCase(String text, int start, int end) {
        StringBuilder sb = new StringBuilder(end - start);
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (Character.isLetter(c)) {
                sb.append(Character.toUpperCase(c));
            }
        }
        return sb.toString();
    }
}
