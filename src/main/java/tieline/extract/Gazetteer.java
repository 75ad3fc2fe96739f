package tieline.extract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Known people, organizations, topics and countries, read from a JSON file (format in
 * {@code docs/gazetteer.md}). A user file extends the bundled one with {@link #merge}; names a
 * user adds in the application go in with {@link #addEntry}. Not thread-safe while being
 * changed: the {@link Extractor} takes a snapshot when it is created.
 */
public final class Gazetteer {

    /** Where {@link #bundled()} looks first, relative to the working directory. */
    public static final Path SAMPLE_DATA_FILE = Path.of("sample-data", "gazetteer.json");
    /** The copy on the class path. */
    public static final String RESOURCE = "/tieline/gazetteer.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .serializationInclusion(JsonInclude.Include.NON_EMPTY)
            .build();

    /**
     * The file as written: a format tag, countries, entries, the short forms of given names
     * ("Phil" for "Philip"), so "Phil Chicola" and "Philip Chicola" are read as one person, and
     * the bodies every country has ("Central Bank", "Supreme Court"), which are told apart by
     * country like the ministries.
     */
    record GazetteerFile(String format, Integer version, List<Country> countries, List<GazetteerEntry> entries,
                         Map<String, String> givenNameForms, List<String> nationalBodies) {
    }

    private final Map<String, GazetteerEntry> entries = new LinkedHashMap<>();
    private final Map<String, Country> countries = new LinkedHashMap<>();
    /** Short form of a given name to its full form: "Phil" to "Philip", "Bill" to "William". */
    private final Map<String, String> givenNameForms = new TreeMap<>();
    /** Names of bodies every country has: "Supreme Court" in a Bogota cable is Colombia's. */
    private final Set<String> nationalBodies = new TreeSet<>();

    private Gazetteer() {
    }

    /** A gazetteer that knows nothing: extraction then relies on its rules alone. */
    public static Gazetteer empty() {
        return new Gazetteer();
    }

    /** Reads a gazetteer file; a bad file gives a {@link GazetteerException} naming file and line. */
    public static Gazetteer load(Path json) {
        try (InputStream in = Files.newInputStream(json)) {
            return read(json.toString(), in);
        } catch (IOException e) {
            throw new GazetteerException(json + ": cannot read gazetteer: " + e.getMessage(), e);
        }
    }

    /**
     * The gazetteer shipped with Tieline: {@code sample-data/gazetteer.json} in the working
     * directory when present, else the copy on the class path.
     */
    public static Gazetteer bundled() {
        if (Files.isRegularFile(SAMPLE_DATA_FILE)) {
            return load(SAMPLE_DATA_FILE);
        }
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new GazetteerException("class path " + RESOURCE + ": bundled gazetteer is missing", null);
            }
            return read("class path " + RESOURCE, in);
        } catch (IOException e) {
            throw new GazetteerException("class path " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    private static Gazetteer read(String name, InputStream in) throws IOException {
        GazetteerFile file;
        try {
            file = MAPPER.readValue(in, GazetteerFile.class);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null || at.getLineNr() < 1 ? name : name + ":" + at.getLineNr();
            throw new GazetteerException(where + ": not a valid gazetteer: " + e.getOriginalMessage(), e);
        }
        if (file == null) {
            throw new GazetteerException(name + ": empty gazetteer file", null);
        }
        if (file.format() != null && !file.format().equals("tieline-gazetteer")) {
            throw new GazetteerException(name + ": format is \"" + file.format()
                    + "\", expected \"tieline-gazetteer\"", null);
        }
        Gazetteer g = new Gazetteer();
        if (file.countries() != null) {
            file.countries().forEach(g::addCountry);
        }
        if (file.entries() != null) {
            file.entries().forEach(g::addEntry);
        }
        if (file.givenNameForms() != null) {
            file.givenNameForms().forEach(g::addGivenNameForm);
        }
        if (file.nationalBodies() != null) {
            file.nationalBodies().forEach(g::addNationalBody);
        }
        return g;
    }

    /** Writes this gazetteer as JSON (atomically: temp file, then move). */
    public void write(Path json) {
        try {
            Path dir = json.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".gazetteer", ".tmp");
            MAPPER.writeValue(tmp.toFile(), new GazetteerFile("tieline-gazetteer", 1,
                    List.copyOf(countries.values()), List.copyOf(entries.values()), new TreeMap<>(givenNameForms),
                    List.copyOf(nationalBodies)));
            Files.move(tmp, json, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(json + ": cannot write gazetteer", e);
        }
    }

    /** A new gazetteer holding this one extended by the other: the other's entries win on equal ids. */
    public Gazetteer merge(Gazetteer other) {
        Gazetteer merged = copy();
        other.countries.values().forEach(merged::addCountry);
        other.entries.values().forEach(merged::addEntry);
        other.givenNameForms.forEach(merged::addGivenNameForm);
        other.nationalBodies.forEach(merged::addNationalBody);
        return merged;
    }

    /** Adds (or replaces, by id) an entry; returns this gazetteer. */
    public Gazetteer addEntry(GazetteerEntry entry) {
        entries.put(entry.id(), entry);
        return this;
    }

    /** Adds (or replaces, by name) a country; returns this gazetteer. */
    public Gazetteer addCountry(Country country) {
        countries.put(country.name(), country);
        return this;
    }

    /** Adds (or replaces) the full form of a short given name ("Phil" stands for "Philip"); returns this gazetteer. */
    public Gazetteer addGivenNameForm(String shortForm, String fullForm) {
        givenNameForms.put(shortForm, fullForm);
        return this;
    }

    /** Adds the name of a body every country has ("Central Bank"); returns this gazetteer. */
    public Gazetteer addNationalBody(String name) {
        nationalBodies.add(name);
        return this;
    }

    /** True for the name of a body every country has, which cables tell apart by country. */
    public boolean isNationalBody(String name) {
        return nationalBodies.contains(name);
    }

    /** The full form of a given name when it is a known short form ("Bill": "William"), else the name itself. */
    public String fullGivenName(String givenName) {
        return givenNameForms.getOrDefault(givenName, givenName);
    }

    /** An independent copy. */
    public Gazetteer copy() {
        Gazetteer g = new Gazetteer();
        g.entries.putAll(entries);
        g.countries.putAll(countries);
        g.givenNameForms.putAll(givenNameForms);
        g.nationalBodies.addAll(nationalBodies);
        return g;
    }

    public Collection<GazetteerEntry> entries() {
        return List.copyOf(entries.values());
    }

    public Optional<GazetteerEntry> entry(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    public Collection<Country> countries() {
        return List.copyOf(countries.values());
    }

    public int size() {
        return entries.size();
    }

    /** The country a post (as in a cable id, e.g. {@code BAKU}) is in. */
    public Optional<Country> countryOfPost(String post) {
        if (post == null) {
            return Optional.empty();
        }
        String p = post.toUpperCase(Locale.ROOT);
        return countries.values().stream().filter(c -> c.posts().contains(p)).findFirst();
    }

    /** Entries whose name, acronym or alias is the given text (exact). */
    public List<GazetteerEntry> find(String surface) {
        List<GazetteerEntry> found = new ArrayList<>();
        for (GazetteerEntry e : entries.values()) {
            if (e.hasSurface(surface)) {
                found.add(e);
            }
        }
        return found;
    }
}
