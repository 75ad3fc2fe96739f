package tieline.cable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * Reads cables from files, folders (recursively) and streams. Never throws for bad input:
 * anything that is not a readable cable becomes a {@link CableProblem} and reading goes on.
 */
public final class CableReader {

    /** Files larger than this are refused: the longest real cables are a few hundred kB. */
    public static final long DEFAULT_MAX_BYTES = 8L * 1024 * 1024;
    /** File name endings skipped when walking a folder: they are never cables. */
    private static final Set<String> SKIPPED_EXTENSIONS = Set.of("csv", "json", "md", "tieline", "png", "svg",
            "pdf", "pptx", "jar", "class", "gexf", "graphml", "bak", "zip", "gz");

    /** How much of a text is looked at for the control characters of binary data. */
    private static final int BINARY_WINDOW = 4 * 1024;

    private final long maxBytes;
    private final boolean useCatalogues;
    private final TextDecoder decoder = new TextDecoder();
    private final CableParser parser = new CableParser();
    private final Map<Path, CableCatalogue> catalogues = new ConcurrentHashMap<>();
    private final List<CableProblem> catalogueProblems = Collections.synchronizedList(new ArrayList<>());

    public CableReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public CableReader(long maxBytes) {
        this(maxBytes, true);
    }

    /**
     * @param maxBytes      files larger than this are refused without being read
     * @param useCatalogues whether an {@code index.csv} catalogue beside cable files supplies id
     *                      and date for cables whose text lacks them (see {@link CableCatalogue})
     */
    public CableReader(long maxBytes, boolean useCatalogues) {
        this.maxBytes = maxBytes;
        this.useCatalogues = useCatalogues;
    }

    /** Reads every path given: files are read as cables, folders are walked recursively. */
    public ReadResult read(List<Path> paths) {
        return read(paths, ReadProgress.NONE, () -> false);
    }

