package tieline.extract;

import java.time.LocalDate;

/**
 * One attestation of an office: a person named with a title on a day.
 *
 * @param personId the person
 * @param title    the title as the text gives it
 * @param orgId    the organization, or null
 * @param date     the day the evidence speaks of
 * @param former   true when the text says the office is a past one
 */
record RoleFact(String personId, String title, String orgId, LocalDate date, boolean former) {
}
