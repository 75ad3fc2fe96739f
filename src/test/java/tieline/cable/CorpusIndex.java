package tieline.cable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code index.csv} files of the shared corpus read as an oracle: for each cable file the
 * id, date, classification and subject the archive lists. Comparisons allow for the archive's
 * own habits: its subjects sometimes run on into the REF or Classified By line, or stop at a
 * preview's "..."; it writes SBU as {@code UNCLASSIFIED//FOR OFFICIAL USE ONLY}.
 */
final class CorpusIndex {

    /** One row of an index. */
    record Row(String id, String date, String classification, String subject) {
    }

    private final Map<String, Row> byFileStem = new HashMap<>();

    /** Reads {@code index.csv} in each of the given folders. */
    static CorpusIndex load(List<Path> folders) throws IOException {
        CorpusIndex index = new CorpusIndex();
        for (Path folder : folders) {
            List<String> lines = Files.readAllLines(folder.resolve("index.csv"), StandardCharsets.UTF_8);
            List<String> header = CableCatalogue.fields(lines.get(0));
            int id = header.indexOf("id");
            int date = header.indexOf("date");
            int classification = header.indexOf("classification");
            int subject = header.indexOf("subject");
            for (String line : lines.subList(1, lines.size())) {
                List<String> f = CableCatalogue.fields(line);
                index.byFileStem.put(f.get(id), new Row(f.get(id), f.get(date), f.get(classification),
                        f.get(subject)));
            }
        }
        return index;
    }

    /** The row for a cable by its source file name, or null. */
    Row rowFor(Cable cable) {
        String name = Path.of(cable.source()).getFileName().toString();
        return byFileStem.get(name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name);
    }

    int size() {
        return byFileStem.size();
    }

    static boolean idAgrees(Cable c, Row row) {
        return row.id().equals(c.id());
    }

    static boolean dateAgrees(Cable c, Row row) {
        return c.date() != null && c.date().toString().equals(row.date());
    }

    /** Levels compared; the archive's {@code UNCLASSIFIED//FOR OFFICIAL USE ONLY} is SBU. */
    static boolean classificationAgrees(Cable c, Row row) {
        if (c.classification() == null) {
            return false;
        }
        String listed = row.classification().toUpperCase(Locale.ROOT);
        ClassificationLevel expected = listed.contains("FOR OFFICIAL USE ONLY") ? ClassificationLevel.SENSITIVE
                : listed.startsWith("UNCLASSIFIED") ? ClassificationLevel.UNCLASSIFIED
                : listed.startsWith("CONFIDENTIAL") ? ClassificationLevel.CONFIDENTIAL
                : listed.startsWith("SECRET") ? ClassificationLevel.SECRET : null;
        return c.classification().level() == expected;
    }

    /**
     * Same letters and digits; or the listed subject is ours followed by a run-on REF / Classified
     * By; or the listed one is a preview cut at "..." that ours begins with; both absent agrees.
     */
    static boolean subjectAgrees(Cable c, Row row) {
        String listed = row.subject().strip();
        if (c.subject() == null) {
            return listed.isEmpty();
        }
        String ours = letters(c.subject());
        String theirs = letters(listed);
        if (ours.equals(theirs)) {
            return true;
        }
        if (listed.endsWith("...") && ours.startsWith(letters(listed.substring(0, listed.length() - 3)))) {
            return true;
        }
        if (theirs.startsWith(ours) && !ours.isEmpty()) {
            String rest = theirs.substring(ours.length());
            return rest.startsWith("REF") || rest.startsWith("CLASSIFIEDBY");
        }
        return false;
    }

    private static String letters(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = Character.toUpperCase(s.charAt(i));
            if ((ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')) {
                b.append(ch);
            }
        }
        return b.toString();
    }
}