    /** As {@link #read(List)}, reporting progress and stopping early when {@code cancelled} says so. */
    public ReadResult read(List<Path> paths, ReadProgress progress, BooleanSupplier cancelled) {
        List<CableProblem> problems = new ArrayList<>();
        List<Path> files = listFiles(paths, problems);
        int catalogueProblemsBefore = catalogueProblems.size();
        List<Cable> cables = new ArrayList<>();
        int done = 0;
        for (Path file : files) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            CableParser.Outcome outcome = readFile(file);
            if (outcome.cable() != null) {
                cables.add(outcome.cable());
            } else {
                problems.add(outcome.problem());
            }
            progress.update(++done, files.size(), file.toString());
        }
        synchronized (catalogueProblems) {
            problems.addAll(catalogueProblems.subList(catalogueProblemsBefore, catalogueProblems.size()));
        }
        return new ReadResult(cables, problems);
    }

    /** The cable files a read of these paths would visit, in order. */
    public List<Path> listFiles(List<Path> paths, List<CableProblem> problems) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(CableReader::isCandidate).sorted().forEach(files::add);
                } catch (IOException | UncheckedIOException e) {
                    problems.add(new CableProblem(path.toString(), 0, CableProblem.Kind.UNREADABLE,
                            "cannot list folder: " + e.getMessage()));
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                problems.add(new CableProblem(path.toString(), 0, CableProblem.Kind.UNREADABLE,
                        Files.exists(path) ? "not a regular file" : "no such file or folder"));
            }
        }
        return files;
    }

    private static boolean isCandidate(Path file) {
        String name = file.getFileName().toString();
        if (name.startsWith(".")) {
            return false;
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 || !SKIPPED_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * Reads one file; the outcome holds a cable or a problem, never both. A catalogue beside the
     * file, if any and if enabled, supplies id and date the text lacks.
     */
    public CableParser.Outcome readFile(Path file) {
        String name = file.toString();
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                return problem(name, CableProblem.Kind.TOO_LARGE, String.format(Locale.ROOT,
                        "file is %,d bytes; a cable is at most %,d bytes, so this is not read", size, maxBytes));
            }
            byte[] bytes = Files.readAllBytes(file);
            return readBytes(name, bytes, catalogueEntry(file));
        } catch (IOException | SecurityException e) {
            return problem(name, CableProblem.Kind.UNREADABLE, "cannot read file: " + describe(e));
        }
    }

    private static String describe(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private CableCatalogue.Entry catalogueEntry(Path file) {
        if (!useCatalogues) {
            return null;
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null) {
            return null;
        }
        CableCatalogue catalogue = catalogues.computeIfAbsent(folder, f -> {
            Path csv = f.resolve(CableCatalogue.FILE_NAME);
            return Files.isRegularFile(csv) ? CableCatalogue.load(csv, catalogueProblems) : CableCatalogue.empty();
        });
        return catalogue.entryFor(file).orElse(null);
    }

    /** Reads one cable from a stream, reading at most the size limit. The stream is not closed. */
    public CableParser.Outcome readStream(String name, InputStream in) {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                return problem(name, CableProblem.Kind.TOO_LARGE, String.format(Locale.ROOT,
                        "stream holds more than %,d bytes; a cable is never that long, so this is not read", maxBytes));
            }
            return readBytes(name, bytes);
        } catch (IOException e) {
            return problem(name, CableProblem.Kind.UNREADABLE, "cannot read stream: " + e);
        }
    }

    /** Parses bytes already in memory. */
    public CableParser.Outcome readBytes(String name, byte[] bytes) {
        return readBytes(name, bytes, null);
    }

    /**
     * Parses bytes already read from a file: as {@link #readFile}, a catalogue beside the file
     * (if enabled) supplies id and date the text lacks.
     */
    public CableParser.Outcome readBytes(Path file, byte[] bytes) {
        return readBytes(file.toString(), bytes, catalogueEntry(file));
    }

    private CableParser.Outcome readBytes(String name, byte[] bytes, CableCatalogue.Entry catalogued) {
        try {
            if (bytes.length == 0 || isWhitespace(bytes)) {
                return problem(name, CableProblem.Kind.EMPTY, "file is empty; expected a cable text");
            }
            DecodedText decoded = decoder.decode(bytes);
            String text = decoded.text();
            int binaryLine = decoded.latin1() != null ? binaryLine(decoded.latin1(), text.length()) : binaryLine(text);
            if (binaryLine > 0) {
                return new CableParser.Outcome(null, new CableProblem(name, binaryLine, CableProblem.Kind.BINARY,
                        "binary data (control characters), not a cable text"));
            }
            if (looksLikeHtml(text)) {
                return problem(name, CableProblem.Kind.HTML,
                        "an HTML page, not a cable text; save the cable as plain text and open that");
            }
            return parser.parse(name, decoded, catalogued);
        } catch (RuntimeException | StackOverflowError bug) {
            return problem(name, CableProblem.Kind.NOT_A_CABLE, "could not be parsed as a cable: " + bug);
        }
    }

    private static CableParser.Outcome problem(String name, CableProblem.Kind kind, String message) {
        return new CableParser.Outcome(null, new CableProblem(name, 0, kind, message));
    }

    private static boolean isWhitespace(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    /**
     * The 1-based line of the first run of control characters typical of binary data, or 0. The
     * window is copied out first: {@code charAt} on a text of two bytes a character (one with a
     * character above U+00FF) cost ten times more a character than reading the copy.
     */
    private static int binaryLine(String text) {
        int window = Math.min(text.length(), BINARY_WINDOW);
        char[] chars = new char[window];
        text.getChars(0, window, chars, 0);
        int control = 0;
        int firstLine = 0;
        int line = 1;
        for (int i = 0; i < window; i++) {
            char c = chars[i];
            if (c == '\n') {
                line++;
            } else if ((c < 0x20 && c != '\t' && c != '\r' && c != '\f') || c == '\uFFFD') {
                control++;
                if (firstLine == 0) {
                    firstLine = line;
                }
            }
        }
        return control > 0 && control * 200 >= window ? firstLine : (control > 8 ? firstLine : 0);
    }

    /** As {@link #binaryLine(String)} for a text of {@code length} characters held one byte each in {@code latin1}. */
    private static int binaryLine(byte[] latin1, int length) {
        int window = Math.min(length, BINARY_WINDOW);
        int control = 0;
        int firstLine = 0;
        int line = 1;
        for (int i = 0; i < window; i++) {
            byte c = latin1[i];
            if (c == '\n') {
                line++;
            } else if (c >= 0 && c < 0x20 && c != '\t' && c != '\r' && c != '\f') {
                control++;
                if (firstLine == 0) {
                    firstLine = line;
                }
            }
        }
        return control > 0 && control * 200 >= window ? firstLine : (control > 8 ? firstLine : 0);
    }

    /** A text opening with markup that names an HTML document in its first kilobyte. */
    private static boolean looksLikeHtml(String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (start >= text.length() || text.charAt(start) != '<') {
            return false;
        }
        String head = text.substring(start, Math.min(text.length(), start + 1024)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.contains("<html") || head.contains("<head")
                || head.contains("<body");
    }
}
