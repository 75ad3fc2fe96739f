package tieline.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tieline.extract.Candidate.Kind;
import tieline.model.Entity;
import tieline.model.EntityType;

/**
 * What the whole corpus (and the gazetteer) knows about names after the first pass: every
 * full name of a person, which full names share a surname, which acronyms were defined as
 * which long forms, and a lexicon to find all of these again in any paragraph.
 */
final class NameIndex {

    /** A name to look for in text. */
    record LexEntry(String[] words, Kind kind, String value, String gazetteerId) {
    }

    private final Gazetteer gazetteer;
    private final Map<String, String> personIdByName = new HashMap<>();
    private final Map<String, Set<String>> personIdsBySurname = new HashMap<>();
    private final Map<String, Set<String>> longFormsByAcronym = new HashMap<>();
    private final Map<String, Set<String>> acronymsByLongForm = new HashMap<>();
    private final Map<String, Kind> kindByBodyName = new HashMap<>();
    private final Map<String, List<LexEntry>> lexicon = new HashMap<>();
    private final Map<String, List<LexEntry>> capsLexicon = new HashMap<>();
    private final Map<String, List<GazetteerEntry>> gazetteerBySurface = new HashMap<>();
    private final Map<String, Country> countryByWord = new HashMap<>();
    private final Set<String> commonWords = new HashSet<>();

