package tieline.extract;

/**
 * One word of a paragraph with its character span (a possessive {@code 's} is outside the span).
 *
 * @param index      position in the paragraph's token list
 * @param start      offset of the first character
 * @param end        offset after the last character
 * @param text       the word as written
 * @param possessive true when {@code 's} followed the word
 */
record Token(int index, int start, int end, String text, boolean possessive) {

    /** First letter upper case and some lower-case letter after it: {@code Azimov}, {@code McCain}. */
    boolean capitalised() {
        return Character.isUpperCase(text.charAt(0)) && hasLower();
    }

    /** Two or more letters, none lower case: {@code TEP}, {@code AZIMOV}. */
    boolean allCaps() {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }

    /** An acronym as cables write them: mostly capitals, short ({@code TEP}, {@code MoD}, {@code GOAJ}). */
    boolean acronymLike() {
        if (text.length() < 2 || text.length() > 8 || !Character.isUpperCase(text.charAt(0))) {
            return false;
        }
        int upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (!Character.isLowerCase(c) && c != '-' && c != '&' && c != '/') {
                return false;
            }
        }
        return upper >= 2 && upper * 2 > countLetters();
    }

    /** A single capital letter, as in a middle initial. */
    boolean initial() {
        return text.length() == 1 && Character.isUpperCase(text.charAt(0));
    }

    boolean lowerCase() {
        return Character.isLowerCase(text.charAt(0));
    }

    boolean hasLower() {
        for (int i = 1; i < text.length(); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    boolean isNumber() {
        return Character.isDigit(text.charAt(0));
    }

    private int countLetters() {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
