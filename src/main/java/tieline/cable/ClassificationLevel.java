package tieline.cable;

/** The ordered security levels a cable or a paragraph can carry, lowest first. */
public enum ClassificationLevel {
    UNCLASSIFIED("UNCLASSIFIED", "U"),
    SENSITIVE("UNCLASSIFIED//SBU", "SBU"),
    CONFIDENTIAL("CONFIDENTIAL", "C"),
    SECRET("SECRET", "S"),
    TOP_SECRET("TOP SECRET", "TS");

    private final String bannerText;
    private final String portionCode;

    ClassificationLevel(String bannerText, String portionCode) {
        this.bannerText = bannerText;
        this.portionCode = portionCode;
    }

    /** Text used in banners, e.g. {@code CONFIDENTIAL}. */
    public String bannerText() {
        return bannerText;
    }

    /** Short code used in portion markings, e.g. {@code C}. */
    public String portionCode() {
        return portionCode;
    }
}
