package tieline.cable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tieline.Corpus;

/**
 * What the reader does with input that is not a good cable: a typed, readable problem naming the
 * file (and line where there is one), reading going on past it, and no exception escaping; plus
 * the encodings it must recognise.
 */
class BadInputTest {

    private static final String SEED = "08BAKU73.txt";

    @TempDir
    Path dir;

    private final CableReader reader = new CableReader();

    private static byte[] seedBytes() throws IOException {
        return Files.readAllBytes(Corpus.sampleData().resolve(SEED));
    }

    private CableProblem problemOf(Path file) {
        CableParser.Outcome outcome = reader.readFile(file);
        assertNull(outcome.cable(), "expected no cable from " + file);
        assertNotNull(outcome.problem());
        assertEquals(file.toString(), outcome.problem().source());
        assertTrue(outcome.problem().describe().startsWith(file.toString()), outcome.problem().describe());
        return outcome.problem();
    }

    @Test
    void emptyFile() throws IOException {
        Path file = Files.write(dir.resolve("empty.txt"), new byte[0]);
        CableProblem p = problemOf(file);
        assertEquals(CableProblem.Kind.EMPTY, p.kind());
        assertTrue(p.message().contains("empty"), p.message());
    }

    @Test
    void whitespaceOnlyFile() throws IOException {
        Path file = Files.writeString(dir.resolve("blank.txt"), " \n\t\r\n   \n");
        assertEquals(CableProblem.Kind.EMPTY, problemOf(file).kind());
    }

    @Test
    void binaryFileWithNulBytes() throws IOException {
        byte[] noise = new byte[20_000];
        new Random(42).nextBytes(noise);
        for (int i = 0; i < noise.length; i += 97) {
            noise[i] = 0;
        }
        Path file = Files.write(dir.resolve("photo.bin"), noise);
        CableProblem p = problemOf(file);
        assertEquals(CableProblem.Kind.BINARY, p.kind());
        assertTrue(p.line() >= 1, "binary data is located at a line");
        assertTrue(p.describe().matches(".*photo\\.bin:\\d+: binary data.*"), p.describe());
    }

    @Test
    void htmlPage() throws IOException {
        Path file = Files.writeString(dir.resolve("08BAKU73.html"), "<!DOCTYPE html>\n<html><head><title>Cable "
                + "08BAKU73</title></head>\n<body><p>C O N F I D E N T I A L BAKU 000073</p></body></html>\n");
        CableProblem p = problemOf(file);
        assertEquals(CableProblem.Kind.HTML, p.kind());
        assertTrue(p.message().contains("HTML"), p.message());
    }

    @Test
    void htmlFragmentWithoutDoctype() throws IOException {
        Path file = Files.writeString(dir.resolve("page.txt"), "  <head><meta charset=utf-8></head><body>x</body>");
        assertEquals(CableProblem.Kind.HTML, problemOf(file).kind());
    }

