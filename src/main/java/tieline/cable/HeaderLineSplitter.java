package tieline.cable;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Re-breaks header lines that transcription ran together, e.g.
 * {@code C O N F I D E N T I A L CAIRO 000941SIPDISE.O. 12958: DECL: 02/14/2016 TAGS: PTER EG}
 * becomes the banner, {@code SIPDIS}, the E.O. line and the TAGS line. Breaks go before the
 * field names cables use ({@code SIPDIS}, {@code E.O. 12958}, {@code TAGS:}, {@code SUBJECT:},
 * {@code REF:}, {@code Classified By}), before a numbered and marked paragraph
 * ({@code 1. (C) GOL officials ...}) and before a portion marking that opens a sentence
 * ({@code (U) We delivered ...}); only the executive orders that govern classification count, so
 * a subject naming {@code E.O. 13382} stays whole. An archive's
 * {@code Cable dated:2006-02-07T22:12:00} run into the banner is cut off too, and the fields of a
 * CSV export ({@code ... PRIORITY","C O N F I D E N T I A L ...}) are put on lines of their own.
 *
 * <p>Each field name is found by a literal search and then confirmed by a small pattern at that
 * place, which keeps long prose lines cheap.
 */
final class HeaderLineSplitter {

    /** A word opening a sentence: {@code We}, {@code THIS}; not the {@code AND} of {@code (C) AND (D)}. */
    static final String OPENS_SENTENCE = "(?!AND\\b|OR\\b)[A-Z](?:[a-z]|[A-Z]{2})";
    private static final String CLASSIFICATION_ORDERS = "(?:12958|13526|13292|12356|12065|11652)";

    /**
     * A field name: the literal that finds it, the pattern that confirms it there (null when the
     * literal is the whole field name), where the break goes.
     */
    private record Field(String literal, Pattern confirm, int breakOffset) {
    }

    /** An array, not a list: every header line walks it, and a list's iterator costs more than the search. */
    private static final Field[] FIELDS = {
            new Field("Cable dated:", Pattern.compile("Cable dated:\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d"), 31),
            new Field("SIPDIS", null, 0),
            new Field("\",\"", null, 2),
            new Field("E.", Pattern.compile("E\\.\\s?[O0]\\.\\s?" + CLASSIFICATION_ORDERS), 0),
            new Field("EO ", Pattern.compile("(?<![A-Za-z])EO\\s" + CLASSIFICATION_ORDERS), 0),
            new Field("TAG", Pattern.compile("(?<![a-z])TAGS?:"), 0),
            new Field("SUBJ", Pattern.compile("SUBJ(?:ECT)?:"), 0),
            new Field("REF", Pattern.compile("REF(?:S|TEL|TELS)?:"), 0),
            new Field("lassified", Pattern.compile("(?<=\\s[Cc])lassified\\s+[Bb][Yy]\\b"), -1),
            new Field("LASSIFIED", Pattern.compile("(?<=\\sC)LASSIFIED\\s+BY\\b"), -1),
            new Field(".", Pattern.compile("(?<=\\s\\d{1,2})\\.\\s{0,3}\\((?:U|C|S|SBU|S/NF|C/NF|U//FOUO)\\)"), 0),
            new Field(") ", Pattern.compile("(?<=\\s\\((?:U|C|S|SBU|S/NF|C/NF|U//FOUO))\\)\\s+"
                    + OPENS_SENTENCE), 0)};
    /** {@code (U) Classified by}: a marking written before the Classified By line belongs to it. */
    private static final Pattern MARKING_BEFORE = Pattern.compile("\\(\\w{1,3}\\)\\s$");

    private HeaderLineSplitter() {
    }

