package tieline.workspace;

/** Gives tests in other packages the fixture extraction engine. */
public final class FixtureEngineAccess {

    private FixtureEngineAccess() {
    }

    /** A fresh engine; see {@link FixtureEngine}. */
    public static ExtractionEngine engine() {
        return new FixtureEngine();
    }

    /** How many extraction runs the engine made. */
    public static int runs(ExtractionEngine engine) {
        return ((FixtureEngine) engine).runs;
    }
}
