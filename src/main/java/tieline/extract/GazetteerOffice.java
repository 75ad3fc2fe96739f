package tieline.extract;

import java.time.LocalDate;

/**
 * An office a gazetteer person holds or held.
 *
 * @param title        e.g. {@code Minister of Defense}
 * @param organization the name, acronym or id of the organization (resolved against the gazetteer)
 * @param from         first day in office, or null when unknown
 * @param to           last day in office, or null while current
 */
public record GazetteerOffice(String title, String organization, LocalDate from, LocalDate to) {

    /** True when the office was held on the given day (open ends count as held). */
    public boolean heldOn(LocalDate day) {
        if (day == null) {
            return to == null;
        }
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}
