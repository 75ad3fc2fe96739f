package tieline.cable;

/** Where the value of a cable header field was found. */
public enum FieldSource {
    /** The cable's own text: date-time group, classification banner, routing header. */
    TEXT,
    /** Metadata an archive wrote into the file beside the cable, e.g. {@code Cable dated:2005-05-23T14:26:00}. */
    ARCHIVE_RECORD,
    /** A catalogue file ({@code index.csv}) beside the cable files; the date is then known to the day only. */
    CATALOGUE
}
