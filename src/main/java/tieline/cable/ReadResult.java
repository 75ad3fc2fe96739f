package tieline.cable;

import java.util.ArrayList;
import java.util.List;

/** The cables read from some files, folders or streams, and the problems met on the way. */
public record ReadResult(List<Cable> cables, List<CableProblem> problems) {

    public ReadResult {
        cables = List.copyOf(cables);
        problems = List.copyOf(problems);
    }

    public static ReadResult empty() {
        return new ReadResult(List.of(), List.of());
    }

    /** This result followed by another. */
    public ReadResult plus(ReadResult other) {
        List<Cable> c = new ArrayList<>(cables);
        c.addAll(other.cables);
        List<CableProblem> p = new ArrayList<>(problems);
        p.addAll(other.problems);
        return new ReadResult(c, p);
    }
}
