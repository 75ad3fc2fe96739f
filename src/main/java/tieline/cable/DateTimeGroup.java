package tieline.cable;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message date-time group such as {@code P 290505Z JAN 08}: the precedence letter (the first
 * when action and info precedences are both given, {@code O R 111519Z FEB 10}) and the UTC
 * instant. Trailing service codes ({@code ZDK}, {@code ZFF4}) and text glued after the year are
 * ignored.
 *
 * @param instant    the time the message was released, UTC
 * @param precedence the action precedence, or null when the line carries none
 */
record DateTimeGroup(Instant instant, Precedence precedence) {

    private static final Pattern DTG = Pattern.compile(
            "^\\s*(?:([RPOZ])(?:\\s?[RPOZ])?\\s+)?(\\d{2})(\\d{2})(\\d{2})Z\\s+([A-Za-z]{3})\\s+(\\d{4}|\\d{2})(?!\\d).*$");
    /** Day, hour and minute: the six digits before the Z. */
    private static final int TIME_DIGITS = 6;
    private static final String[] MONTHS = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT",
        "NOV", "DEC"};

    /** The date-time group on this line, or null when the line is not one (or names an impossible date). */
    static DateTimeGroup parse(String line) {
        if (!holdsTime(line)) {
            return null;
        }
        Matcher m = DTG.matcher(line);
        if (!m.matches()) {
            return null;
        }
        int month = month(m.group(5));
        if (month < 1) {
            return null;
        }
        Instant instant = instant(fullYear(Integer.parseInt(m.group(6))), month, Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
        if (instant == null) {
            return null;
        }
        Precedence precedence = m.group(1) == null ? null : Precedence.fromCode(m.group(1).charAt(0));
        return new DateTimeGroup(instant, precedence);
    }

    /**
     * True when the line holds six digits followed by a Z (day, hour and minute of {@code 290505Z}),
     * as every date-time group does: a cheap test before the pattern, which is asked of every
     * header line of a cable until its group is found.
     */
    static boolean holdsTime(String line) {
        for (int z = line.indexOf('Z', TIME_DIGITS); z >= 0; z = line.indexOf('Z', z + 1)) {
            int digits = 0;
            while (digits < TIME_DIGITS && isDigit(line.charAt(z - 1 - digits))) {
                digits++;
            }
            if (digits == TIME_DIGITS) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** 1-based month of a three-letter English month name in any case, or -1. */
    static int month(String name) {
        String upper = name.length() >= 3 ? name.substring(0, 3).toUpperCase(Locale.ROOT) : "";
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equals(upper)) {
                return i + 1;
            }
        }
        return -1;
    }

    /** A two-digit year as cables write it: 60-99 are the 1900s, 00-59 the 2000s. */
    static int fullYear(int year) {
        if (year >= 100) {
            return year;
        }
        return year + (year >= 60 ? 1900 : 2000);
    }

    /** The UTC instant for these fields, or null when they name no real time. */
    static Instant instant(int year, int month, int day, int hour, int minute) {
        try {
            return LocalDateTime.of(year, month, day, hour, minute).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException invalid) {
            return null;
        }
    }
}
