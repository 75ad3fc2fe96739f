package tieline.briefing;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One relationship on a timeline picture: its label and its evidence, sorted by date.
 *
 * @param label    e.g. {@code Araz Azimov - TEP}
 * @param evidence the marks, oldest first (every one dated)
 */
public record TimelineRow(String label, List<SceneEvidence> evidence) {

    public TimelineRow {
        Objects.requireNonNull(label, "label");
        if (evidence.stream().anyMatch(e -> e.date() == null)) {
            throw new IllegalArgumentException("a timeline row holds dated evidence only: " + label);
        }
        evidence = evidence.stream().sorted(Comparator.comparing(SceneEvidence::date)).toList();
    }
}
