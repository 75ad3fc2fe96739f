package tieline.briefing;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A cable that supports something a briefing shows, as listed in its sources footer.
 *
 * @param cableId the canonical id, e.g. {@code 08BAKU73}
 * @param date    the cable's date, or null when the cable carries none
 */
public record SourceCable(String cableId, LocalDate date) {

    public SourceCable {
        Objects.requireNonNull(cableId, "cableId");
    }

    /** e.g. {@code 08BAKU73 (2008-01-29)}. */
    public String describe() {
        return date == null ? cableId : cableId + " (" + date + ")";
    }
}