    NameIndex(Gazetteer gazetteer, Collection<CableScan> scans) {
        this.gazetteer = gazetteer;
        for (Country c : gazetteer.countries()) {
            countryByWord.put(c.name(), c);
            c.aliases().forEach(a -> countryByWord.put(a, c));
            c.adjectives().forEach(a -> countryByWord.put(a, c));
        }
        for (GazetteerEntry e : gazetteer.entries()) {
            for (String s : e.surfaces()) {
                gazetteerBySurface.computeIfAbsent(s, k -> new ArrayList<>()).add(e);
                gazetteerBySurface.computeIfAbsent(s.toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(e);
                String[] words = s.split("\\s+");
                Kind kind = kindOf(e.type());
                if (e.type() == EntityType.PERSON && words.length < 2) {
                    continue;
                }
                addLex(new LexEntry(words, kind, s, e.id()));
            }
            if (e.type() == EntityType.PERSON) {
                personIdByName.put(e.name(), e.id());
                for (String a : e.aliases()) {
                    if (a.indexOf(' ') > 0) {
                        personIdByName.putIfAbsent(a, e.id());
                    }
                }
                personIdsBySurname.computeIfAbsent(PersonNames.surname(e.name()), k -> new TreeSet<>()).add(e.id());
            }
        }
        for (CableScan scan : scans) {
            List<Candidate> all = new ArrayList<>(scan.candidates());
            all.addAll(scan.header());
            for (Candidate c : all) {
                if (c.kind() == Kind.PERSON && PersonNames.isFull(c.name())) {
                    if (!personIdByName.containsKey(c.name())) {
                        String id = Entity.idFor(EntityType.PERSON, c.name());
                        personIdByName.put(c.name(), id);
                        personIdsBySurname.computeIfAbsent(PersonNames.surname(c.name()), k -> new TreeSet<>()).add(id);
                        addLex(new LexEntry(c.name().split(" "), Kind.PERSON, c.name(), null));
                    }
                } else if ((c.kind() == Kind.ORGANIZATION || c.kind() == Kind.TOPIC) && c.acronym() != null) {
                    longFormsByAcronym.computeIfAbsent(c.acronym(), k -> new TreeSet<>()).add(c.name());
                    acronymsByLongForm.computeIfAbsent(c.name(), k -> new TreeSet<>()).add(c.acronym());
                    kindByBodyName.putIfAbsent(c.name(), c.kind());
                    kindByBodyName.putIfAbsent(c.acronym(), c.kind());
                }
            }
        }
        for (Map.Entry<String, Set<String>> e : longFormsByAcronym.entrySet()) {
            Kind kind = kindByBodyName.get(e.getKey());
            addLex(new LexEntry(new String[] {e.getKey()}, kind, e.getKey(), null));
            for (String longForm : e.getValue()) {
                addLex(new LexEntry(longForm.split("\\s+"), kind, longForm, null));
            }
        }
        for (String surname : personIdsBySurname.keySet()) {
            addLex(new LexEntry(new String[] {surname}, Kind.SURNAME, surname, null));
        }
        Set<String> singleWords = new HashSet<>(personIdsBySurname.keySet());
        for (List<LexEntry> entries : lexicon.values()) {
            for (LexEntry e : entries) {
                if (e.words().length == 1) {
                    singleWords.add(e.words()[0]);
                }
            }
        }
        commonWords.addAll(writtenInLowerCase(singleWords, scans));
    }

    /** The names the corpus also writes in lower case, as ordinary words ("rice", "young"). */
    private static Set<String> writtenInLowerCase(Set<String> names, Collection<CableScan> scans) {
        Set<String> lower = new HashSet<>();
        for (String s : names) {
            lower.add(s.toLowerCase(Locale.ROOT));
        }
        return scans.parallelStream().flatMap(scan -> {
            Set<String> found = new HashSet<>();
            for (ParagraphText p : scan.paragraphs()) {
                if (p.caps()) {
                    continue;
                }
                for (Token t : p.tokens()) {
                    if (t.lowerCase() && lower.contains(t.text())) {
                        found.add(t.text());
                    }
                }
            }
            return found.stream();
        }).collect(java.util.stream.Collectors.toSet());
    }

    private static Kind kindOf(EntityType type) {
        return switch (type) {
            case PERSON -> Kind.PERSON;
            case ORGANIZATION -> Kind.ORGANIZATION;
            case TOPIC -> Kind.TOPIC;
            case PLACE -> Kind.BLOCKED;
        };
    }

    private void addLex(LexEntry e) {
        lexicon.computeIfAbsent(e.words()[0], k -> new ArrayList<>()).add(e);
        capsLexicon.computeIfAbsent(e.words()[0].toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(e);
    }

    /** Lexicon entries whose first word is this one (upper-cased look-up for capital-letter paragraphs). */
    List<LexEntry> startingWith(String word, boolean caps) {
        List<LexEntry> l = caps ? capsLexicon.get(word) : lexicon.get(word);
        return l == null ? List.of() : l;
    }

    /** True when the corpus writes this name in lower case somewhere: a common word, not only a name. */
    boolean isCommonWord(String word) {
        return commonWords.contains(word.toLowerCase(Locale.ROOT));
    }

    Optional<String> personId(String fullName) {
        return Optional.ofNullable(personIdByName.get(fullName));
    }

    Set<String> personIdsWithSurname(String surname) {
        return personIdsBySurname.getOrDefault(surname, Set.of());
    }

    /** The long form an acronym was defined as, when the corpus defines it one way only. */
    Optional<String> longForm(String acronym) {
        Set<String> forms = longFormsByAcronym.get(acronym);
        return forms != null && forms.size() == 1 ? Optional.of(forms.iterator().next()) : Optional.empty();
    }

    /** The acronym a long form was given, when the corpus gives it one only. */
    Optional<String> acronym(String longForm) {
        Set<String> acronyms = acronymsByLongForm.get(longForm);
        return acronyms != null && acronyms.size() == 1 ? Optional.of(acronyms.iterator().next()) : Optional.empty();
    }

    /** Gazetteer entries with this exact surface form. */
    List<GazetteerEntry> gazetteer(String surface) {
        List<GazetteerEntry> l = gazetteerBySurface.get(surface);
        return l == null ? List.of() : l;
    }

    Optional<GazetteerEntry> gazetteerEntry(String id) {
        return gazetteer.entry(id);
    }

    Collection<GazetteerEntry> gazetteerEntries() {
        return gazetteer.entries();
    }

    /** The country a name or adjective stands for ("Russian" -> Russia). */
    Optional<Country> country(String word) {
        return Optional.ofNullable(countryByWord.get(word));
    }

    Optional<Country> countryOfPost(String post) {
        return gazetteer.countryOfPost(post);
    }
}
