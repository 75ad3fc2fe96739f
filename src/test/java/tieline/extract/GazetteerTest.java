package tieline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tieline.model.EntityType;

/** Loading, merging, extending and writing gazetteers; bad files give file and line. */
class GazetteerTest {

    @TempDir
    Path dir;

    @Test
    void bundledGazetteerKnowsTheSeedOfficialsAndTheClassPathCopyIsTheSame() throws IOException {
        Gazetteer g = Gazetteer.bundled();
        assertTrue(g.entry("person:araz-azimov").isPresent());
        assertEquals("Ministry of Emergency Situations", g.entry("org:mes").orElseThrow().name());
        assertEquals("Azerbaijan", g.countryOfPost("BAKU").orElseThrow().name());
        try (var in = Gazetteer.class.getResourceAsStream(Gazetteer.RESOURCE)) {
            assertEquals(Files.readString(Gazetteer.SAMPLE_DATA_FILE), new String(in.readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8), "src/main/resources copy equals sample-data");
        }
    }

    @Test
    void aUserFileExtendsTheBundledOne() throws IOException {
        Path user = dir.resolve("mine.json");
        Files.writeString(user, """
                {"format": "tieline-gazetteer", "version": 1,
                 "entries": [
                   {"type": "person", "name": "Ali Hasanov", "aliases": ["Ali M. Hasanov"],
                    "offices": [{"title": "Deputy Prime Minister", "organization": "GOAJ", "from": "2008-01-01"}]},
                   {"type": "TOPIC", "name": "Train-and-Equip Program", "acronym": "TEP", "aliases": ["T&E"]}
                 ]}
                """);
        Gazetteer merged = Gazetteer.bundled().merge(Gazetteer.load(user));
        assertTrue(merged.entry("person:ali-hasanov").orElseThrow().offices().get(0).title().contains("Deputy"));
        assertTrue(merged.entry("topic:tep").orElseThrow().aliases().contains("T&E"), "same id: user entry wins");
        assertTrue(merged.entry("person:araz-azimov").isPresent(), "bundled entries stay");
        assertEquals(Gazetteer.bundled().size(), Gazetteer.bundled().size(), "merge does not change its inputs");
    }

    @Test
    void namesAddedByTheUserAreWrittenAndReadBack() {
        Gazetteer g = Gazetteer.empty().addEntry(GazetteerEntry.of(EntityType.PERSON, "Novruz Mammadov"))
                .addGivenNameForm("Nick", "Nicholas").addNationalBody("Supreme Court");
        Path out = dir.resolve("added.json");
        g.write(out);
        Gazetteer read = Gazetteer.load(out);
        assertEquals(List.of("person:novruz-mammadov"), read.entries().stream().map(GazetteerEntry::id).toList());
        assertEquals("Nicholas", read.fullGivenName("Nick"));
        assertEquals("Nicholas", read.copy().fullGivenName("Nick"));
        assertEquals("Nicholas", Gazetteer.empty().merge(read).fullGivenName("Nick"));
        assertEquals("Novruz", read.fullGivenName("Novruz"));
        assertTrue(read.isNationalBody("Supreme Court"));
        assertTrue(Gazetteer.empty().merge(read).copy().isNationalBody("Supreme Court"));
        assertFalse(read.isNationalBody("World Bank"));
    }

    @Test
    void aBadFileNamesFileAndLine() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n  \"format\": \"tieline-gazetteer\",\n  \"entries\": [\n    {\"type\": \"PERSON\",}\n  ]\n}\n");
        GazetteerException e = assertThrows(GazetteerException.class, () -> Gazetteer.load(bad));
        assertTrue(e.getMessage().startsWith(bad + ":4:"), e.getMessage());

        Path noName = dir.resolve("noname.json");
        Files.writeString(noName, "{\"entries\": [\n {\"type\": \"ORGANIZATION\", \"acronym\": \"XYZ\"}\n]}\n");
        GazetteerException e2 = assertThrows(GazetteerException.class, () -> Gazetteer.load(noName));
        assertTrue(e2.getMessage().contains(noName + ":2") && e2.getMessage().contains("name"), e2.getMessage());

        Path other = dir.resolve("other.json");
        Files.writeString(other, "{\"format\": \"tieline-graph\", \"entries\": []}");
        assertTrue(assertThrows(GazetteerException.class, () -> Gazetteer.load(other)).getMessage()
                .contains("expected \"tieline-gazetteer\""));

        assertThrows(GazetteerException.class, () -> Gazetteer.load(dir.resolve("missing.json")));
    }
}
