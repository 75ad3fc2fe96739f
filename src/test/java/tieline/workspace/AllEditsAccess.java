package tieline.workspace;

import java.util.List;

/** Gives tests in other packages the sample of every edit kind. */
public final class AllEditsAccess {

    private AllEditsAccess() {
    }

    public static List<Edit> sample() {
        return AllEdits.sample();
    }
}
