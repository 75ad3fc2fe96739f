package tieline.cable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The header fields of one cable as {@link HeaderReader} finds them; absent fields stay null or empty. */
final class CableHeader {
    DateTimeGroup dateTimeGroup;
    /** The serial in the routing line {@code DE RUEHKB #0073/01 0290505}, or -1. */
    int routingSerial = -1;
    String origin;
    final List<String> to = new ArrayList<>();
    final List<String> info = new ArrayList<>();
    ClassificationBanner banner;
    boolean sensitive;
    final Set<String> caveats = new LinkedHashSet<>();
    String eoLine;
    LocalDate declassifyOn;
    final Set<String> tags = new LinkedHashSet<>();
    String subject;
    String refText;
    String classifiedBy;
    /** Index of the first line after the header. */
    int bodyStart;

    /** The overall classification from banner and caveat lines, or null without a banner. */
    Classification classification() {
        if (banner == null) {
            return null;
        }
        ClassificationLevel level = banner.level();
        if (level == ClassificationLevel.UNCLASSIFIED && (sensitive || banner.sensitive())) {
            level = ClassificationLevel.SENSITIVE;
        }
        Set<String> all = new LinkedHashSet<>(banner.caveats());
        all.addAll(caveats);
        return new Classification(level, all);
    }
}
