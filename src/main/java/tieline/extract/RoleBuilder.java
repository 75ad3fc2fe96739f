package tieline.extract;

import java.time.LocalDate;

/**
 * One office of an entity while the table gathers it: its title, organization and the dates
 * attested; fixed once the gazetteer has given the dates.
 */
final class RoleBuilder {
    TitleFacts title;
    final String orgId;
    LocalDate from;
    LocalDate to;
    boolean fixed;

    RoleBuilder(TitleFacts title, String orgId) {
        this.title = title;
        this.orgId = orgId;
    }
}
