package tieline.cable;

/**
 * Where a cable's id, date and overall classification came from; a component is null when the
 * field itself is absent.
 *
 * @param id             source of {@link Cable#id()}
 * @param dateTime       source of {@link Cable#dateTime()}
 * @param classification source of {@link Cable#classification()}
 */
public record Provenance(FieldSource id, FieldSource dateTime, FieldSource classification) {

    /** Provenance for fields all read from the cable text: TEXT where the value is present. */
    public static Provenance fromText(Object id, Object dateTime, Object classification) {
        return new Provenance(id == null ? null : FieldSource.TEXT, dateTime == null ? null : FieldSource.TEXT,
                classification == null ? null : FieldSource.TEXT);
    }
}
