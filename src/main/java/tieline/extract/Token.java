package tieline.extract;

/**
 * One word of a paragraph with its character span (a possessive {@code 's} is outside the span),
 * with its shape (capitalised, acronym ...) and vocabulary classes worked out once.
 */
final class Token {

    private static final int CAPITALISED = 1;
    private static final int ALL_CAPS = 1 << 1;
    private static final int ACRONYM = 1 << 2;
    private static final int INITIAL = 1 << 3;
    private static final int LOWER = 1 << 4;
    private static final int NUMBER = 1 << 5;
    private static final int REDACTED = 1 << 6;

    private final int index;
    private final int start;
    private final int end;
    private final String text;
    private final boolean possessive;
    /** Shape bits in the low byte, vocabulary classes above them, relation cues in the top byte (see {@link #pack}). */
    private final int info;

    Token(int index, int start, int end, String text, boolean possessive) {
        this(index, start, end, text, possessive, factsOf(text));
    }

    /** A word whose shape and classes were already worked out and packed by {@link #pack}. */
    Token(int index, int start, int end, String text, boolean possessive, int info) {
        this.index = index;
        this.start = start;
        this.end = end;
        this.text = text;
        this.possessive = possessive;
        this.info = info;
    }

    /** Everything {@link #pack} holds, worked out for one spelling (the tokenizer's cache does this once per spelling). */
    static int factsOf(String text) {
        int classes = CableVocabulary.classesOf(text);
        if (RelationCues.EVENT.contains(text.toLowerCase(java.util.Locale.ROOT))) {
            classes |= CableVocabulary.EVENT;
        }
        return pack(shapeOf(text), classes, RelationCues.cueBits(text));
    }

    /** Shape (8 bits), vocabulary classes (16 bits) and relation cues (8 bits) of a word in one int. */
    static int pack(int shape, int classes, int cues) {
        return shape | classes << 8 | cues << 24;
    }

    int index() {
        return index;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    String text() {
        return text;
    }

    boolean possessive() {
        return possessive;
    }

    /** True when the word belongs to a class of {@link CableVocabulary} (one of its bit constants). */
    boolean is(int vocabularyClass) {
        return is(info, vocabularyClass);
    }

    static boolean is(int info, int vocabularyClass) {
        return (info >>> 8 & 0xffff & vocabularyClass) != 0;
    }

    static boolean capitalised(int info) {
        return (info & CAPITALISED) != 0;
    }

    static boolean lowerCase(int info) {
        return (info & LOWER) != 0;
    }

    static boolean redacted(int info) {
        return (info & REDACTED) != 0;
    }

    static boolean isNumber(int info) {
        return (info & NUMBER) != 0;
    }

    static boolean initial(int info) {
        return (info & INITIAL) != 0;
    }

    static boolean acronymLike(int info) {
        return (info & ACRONYM) != 0;
    }

    /** The kinds of relation cue the word is ({@link RelationCues} bits). */
    int cues() {
        return info >>> 24;
    }

    @Override
    public String toString() {
        return text + "@" + start;
    }

    static int shapeOf(String text) {
        int s = 0;
        if (text.length() >= 3 && (text.indexOf('X') >= 0 || text.indexOf('x') >= 0) && isRedaction(text)) {
            s |= REDACTED;
        }
        char first = text.charAt(0);
        boolean hasLowerAfterFirst = false;
        int upper = 0;
        int letters = 0;
        boolean acronymChars = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean up;
            boolean low;
            boolean letter;
            if (c < 128) {
                up = c >= 'A' && c <= 'Z';
                low = c >= 'a' && c <= 'z';
                letter = up || low;
            } else {
                up = Character.isUpperCase(c);
                low = Character.isLowerCase(c);
                letter = Character.isLetter(c);
            }
            if (up) {
                upper++;
            }
            if (letter) {
                letters++;
            }
            if (low && i > 0) {
                hasLowerAfterFirst = true;
            }
            if (!up && !low && c != '-' && c != '&' && c != '/') {
                acronymChars = false;
            }
        }
        boolean redacted = (s & REDACTED) != 0;
        if (Character.isUpperCase(first) && hasLowerAfterFirst && !redacted) {
            s |= CAPITALISED;
        }
        boolean anyLower = letters > upper;
        if (!redacted && letters >= 2 && !anyLower && !hasLowerAfterFirst && !Character.isLowerCase(first)) {
            s |= ALL_CAPS;
        }
        if (!redacted && text.length() >= 2 && text.length() <= 8 && Character.isUpperCase(first) && acronymChars
                && upper >= 2 && upper * 2 > letters) {
            s |= ACRONYM;
        }
        if (text.length() == 1 && Character.isUpperCase(first)) {
            s |= INITIAL;
        }
        if (Character.isLowerCase(first)) {
            s |= LOWER;
        }
        if (Character.isDigit(first)) {
            s |= NUMBER;
        }
        return s;
    }

    /** First letter upper case and some lower-case letter after it: {@code Azimov}, {@code McCain}. */
    boolean capitalised() {
        return (info & CAPITALISED) != 0;
    }

    /** Holds a redaction ({@code XXXXXXXXXXXX}, also glued to a word): never part of a name. */
    boolean redacted() {
        return (info & REDACTED) != 0;
    }

    static boolean isRedaction(String s) {
        return s.contains("XXX") || s.contains("xxxx") || s.contains("Xxxx");
    }

    /** Two or more letters, none lower case: {@code TEP}, {@code AZIMOV}. */
    boolean allCaps() {
        return (info & ALL_CAPS) != 0;
    }

    /** An acronym as cables write them: mostly capitals, short ({@code TEP}, {@code MoD}, {@code GOAJ}). */
    boolean acronymLike() {
        return (info & ACRONYM) != 0;
    }

    /** A single capital letter, as in a middle initial. */
    boolean initial() {
        return (info & INITIAL) != 0;
    }

    boolean lowerCase() {
        return (info & LOWER) != 0;
    }

    boolean isNumber() {
        return (info & NUMBER) != 0;
    }

}
