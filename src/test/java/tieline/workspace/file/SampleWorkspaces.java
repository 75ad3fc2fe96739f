package tieline.workspace.file;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import tieline.cable.Classification;
import tieline.model.EntityType;
import tieline.model.RelationType;
import tieline.workspace.Edit;

/** Workspace files for store tests. */
final class SampleWorkspaces {

    private SampleWorkspaces() {
    }

    /** A workspace holding the given edits, two sources, positions and a full view state. */
    static WorkspaceFile with(List<Edit> edits, int cursor) {
        FilterState filter = new FilterState(LocalDate.of(2007, 1, 1), LocalDate.of(2009, 12, 31),
                Set.of(EntityType.PERSON, EntityType.TOPIC), Set.of(RelationType.MET, RelationType.DISCUSSED),
                Classification.SECRET_NOFORN, Set.of("PREL", "MARR"), Set.of("BAKU"));
        ViewState view = new ViewState(filter, 1.75, -120.5, 33.25, "dark", List.of("person:araz-azimov",
                "rel:person:araz-azimov|topic:tep"));
        return WorkspaceFile.of(Instant.parse("2026-01-05T12:00:00Z"),
                List.of(new SourceRef("cables/08BAKU73.txt", "a".repeat(64), 12_345),
                        new SourceRef("/data/other/09BAKU266.txt", "0123456789abcdef".repeat(4), 9_876)),
                new EditHistory(cursor, edits),
                List.of(new NodePosition("person:araz-azimov", 100, 200, true),
                        new NodePosition("topic:tep", -3.5, 7.25, false)),
                view);
    }

    /** A second, different workspace (the "new" version in save tests). */
    static WorkspaceFile other() {
        return WorkspaceFile.of(Instant.parse("2026-01-06T08:30:00Z"), List.of(), new EditHistory(0, List.of()),
                List.of(new NodePosition("topic:tep", 1, 2, false)), ViewState.initial());
    }
}
