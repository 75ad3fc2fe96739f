package tieline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Locates the shared development corpus ({@code ../shared/corpus}) for tests and benchmarks.
 * Tests that need it call {@code Assumptions.assumeTrue(Corpus.root().isPresent())} so they
 * skip cleanly on machines without it.
 */
public final class Corpus {

    private Corpus() {
    }

    /** The corpus folder: {@code -Dtieline.corpus}, else {@code ../shared/corpus}, else {@code /work/shared/corpus}. */
    public static Optional<Path> root() {
        return Stream.of(System.getProperty("tieline.corpus"), "../shared/corpus", "/work/shared/corpus")
                .filter(s -> s != null && !s.isBlank())
                .map(Path::of)
                .filter(p -> Files.isDirectory(p.resolve("seeds")))
                .findFirst();
    }

    /** The folder of the five seed cables, shipped in the repository. */
    public static Path sampleData() {
        return Path.of("sample-data");
    }
}
