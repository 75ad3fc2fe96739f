package tieline.model;

import java.time.LocalDate;

/**
 * An office a person holds or held.
 *
 * @param title          e.g. {@code Deputy Foreign Minister}
 * @param organizationId the entity id of the organization, or null when unknown
 * @param from           first date the office is attested, or null
 * @param to             last date (null while current or unknown)
 */
public record Role(String title, String organizationId, LocalDate from, LocalDate to) {
}
