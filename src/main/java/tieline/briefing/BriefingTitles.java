package tieline.briefing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The default headline of a briefing, from what it is about and the range it covers, e.g.
 * {@code Kamaladdin Heydarov: relationships, May 2007 - Jun 2009}.
 */
public final class BriefingTitles {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private BriefingTitles() {
    }

    /** {@code May 2007 - Jun 2009}, {@code May 2007} when both ends fall in one month, empty when unknown. */
    public static String range(LocalDate first, LocalDate last) {
        if (first == null && last == null) {
            return "";
        }
        if (first == null) {
            return "until " + MONTH.format(last);
        }
        if (last == null) {
            return "from " + MONTH.format(first);
        }
        String a = MONTH.format(first);
        String b = MONTH.format(last);
        return a.equals(b) ? a : a + " - " + b;
    }

    /** The network headline: about the focus, else about the selected names, else the whole network. */
    public static String network(String focusName, List<String> selectedNames, String range) {
        String subject;
        if (focusName != null) {
            subject = focusName + ": relationships";
        } else if (selectedNames.size() == 1) {
            subject = selectedNames.get(0) + ": relationships";
        } else if (selectedNames.size() == 2) {
            subject = selectedNames.get(0) + " and " + selectedNames.get(1) + ": relationships";
        } else if (selectedNames.size() > 2) {
            subject = selectedNames.get(0) + ", " + selectedNames.get(1) + " and " + (selectedNames.size() - 2)
                    + (selectedNames.size() == 3 ? " other" : " others") + ": relationships";
        } else {
            subject = "Relationship network";
        }
        return withRange(subject, range);
    }

    /** {@code Araz Azimov - TEP: timeline, ...} or {@code Araz Azimov: relationships over time, ...}. */
    public static String timeline(String focusName, String otherName, String range) {
        String subject = otherName == null ? focusName + ": relationships over time"
                : focusName + " \u2013 " + otherName + ": timeline";
        return withRange(subject, range);
    }

    /** {@code Ministry of Emergency Situations to CEIP: connection, ...}. */
    public static String path(String fromName, String toName, String range) {
        return withRange(fromName + " to " + toName + ": connection", range);
    }

    private static String withRange(String subject, String range) {
        return range.isEmpty() ? subject : subject + ", " + range;
    }
}
