package tieline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import tieline.model.Entity;
import tieline.model.Evidence;
import tieline.model.Extraction;
import tieline.model.Role;

/**
 * A readable, sorted text listing of an extraction: entities with type, aliases and roles,
 * then one line per evidence ({@code source | type | target | cable ¶n | date dateFrom}).
 * Used for golden tests and for reviewing extraction by eye.
 */
public final class ExtractionListing {

    private ExtractionListing() {
    }

    public static String of(Extraction extraction) {
        StringBuilder sb = new StringBuilder();
        sb.append("# entities (").append(extraction.entities().size()).append(")\n");
        for (Entity e : extraction.entities()) {
            sb.append(e.id()).append(" | ").append(e.type()).append(" | ").append(e.name());
            if (!e.aliases().isEmpty()) {
                sb.append(" | aliases: ").append(e.aliases().stream().sorted().collect(Collectors.joining("; ")));
            }
            for (Role r : e.roles()) {
                sb.append("\n    role: ").append(r.title());
                if (r.organizationId() != null) {
                    sb.append(" @ ").append(r.organizationId());
                }
                sb.append(" [").append(r.from() == null ? "" : r.from()).append(" .. ")
                        .append(r.to() == null ? "" : r.to()).append("]");
            }
            sb.append('\n');
        }
        List<String> lines = new ArrayList<>();
        for (Evidence ev : extraction.evidence()) {
            lines.add(ev.sourceId() + " | " + ev.type() + " | " + ev.targetId() + " | " + ev.cableId() + " \u00b6"
                    + ev.paragraph() + " | " + ev.date() + " " + ev.dateFrom());
        }
        lines.sort(null);
        sb.append("# evidence (").append(lines.size()).append(")\n");
        lines.forEach(l -> sb.append(l).append('\n'));
        return sb.toString();
    }
}
