package tieline.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How cables abbreviate the host government: "GO" and the country's initials, as posts write
 * them (GOB in Brasilia is the Government of Brazil, in La Paz of Bolivia; GOCR the Government
 * of Costa Rica; GOAM of Armenia). The same letters mean a different government at another post,
 * so the acronym is read against one country: the post's, or the one the text names beside it.
 */
final class GovernmentAcronym {

    /** What separates the words of a country's name ("BOSNIA AND HERZEGOVINA", "GUINEA-BISSAU"). */
    private static final Pattern WORD_BREAKS = Pattern.compile("[\\s-]+");

    private GovernmentAcronym() {
    }

    /** True when {@code acronym} is "GO" (any case of the "o") plus one of the country's abbreviations. */
    static boolean standsFor(String acronym, Country country) {
        if (acronym == null || country == null || acronym.length() < 3 || acronym.length() > 5
                || acronym.charAt(0) != 'G' || Character.toUpperCase(acronym.charAt(1)) != 'O') {
            return false;
        }
        String code = acronym.substring(2);
        if (!code.equals(code.toUpperCase(Locale.ROOT))) {
            return false;
        }
        String name = country.name().toUpperCase(Locale.ROOT);
        StringBuilder initials = new StringBuilder();
        // the pattern compiled once: a body's acronym is asked about for every "GO..." the cables write
        for (String w : WORD_BREAKS.split(name)) {
            if (!w.isEmpty() && !w.equals("OF") && !w.equals("THE") && !w.equals("AND")) {
                initials.append(w.charAt(0));
            }
        }
        return code.equals(initials.toString()) || code.equals(name.substring(0, 1))
                || name.length() >= 2 && code.equals(name.substring(0, 2));
    }
}
