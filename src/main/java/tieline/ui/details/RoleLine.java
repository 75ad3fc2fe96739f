package tieline.ui.details;

import java.time.LocalDate;

/**
 * An office as the details panel lists it, with the organization's name resolved.
 *
 * @param title        e.g. {@code Minister of Emergency Situations}
 * @param organization the organization's name, or null
 * @param from         first date, or null
 * @param to           last date, or null (current or unknown)
 */
public record RoleLine(String title, String organization, LocalDate from, LocalDate to) {

    /** "Minister of Emergency Situations, Ministry of Emergency Situations". */
    public String office() {
        return organization == null ? title : title + ", " + organization;
    }

    /** "2006-02-06 – " or "1995 – 2006-02-06"; empty when no dates are known. */
    public String period() {
        if (from == null && to == null) {
            return "";
        }
        return (from == null ? "?" : from.toString()) + " \u2013 " + (to == null ? "" : to.toString());
    }
}
