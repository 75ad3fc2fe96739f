package tieline.cable;

/** How urgently a cable was sent: the letter before its date-time group. */
public enum Precedence {
    ROUTINE('R'), PRIORITY('P'), IMMEDIATE('O'), FLASH('Z');

    private final char code;

    Precedence(char code) {
        this.code = code;
    }

    public char code() {
        return code;
    }

    /** The precedence for a DTG letter, or {@code null} if the letter is not one. */
    public static Precedence fromCode(char c) {
        for (Precedence p : values()) {
            if (p.code == Character.toUpperCase(c)) {
                return p;
            }
        }
        return null;
    }
}