    @Test
    void proseThatIsNotACable() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "Shopping list\nbread\nmilk\n");
        CableProblem p = problemOf(file);
        assertEquals(CableProblem.Kind.NOT_A_CABLE, p.kind());
        assertTrue(p.message().contains("expected a date-time group"), p.message());
    }

    @Test
    void printableNoiseBelowTheSizeLimitIsNotACable() throws IOException {
        Random random = new Random(7);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 .,;:()-/&'\"";
        for (boolean lines : new boolean[]{true, false}) {
            StringBuilder noise = new StringBuilder();
            while (noise.length() < 5_000_000) {
                noise.append(alphabet.charAt(random.nextInt(alphabet.length())));
                if (lines && random.nextInt(70) == 0) {
                    noise.append('\n');
                }
            }
            Path file = Files.writeString(dir.resolve("noise-" + lines + ".txt"), noise);
            assertEquals(CableProblem.Kind.NOT_A_CABLE, problemOf(file).kind());
        }
    }

    @Test
    void fileOf200MegabytesIsRefusedBySize() throws IOException {
        Path file = dir.resolve("noise.txt");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(200L * 1024 * 1024);
        }
        // Where permissions are enforced, an unreadable file proves the size check comes before any read.
        boolean unreadable = file.toFile().setReadable(false) && !Files.isReadable(file);
        CableProblem p = problemOf(file);
        assertEquals(CableProblem.Kind.TOO_LARGE, p.kind(), "unreadable=" + unreadable + ": " + p.describe());
        assertTrue(p.message().contains("209,715,200 bytes"), p.message());
    }

    @Test
    void hugeStreamIsReadOnlyUpToTheLimit() {
        long limit = 1024 * 1024;
        CountingStream endless = new CountingStream(200L * 1024 * 1024);
        CableParser.Outcome outcome = new CableReader(limit).readStream("upload", endless);
        assertEquals(CableProblem.Kind.TOO_LARGE, outcome.problem().kind());
        assertTrue(endless.read <= limit + 1, "read " + endless.read + " bytes");
    }

    @Test
    void unreadableFile() throws IOException {
        Path file = Files.write(dir.resolve("locked.txt"), seedBytes());
        Assumptions.assumeTrue(file.toFile().setReadable(false) && !Files.isReadable(file),
                "permissions are not enforced here (running as root?)");
        CableProblem p = problemOf(file);
        assertEquals(CableProblem.Kind.UNREADABLE, p.kind());
        assertTrue(p.message().contains("permission denied"), p.message());
    }

    @Test
    void missingPathIsAProblemNotAnException() {
        ReadResult result = reader.read(List.of(dir.resolve("no-such-folder")));
        assertEquals(List.of(), result.cables());
        assertEquals(1, result.problems().size());
        assertEquals(CableProblem.Kind.UNREADABLE, result.problems().get(0).kind());
        assertTrue(result.problems().get(0).describe().contains("no-such-folder: no such file or folder"));
    }

    @Test
    void utf8WithByteOrderMark() throws IOException {
        byte[] seed = seedBytes();
        byte[] withBom = new byte[seed.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(seed, 0, withBom, 3, seed.length);
        Cable c = reader.readBytes("bom.txt", withBom).cable();
        assertSameAsSeed(c);
        assertFalse(c.text().startsWith("\uFEFF"));
    }

    @Test
    void utf16LittleAndBigEndianWithByteOrderMark() throws IOException {
        String text = new String(seedBytes(), StandardCharsets.UTF_8);
        for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] bom = charset == StandardCharsets.UTF_16LE ? new byte[]{(byte) 0xFF, (byte) 0xFE}
                    : new byte[]{(byte) 0xFE, (byte) 0xFF};
            out.writeBytes(bom);
            out.writeBytes(text.getBytes(charset));
            assertEquals(charset, new TextDecoder().decode(out.toByteArray()).charset());
            assertSameAsSeed(reader.readBytes("utf16.txt", out.toByteArray()).cable());
        }
    }

    @Test
    void windows1252Fallback() throws IOException {
        String text = new String(seedBytes(), StandardCharsets.UTF_8).replace("¶", "")
                .replace("\"nothing is undoable,\"", "\u201Cnothing is undoable,\u201D");
        byte[] bytes = text.getBytes(Charset.forName("windows-1252"));
        assertTrue(indexOf(bytes, (byte) 0x93) > 0 && indexOf(bytes, (byte) 0x94) > 0, "curly quotes as 0x93/0x94");
        DecodedText decoded = new TextDecoder().decode(bytes);
        assertEquals(Charset.forName("windows-1252"), decoded.charset());
        Cable c = reader.readBytes("cp1252.txt", bytes).cable();
        assertSameAsSeed(c);
        assertTrue(c.paragraph(3).orElseThrow().text().contains("\u201Cnothing is undoable,\u201D"));
    }

    @Test
    void folderWithGoodAndBadFilesGoesOn() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("inbox/nested"));
        Files.write(dir.resolve("inbox/08BAKU73.txt"), seedBytes());
        Files.write(folder.resolve("09BAKU433.txt"), Files.readAllBytes(Corpus.sampleData().resolve("09BAKU433.txt")));
        Files.write(dir.resolve("inbox/a-empty.txt"), new byte[0]);
        Files.write(folder.resolve("b-binary.dat"), new byte[]{0, 1, 2, 3, 0, 0, 0, 5, 6, 0, 0, 0, 0, 0, 0, 0, 0});
        Files.writeString(folder.resolve("c-page.htm"), "<html><body>not a cable</body></html>");
        ReadResult result = reader.read(List.of(dir.resolve("inbox")));
        assertEquals(List.of("08BAKU73", "09BAKU433"), result.cables().stream().map(Cable::id).sorted().toList());
        assertEquals(3, result.problems().size(), result.problems().toString());
        List<String> described = result.problems().stream().map(CableProblem::describe).toList();
        assertTrue(described.stream().anyMatch(d -> d.contains("a-empty.txt") && d.contains("empty")), described.toString());
        assertTrue(described.stream().anyMatch(d -> d.contains("b-binary.dat") && d.contains("binary")), described.toString());
        assertTrue(described.stream().anyMatch(d -> d.contains("c-page.htm") && d.contains("HTML")), described.toString());
    }

    @Test
    void stream() throws IOException {
        InputStream in = new ByteArrayInputStream(seedBytes());
        CableParser.Outcome outcome = reader.readStream("clipboard", in);
        assertSameAsSeed(outcome.cable());
        assertEquals("clipboard", outcome.cable().source());
    }

    private static void assertSameAsSeed(Cable c) {
        assertNotNull(c);
        assertEquals("08BAKU73", c.id());
        assertEquals("AZERBAIJANI DEPUTY FOREIGN MINISTER REVIEWS BILATERAL SECURITY ISSUES", c.subject());
        assertEquals(11, c.paragraphs().size());
        assertEquals("DERSE", c.signer());
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** An input stream of spaces that counts how much was read from it. */
    private static final class CountingStream extends InputStream {
        private final long size;
        long read;

        CountingStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            read++;
            return ' ';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - read);
            java.util.Arrays.fill(b, off, off + n, (byte) ' ');
            read += n;
            return n;
        }
    }
}