    /** The line split before every field name that does not start it; the line alone when there is none. */
    static List<String> split(String line) {
        if (line.length() < 8) {
            return List.of(line);
        }
        TreeSet<Integer> breaks = null;
        for (Field field : FIELDS) {
            int from = 0;
            int at;
            while ((at = line.indexOf(field.literal(), from)) >= 0) {
                from = at + 1;
                int breakAt = confirmedBreak(line, at, field);
                if (breakAt > 0) {
                    if (breaks == null) {
                        breaks = new TreeSet<>();
                    }
                    breaks.add(breakAt);
                }
            }
        }
        if (breaks == null) {
            return List.of(line);
        }
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int breakAt : breaks) {
            if (breakAt <= from || line.substring(from, breakAt).isBlank()) {
                continue;
            }
            parts.add(line.substring(from, breakAt).stripTrailing());
            from = breakAt;
        }
        String tail = line.substring(from);
        if (!tail.isBlank()) {
            parts.add(tail);
        }
        return parts.isEmpty() ? List.of(line) : parts;
    }

    /** Where the line breaks for a field name found at {@code at}, or -1 when it is no field name. */
    private static int confirmedBreak(String line, int at, Field field) {
        if (!mayConfirm(line, at, field)) {
            return -1;
        }
        if (field.literal().equals(".")) {
            Matcher m = field.confirm().matcher(line).region(at, line.length()).useTransparentBounds(true);
            if (!m.lookingAt()) {
                return -1;
            }
            int digits = at;
            while (digits > 0 && Character.isDigit(line.charAt(digits - 1))) {
                digits--;
            }
            return digits > firstNonSpace(line) ? digits : -1;
        }
        if (field.literal().equals(") ")) {
            int open = line.lastIndexOf('(', at);
            if (open <= 0) {
                return -1;
            }
            if (followsColonOrLabel(line, open)) {
                return -1;
            }
            Matcher m = field.confirm().matcher(line).region(at, line.length()).useTransparentBounds(true);
            return m.lookingAt() ? open : -1;
        }
        int start = at + Math.min(field.breakOffset(), 0);
        if (start < 0) {
            return -1;
        }
        // a break at or before the line's first word splits nothing, whatever the pattern says
        if (field.breakOffset() <= 0 && start <= firstNonSpace(line)) {
            return -1;
        }
        if (field.confirm() != null
                && !field.confirm().matcher(line).region(at, line.length()).useTransparentBounds(true).lookingAt()) {
            return -1;
        }
        if (field.breakOffset() > 0) {
            return at + field.breakOffset() < line.length() ? at + field.breakOffset() : -1;
        }
        if (field.breakOffset() < 0) {
            Matcher marking = MARKING_BEFORE.matcher(line).region(Math.max(0, start - 6), start);
            if (marking.find()) {
                start = marking.start();
            }
        }
        return start > firstNonSpace(line) ? start : -1;
    }

    /**
     * False where the confirming pattern certainly fails: a test of the characters next to the
     * literal before a pattern is run (text lines hold many full stops and closing brackets).
     * A full stop of a paragraph number follows a digit and is followed, after spaces, by an
     * opening bracket; a closing bracket of a portion marking follows its last letter.
     */
    private static boolean mayConfirm(String line, int at, Field field) {
        switch (field.literal()) {
            case ".": {
                if (at == 0 || !Character.isDigit(line.charAt(at - 1))) {
                    return false;
                }
                int i = at + 1;
                while (i < line.length() && i <= at + 4 && line.charAt(i) != '(') {
                    i++;
                }
                return i < line.length() && line.charAt(i) == '(';
            }
            case ") ":
                return at > 0 && "UCSFO".indexOf(line.charAt(at - 1)) >= 0;
            default:
                return true;
        }
    }

    /**
     * {@code SUBJECT: (S) ...} and {@code 1. (C) ...}: a marking after a field name or a paragraph
     * number stays with it.
     */
    private static boolean followsColonOrLabel(String line, int open) {
        int i = open - 1;
        while (i >= 0 && line.charAt(i) == ' ') {
            i--;
        }
        if (i < 0) {
            return false;
        }
        if (line.charAt(i) == ':') {
            return true;
        }
        if (line.charAt(i) != '.') {
            return false;
        }
        int digits = 0;
        while (i - 1 - digits >= 0 && Character.isDigit(line.charAt(i - 1 - digits))) {
            digits++;
        }
        int before = i - 1 - digits;
        return digits >= 1 && digits <= 2 && (before < 0 || Character.isWhitespace(line.charAt(before)));
    }

    private static int firstNonSpace(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i;
    }
}
