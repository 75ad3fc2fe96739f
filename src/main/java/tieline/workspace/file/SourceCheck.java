package tieline.workspace.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Re-hashes a workspace's cable files and reports which are unchanged, changed, moved or missing.
 * A missing file is looked for by content (size, then SHA-256) in the folders of the other
 * sources and under the workspace's folder, so a renamed or moved cable is still found.
 */
public final class SourceCheck {

    /** How deep the workspace's folder is searched for moved files. */
    private static final int SEARCH_DEPTH = 4;
    /** The search gives up after looking at this many files (a workspace kept in a huge folder). */
    private static final int SEARCH_LIMIT = 50_000;

    private SourceCheck() {
    }

    /** Checks every source of a workspace kept in {@code folder} (null for untitled: paths are absolute). */
    public static List<SourceStatus> check(Path folder, List<SourceRef> sources) {
        List<SourceStatus> out = new ArrayList<>(sources.size());
        List<SourceRef> missing = new ArrayList<>();
        Set<Path> searchFolders = new LinkedHashSet<>();
        for (SourceRef s : sources) {
            Path p = SourcePaths.resolve(folder, s.path());
            if (p.getParent() != null && Files.isDirectory(p.getParent())) {
                searchFolders.add(p.getParent());
            }
            if (!Files.isRegularFile(p)) {
                missing.add(s);
                out.add(null);
                continue;
            }
            String now = hashOrNull(p);
            if (now == null) {
                missing.add(s);
                out.add(null);
            } else {
                out.add(new SourceStatus(s, now.equals(s.sha256()) ? SourceStatus.State.UNCHANGED
                        : SourceStatus.State.CHANGED, p, now));
            }
        }
        Map<SourceRef, Path> moved = missing.isEmpty() ? Map.of() : findByContent(folder, searchFolders, missing);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) == null) {
                SourceRef s = sources.get(i);
                Path found = moved.get(s);
                out.set(i, found != null ? new SourceStatus(s, SourceStatus.State.MOVED, found, s.sha256())
                        : new SourceStatus(s, SourceStatus.State.MISSING, null, null));
            }
        }
        return out;
    }

    private static Map<SourceRef, Path> findByContent(Path folder, Set<Path> folders, List<SourceRef> missing) {
        Map<Long, List<SourceRef>> bySize = new HashMap<>();
        for (SourceRef s : missing) {
            bySize.computeIfAbsent(s.size(), k -> new ArrayList<>()).add(s);
        }
        Map<SourceRef, Path> found = new HashMap<>();
        Set<Path> seen = new LinkedHashSet<>();
        List<Path> candidates = new ArrayList<>();
        for (Path f : folders) {
            list(f, 1, candidates, seen);
        }
        if (folder != null && Files.isDirectory(folder)) {
            list(folder, SEARCH_DEPTH, candidates, seen);
        }
        for (Path c : candidates) {
            if (found.size() == missing.size()) {
                break;
            }
            long size;
            try {
                size = Files.size(c);
            } catch (IOException e) {
                continue;
            }
            List<SourceRef> sameSize = bySize.get(size);
            if (sameSize == null) {
                continue;
            }
            String hash = hashOrNull(c);
            for (SourceRef s : sameSize) {
                if (s.sha256().equals(hash) && !found.containsKey(s)) {
                    found.put(s, c);
                }
            }
        }
        return found;
    }

    private static void list(Path folder, int depth, List<Path> into, Set<Path> seen) {
        try (Stream<Path> walk = Files.walk(folder, depth)) {
            walk.filter(Files::isRegularFile).limit(SEARCH_LIMIT).map(p -> p.toAbsolutePath().normalize())
                    .filter(seen::add).forEach(into::add);
        } catch (IOException | UncheckedIOException e) {
            // An unreadable folder simply holds no candidates.
        }
    }

    private static String hashOrNull(Path p) {
        try {
            return ContentHash.of(p);
        } catch (IOException e) {
            return null;
        }
    }
}
