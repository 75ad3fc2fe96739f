package tieline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tieline.extract.Candidate.Kind;
import tieline.model.EntityType;

/**
 * What the whole corpus (and the gazetteer) knows about names after the first pass: every
 * full name of a person, which full names share a surname, which acronyms were defined as
 * which long forms, and a lexicon to find all of these again in any paragraph.
 */
final class NameIndex {

    /**
     * A name to look for in text. {@code places}: for a name cables defined as an acronym or its
     * long form, the places whose cables defined it; else null. {@code firstWordCommon}: the corpus
     * writes the first word in lower case somewhere.
     */
    record LexEntry(String[] words, Kind kind, String value, String gazetteerId, Set<String> places,
                    boolean firstWordCommon) {

        LexEntry(String[] words, Kind kind, String value, String gazetteerId, Set<String> places) {
            this(words, kind, value, gazetteerId, places, false);
        }

        LexEntry(String[] words, Kind kind, String value, String gazetteerId) {
            this(words, kind, value, gazetteerId, null);
        }

        /**
         * This entry, saying whether the corpus writes its first word in lower case somewhere
         * ({@link NameIndex#isCommonWord}): the second pass asks that for nearly every one-word
         * match, so it is worked out once per entry rather than lower-cased per match.
         */
        LexEntry withFirstWordCommon(boolean common) {
            return new LexEntry(words, kind, value, gazetteerId, places, common);
        }

        /**
         * True when a cable from this place may read the name as the corpus defined it: the
         * definition came from a cable of the same country (Bogota's DAS is not State's DAS).
         */
        boolean definedAt(String place) {
            return places == null || places.contains(place);
        }
    }

    private final Gazetteer gazetteer;
    private final Map<String, String> personIdByName = new HashMap<>();
    private final Map<String, String> personNameById = new HashMap<>();
    /** A transposed name seen more often than this is a person of its own ({@link #mergeTransposedGivenNames}). */
    private static final int RARE_TRANSPOSITION = 2;

    private final Map<String, Set<String>> personIdsBySurname = new HashMap<>();
    private final Map<String, Set<String>> longFormsByAcronym = new HashMap<>();
    private final Map<String, Set<String>> acronymsByLongForm = new HashMap<>();
    private final Map<String, Kind> kindByBodyName = new HashMap<>();
    private final Map<String, List<LexEntry>> lexicon = new HashMap<>();
    private final Map<String, List<LexEntry>> capsLexicon = new HashMap<>();
    private final Map<String, List<GazetteerEntry>> gazetteerBySurface = new HashMap<>();
    private final Map<String, Country> countryByWord = new HashMap<>();
    private final Set<String> commonWords = new HashSet<>();
    private final Set<String> lowerCaseStarts = new HashSet<>();
    /** Every lexicon entry in the order it was made, filed into the lexicons once the common words are known. */
    private final List<LexEntry> lexEntries = new ArrayList<>();
    /** The lexicons again, for the second pass's look-ups (see {@link SpellingTable}). */
    private final SpellingTable<List<LexEntry>> lexiconTable;
    private final SpellingTable<List<LexEntry>> capsLexiconTable;
    /** The country of each post the scanned cables come from: the gazetteer walks every country per question. */
    private final Map<String, Optional<Country>> countryByPost = new HashMap<>();
    /** Quick filters over the lexicon's first words (every word of every paragraph is asked). */
    private final WordFilter lexiconStarts;
    private final WordFilter capsLexiconStarts;
    private final WordFilter lowerCaseStartFilter;
    /** Most capitalised words are no one's first name: a quick "no" from the word's hash. */
    private final WordFilter firstNameFilter;
    private final Map<String, Set<String>> acronymPlaces = new HashMap<>();
    /** By acronym, then by place: the long forms cables of that place define it as. */
    private final Map<String, Map<String, Set<String>>> localLongForms = new HashMap<>();
    private final Set<String> rejectedNames = new HashSet<>();
    private final WordUse wordUse;
    private final Set<String> ambiguousAcronyms = new HashSet<>();
    private final Set<String> firstNames = new HashSet<>();
    private final Map<String, Set<String>> impliedOrgsByName = new HashMap<>();
    private final Map<String, Set<String>> officeHeadsByName = new HashMap<>();
    /** For each full name and title key ({@link Titles#key}), the first cable date that gives the name that title. */
    private final Map<String, Map<String, LocalDate>> titleFirstDays = new HashMap<>();
    private final Map<String, Set<String>> personIdsByNamePart = new HashMap<>();
    /** Votes by the name the cable wrote, then pooled by person id. */
    private final Map<String, Map<String, Integer>> nationalityVotes = new HashMap<>();
    private final Map<String, Map<String, Integer>> nationalityVotesById = new HashMap<>();

    NameIndex(Gazetteer gazetteer, Collection<CableScan> scans) {
        this.gazetteer = gazetteer;
        for (CableScan scan : scans) {
            String post = scan.cable().post();
            if (post != null) {
                countryByPost.computeIfAbsent(post, gazetteer::countryOfPost);
            }
        }
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
                personNameById.put(e.id(), e.name());
                for (String a : e.aliases()) {
                    if (a.indexOf(' ') > 0) {
                        personIdByName.putIfAbsent(a, e.id());
                    }
                }
                personIdsBySurname.computeIfAbsent(PersonNames.surname(e.name()), k -> new TreeSet<>()).add(e.id());
            }
        }
        Set<String> ruleNames = new HashSet<>();
        for (CableScan scan : scans) {
            for (Candidate c : scan.candidates()) {
                if (c.kind() == Kind.PERSON && PersonNames.isFull(c.name())) {
                    ruleNames.add(c.name());
                }
            }
        }
        // every single word that may need the "is it a common word?" test, looked up in one pass
        Set<String> words = new HashSet<>();
        for (String n : ruleNames) {
            words.addAll(List.of(n.split(" ")));
        }
        for (CableScan scan : scans) {
            for (Candidate c : scan.header()) {
                if (c.name() != null) {
                    words.add(PersonNames.surname(c.name()));
                }
            }
            for (Candidate c : scan.candidates()) {
                if (c.acronym() != null) {
                    words.add(c.acronym());
                }
                if (c.kind() == Kind.SURNAME && c.name() != null) {
                    words.add(c.name());
                }
            }
        }
        for (GazetteerEntry e : gazetteer.entries()) {
            for (String surface : e.surfaces()) {
                if (surface.indexOf(' ') < 0) {
                    words.add(surface);
                }
            }
            words.add(PersonNames.surname(e.name()));
        }
        this.wordUse = WordUse.survey(words, scans);
        Set<String> commonNameWords = wordUse.writtenInLowerCase();
        for (String n : ruleNames) {
            if (!gazetteerBySurface.containsKey(n) && (looksLikeWords(n, commonNameWords) || isNationalityPlural(n))) {
                rejectedNames.add(n);
            }
        }
        Map<String, Integer> nameCounts = new HashMap<>();
        // a corpus has some thousand distinct titles for tens of thousands of titled names
        Map<String, String> titleKeys = new HashMap<>();
        for (CableScan scan : scans) {
            List<Candidate> all = new ArrayList<>(scan.candidates());
            all.addAll(scan.header());
            LocalDate day = scan.cable().date();
            for (Candidate c : all) {
                if (c.isPerson() && c.title() != null && !rejectedNames.contains(c.name())) {
                    String head = Titles.head(c.title());
                    if (!CableVocabulary.RANKS.contains(head)) {
                        officeHeadsByName.computeIfAbsent(c.name(), k -> new HashSet<>()).add(head);
                        if (day != null) {
                            titleFirstDays.computeIfAbsent(c.name(), k -> new HashMap<>())
                                    .merge(titleKeys.computeIfAbsent(c.title(), Titles::key), day,
                                            (a, b) -> a.isBefore(b) ? a : b);
                        }
                    }
                    String org = Titles.impliedOrganization(c.title());
                    if (org != null) {
                        impliedOrgsByName.computeIfAbsent(c.name(), k -> new HashSet<>()).add(org);
                    }
                }
                if (c.isPerson() && c.qualifier() != null && countryByWord.containsKey(c.qualifier())) {
                    // "French President Sarkozy" votes for the one Sarkozy this cable names in full
                    String voter = PersonNames.isFull(c.name()) ? c.name() : fullNameInCable(all, c.name());
                    if (voter != null) {
                        nationalityVotes.computeIfAbsent(voter, k -> new HashMap<>())
                                .merge(countryByWord.get(c.qualifier()).name(), 1, Integer::sum);
                    }
                }
                if (c.kind() == Kind.PERSON && PersonNames.isFull(c.name()) && !rejectedNames.contains(c.name())) {
                    nameCounts.merge(c.name(), 1, Integer::sum);
                    firstNames.add(c.name().substring(0, c.name().indexOf(' ')));
                    if (!personIdByName.containsKey(c.name())) {
                        String id = EntityIds.of(EntityType.PERSON, c.name());
                        personIdByName.put(c.name(), id);
                        personNameById.putIfAbsent(id, c.name());
                        personIdsBySurname.computeIfAbsent(PersonNames.surname(c.name()), k -> new TreeSet<>()).add(id);
                        for (String part : c.name().split(" ")) {
                            if (part.length() > 2 && Character.isUpperCase(part.charAt(0))) {
                                personIdsByNamePart.computeIfAbsent(part, k -> new TreeSet<>()).add(id);
                            }
                        }
                        addLex(new LexEntry(c.name().split(" "), Kind.PERSON, c.name(), null));
                    }
                } else if ((c.kind() == Kind.ORGANIZATION || c.kind() == Kind.TOPIC) && c.acronym() != null) {
                    acronymPlaces.computeIfAbsent(c.acronym(), k -> new HashSet<>()).add(placeOf(scan.cable()));
                    localLongForms.computeIfAbsent(c.acronym(), k -> new HashMap<>())
                            .computeIfAbsent(placeOf(scan.cable()), k -> new TreeSet<>())
                            .add(c.name());
                    longFormsByAcronym.computeIfAbsent(c.acronym(), k -> new TreeSet<>()).add(c.name());
                    acronymsByLongForm.computeIfAbsent(c.name(), k -> new TreeSet<>()).add(c.acronym());
                    kindByBodyName.putIfAbsent(c.name(), c.kind());
                    kindByBodyName.putIfAbsent(c.acronym(), c.kind());
                }
            }
        }
        Map<String, List<Set<String>>> setsById = setsById();
        mergeLongerForms(setsById);
        mergeSpellingVariants(nameCounts, setsById);
        mergeTransposedGivenNames(nameCounts, setsById);
        mergeOneWordMoreInFront(setsById);
        poolTitlesUnderTheCanonicalName();
        for (Map.Entry<String, Set<String>> e : longFormsByAcronym.entrySet()) {
            if (e.getValue().size() > 1 && unrelatedLongForms(e.getValue())) {
                ambiguousAcronyms.add(e.getKey());
            }
            Kind kind = kindByBodyName.get(e.getKey());
            addLex(new LexEntry(new String[] {e.getKey()}, kind, e.getKey(), null, acronymPlaces.get(e.getKey())));
            for (String longForm : e.getValue()) {
                addLex(new LexEntry(longForm.split("\\s+"), kind, longForm, null, acronymPlaces.get(longForm)));
            }
        }
        for (GazetteerEntry e : gazetteer.entries()) {
            if (e.type() == EntityType.PERSON && PersonNames.isFull(e.name())) {
                firstNames.add(e.name().substring(0, e.name().indexOf(' ')));
            }
        }
        countNationalityVotesByPerson();
        Map<String, Set<String>> idsByFirstName = idsByFirstName();
        personIdsBySurname.forEach((surname, bearers) -> {
            if (soughtAlone(surname, bearers, idsByFirstName)) {
                addLex(new LexEntry(new String[] {surname}, Kind.SURNAME, surname, null));
            }
        });
        commonWords.addAll(commonNameWords);
        for (LexEntry e : lexEntries) {
            file(e.withFirstWordCommon(isCommonWord(e.words()[0])));
        }
        lexiconTable = new SpellingTable<>(lexicon);
        capsLexiconTable = new SpellingTable<>(capsLexicon);
        lexiconStarts = new WordFilter(lexicon.keySet());
        firstNameFilter = new WordFilter(firstNames);
        capsLexiconStarts = new WordFilter(capsLexicon.keySet());
        lowerCaseStartFilter = new WordFilter(lowerCaseStarts);
    }

    /**
     * True when a name the rules found reads as ordinary words: most of its words (two or more)
     * are written in lower case elsewhere in the corpus ("Stock Exchange", "Napolitano Has Limited
     * Power"); real names rarely have more than one such word ("Gordon Brown").
     */
    private static boolean looksLikeWords(String name, Set<String> common) {
        String[] words = name.split(" ");
        int n = 0;
        for (String w : words) {
            if (common.contains(w.toLowerCase(Locale.ROOT))) {
                n++;
            }
        }
        return n >= 2 || n == words.length;
    }

    /** True when the corpus-level check found that this full name is ordinary words, not a person. */
    boolean isRejectedName(String name) {
        return rejectedNames.contains(name);
    }

    /** True when cables dated on or before {@code day} give the person named in full this very title (its {@link Titles#key}). */
    boolean titledSoBy(String fullName, String titleKey, LocalDate day) {
        Map<String, LocalDate> firstDays = titleFirstDays.get(fullName);
        LocalDate first = firstDays == null ? null : firstDays.get(titleKey);
        return first != null && (day == null || !first.isAfter(day));
    }

    /** True when cables give the person named in full a title with this head word somewhere ("Leader"). */
    boolean titledAs(String fullName, String title) {
        Set<String> heads = officeHeadsByName.get(fullName);
        String head = Titles.head(title);
        return heads != null && heads.stream().anyMatch(h -> h.equalsIgnoreCase(head));
    }

    /**
     * True when the person named in full is known elsewhere in the corpus as a minister of other
     * ministries only ("Deputy Foreign Minister Araz Azimov" is not "Finance Minister Azimov").
     */
    boolean titledOtherwise(String fullName, String title) {
        for (GazetteerEntry e : gazetteerBySurface.getOrDefault(fullName, List.of())) {
            if (e.type() == EntityType.PERSON) {
                // the gazetteer's offices decide: "Finance Minister Azimov" is not the deputy foreign minister
                return !e.offices().isEmpty() && e.offices().stream().noneMatch(o -> OfficeHolders.sameMinistry(title, o));
            }
        }
        String head = Titles.head(title);
        Set<String> heads = officeHeadsByName.get(fullName);
        if (!CableVocabulary.RANKS.contains(head) && heads != null && !heads.isEmpty()
                && heads.stream().noneMatch(h -> h.equalsIgnoreCase(head))) {
            // "President Lagos" is not the consul Jorge Lagos met elsewhere
            return true;
        }
        String org = Titles.impliedOrganization(title);
        Set<String> orgs = impliedOrgsByName.get(fullName);
        if (org == null || orgs == null || !org.startsWith("Ministry of")) {
            return false;
        }
        return orgs.stream().allMatch(o -> o.startsWith("Ministry of") && !o.equals(org));
    }

    /** The country other cables say a person belongs to ("Swedish Foreign Minister Carl Bildt"), by majority. */
    Optional<String> nationality(String fullName) {
        String id = personIdByName.get(fullName);
        Map<String, Integer> votes = id == null ? null : nationalityVotesById.get(id);
        if (votes == null) {
            return Optional.empty();
        }
        return votes.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey);
    }

    /** The one full name among a cable's candidates with this surname, else null. */
    private static String fullNameInCable(List<Candidate> candidates, String surname) {
        String found = null;
        for (Candidate c : candidates) {
            if (c.kind() == Kind.PERSON && PersonNames.isFull(c.name()) && PersonNames.surname(c.name()).equals(surname)) {
                if (found != null && !found.equals(c.name())) {
                    return null;
                }
                found = c.name();
            }
        }
        return found;
    }

    /**
     * Pools the votes cast under each spelling of a person ("French President Nicholas Sarkozy",
     * "French President Nicolas Sarkozy") for the person those names resolve to.
     */
    private void countNationalityVotesByPerson() {
        nationalityVotes.forEach((name, votes) -> {
            String id = personIdByName.get(name);
            if (id != null) {
                Map<String, Integer> pooled = nationalityVotesById.computeIfAbsent(id, k -> new HashMap<>());
                votes.forEach((country, n) -> pooled.merge(country, n, Integer::sum));
            }
        });
    }

    private static Kind kindOf(EntityType type) {
        return switch (type) {
            case PERSON -> Kind.PERSON;
            case ORGANIZATION -> Kind.ORGANIZATION;
            case TOPIC -> Kind.TOPIC;
            case PLACE -> Kind.BLOCKED;
        };
    }

    /**
     * "Cristina Kirchner" and "Cristina Fernandez de Kirchner" are one person: full names with the
     * same first and last word, where one name's words all appear, in order, in the one longest
     * name, take that name's id (when that longest name is unique).
     */
    private void mergeLongerForms(Map<String, List<Set<String>>> setsById) {
        Map<String, List<String>> groups = new HashMap<>();
        for (String n : personIdByName.keySet()) {
            String[] w = n.split(" ");
            if (w.length >= 2) {
                groups.computeIfAbsent(w[0] + "|" + w[w.length - 1], k -> new ArrayList<>()).add(n);
            }
        }
        for (List<String> names : groups.values()) {
            if (names.size() < 2) {
                continue;
            }
            names.sort(Comparator.comparingInt((String n) -> -n.length()).thenComparing(n -> n));
            String longest = names.get(0);
            if (names.get(1).split(" ").length == longest.split(" ").length) {
                continue;
            }
            String id = personIdByName.get(longest);
            for (String n : names.subList(1, names.size())) {
                if (PersonNames.wordsInOrder(n.split(" "), longest.split(" ")) && !gazetteerBySurface.containsKey(n)) {
                    givePersonId(n, id, setsById);
                }
            }
        }
    }

    /** "Costa Ricans", "Sri Lankans": a country's adjective made plural names its people, not a person. */
    private boolean isNationalityPlural(String name) {
        return name.endsWith("s") && countryByWord.containsKey(name.substring(0, name.length() - 1));
    }

    /**
     * Once names are merged, the titles cables gave any of a person's names count for the name
     * the person goes by: "INL PDAS Jonathan Farrar" made "Pdas Jonathan Farrar" a PDAS, and
     * "PDAS Farrar" elsewhere is that Jonathan Farrar.
     */
    private void poolTitlesUnderTheCanonicalName() {
        for (Map.Entry<String, String> named : personIdByName.entrySet()) {
            String name = named.getKey();
            String canonical = personNameById.get(named.getValue());
            if (canonical == null || canonical.equals(name)) {
                continue;
            }
            Set<String> heads = officeHeadsByName.get(name);
            if (heads != null) {
                officeHeadsByName.computeIfAbsent(canonical, k -> new HashSet<>()).addAll(heads);
            }
            Set<String> orgs = impliedOrgsByName.get(name);
            if (orgs != null) {
                impliedOrgsByName.computeIfAbsent(canonical, k -> new HashSet<>()).addAll(orgs);
            }
            Map<String, LocalDate> days = titleFirstDays.get(name);
            if (days != null) {
                Map<String, LocalDate> into = titleFirstDays.computeIfAbsent(canonical, k -> new HashMap<>());
                days.forEach((key, day) -> into.merge(key, day, (a, b) -> a.isBefore(b) ? a : b));
            }
        }
    }

    /** The Arabic article as cables write it before a surname, apart ("El Baradei") or joined ("ElBaradei"). */
    private static final Set<String> ARTICLE_PARTICLES = Set.of("El", "el", "Al", "al");

    /**
     * "Dilma Roussef" and "Dilma Rousseff", "Walid Muallem" and "Walid Mu'allim", "Nicholas Sarkozy"
     * and "Nicolas Sarkozy": names whose words differ only as transliterations do ({@link SpellingKey}) are one
     * person, under the spelling the corpus writes most (a gazetteer name always wins). A given name
     * the gazetteer knows as a short form counts as its full form ("Nick Burns" is "Nicholas Burns"). Surnames
     * that differ otherwise stay apart ("Alan Johnson" and "Alan Johnston").
     */
    private void mergeSpellingVariants(Map<String, Integer> counts, Map<String, List<Set<String>>> setsById) {
        Map<String, List<String>> groups = new HashMap<>();
        for (String n : personIdByName.keySet()) {
            int last = n.lastIndexOf(' ');
            if (last > 0 && n.length() - last - 1 >= SpellingKey.SHORTEST_SURNAME) {
                StringBuilder key = new StringBuilder();
                String[] words = n.split(" ");
                for (int i = 0; i < words.length; i++) {
                    if (i > 0 && i < words.length - 1 && ARTICLE_PARTICLES.contains(words[i])) {
                        // "Mohammed El Baradei" is "Mohammed ElBaradei": the article is written apart or not
                        continue;
                    }
                    // a given name in its short form counts as its full form: "Phil" as "Philip"
                    String w = i < words.length - 1 ? gazetteer.fullGivenName(words[i]) : words[i];
                    if (i > 0 && ARTICLE_PARTICLES.contains(words[i - 1])) {
                        w = words[i - 1] + w;
                    }
                    key.append(SpellingKey.of(w)).append(' ');
                }
                groups.computeIfAbsent(key.toString(), k -> new ArrayList<>()).add(n);
            }
        }
        for (List<String> names : groups.values()) {
            if (names.size() < 2) {
                continue;
            }
            names.sort(Comparator.comparing((String n) -> !gazetteerBySurface.containsKey(n))
                    .thenComparing(n -> -counts.getOrDefault(n, 0)).thenComparing(n -> n));
            String id = personIdByName.get(names.get(0));
            for (String n : names.subList(1, names.size())) {
                if (!gazetteerBySurface.containsKey(n)) {
                    givePersonId(n, id, setsById);
                }
            }
        }
    }

    /**
     * "Ali Asif Zardari" written once for "Asif Ali Zardari": a full name whose given names are
     * another's in a different order, under the same surname, is that person when it is rare (named
     * in full at most {@value #RARE_TRANSPOSITION} times) and the other is named in full, under any
     * of its forms, at least twice as often; two names as rare as each other stay apart.
     * Names with a particle stay apart: in "Hamad bin Isa" and "Isa bin Hamad" the order says who
     * is whose son.
     */
    private void mergeTransposedGivenNames(Map<String, Integer> counts, Map<String, List<Set<String>>> setsById) {
        // how often each person is named in full, under any of the names that are theirs by now
        Map<String, Integer> countById = new HashMap<>();
        counts.forEach((name, n) -> {
            String id = personIdByName.get(name);
            if (id != null) {
                countById.merge(id, n, Integer::sum);
            }
        });
        Map<String, List<String>> groups = new HashMap<>();
        for (String n : personIdByName.keySet()) {
            String[] words = n.split(" ");
            if (words.length < 3 || Arrays.stream(words)
                    .anyMatch(w -> CableVocabulary.NAME_PARTICLES.contains(w.toLowerCase(Locale.ROOT)))) {
                continue;
            }
            String[] given = new String[words.length - 1];
            for (int i = 0; i < given.length; i++) {
                given[i] = SpellingKey.of(words[i]);
            }
            Arrays.sort(given);
            groups.computeIfAbsent(String.join(" ", given) + " " + SpellingKey.of(words[words.length - 1]),
                    k -> new ArrayList<>()).add(n);
        }
        for (List<String> names : groups.values()) {
            if (names.size() < 2) {
                continue;
            }
            names.sort(Comparator.comparing((String n) -> -countById.getOrDefault(personIdByName.get(n), 0))
                    .thenComparing(n -> n));
            String commonId = personIdByName.get(names.get(0));
            int commonCount = countById.getOrDefault(commonId, 0);
            for (String n : names.subList(1, names.size())) {
                String id = personIdByName.get(n);
                int count = countById.getOrDefault(id, 0);
                if (!id.equals(commonId) && count <= RARE_TRANSPOSITION && commonCount >= 2 * Math.max(1, count)
                        && !gazetteerBySurface.containsKey(n)) {
                    givePersonId(n, commonId, setsById);
                }
            }
        }
    }

    /**
     * True when a surname is looked for on its own. Not a word that is never a name, a country or
     * too short; and not a word that is more people's given name than surname ("Ali"), while
     * "Eissa", Ibrahim Eissa's surname and one general's given name, still is.
     */
    private boolean soughtAlone(String surname, Set<String> bearers, Map<String, Set<String>> idsByFirstName) {
        if (CableVocabulary.neverName(surname) || countryByWord.containsKey(surname) || surname.length() < 3) {
            return false;
        }
        if (!firstNames.contains(surname)) {
            return true;
        }
        Set<String> givenTo = idsByFirstName.get(surname);
        return givenTo != null && bearers.size() >= givenTo.size();
    }

    /** The people named in full by each given name (the first word of their names). */
    private Map<String, Set<String>> idsByFirstName() {
        Map<String, Set<String>> ids = new HashMap<>();
        personIdByName.forEach((name, id) -> {
            int space = name.indexOf(' ');
            if (space > 0) {
                ids.computeIfAbsent(name.substring(0, space), k -> new HashSet<>()).add(id);
            }
        });
        return ids;
    }

    /** Spanish surnames that open with a saint's title ("San Miguel", "Santa Cruz") are written alone like "De Vido". */
    private static final Set<String> SAINT_PARTICLES = Set.of("san", "santa");

    /**
     * "Americas Ahmed Fituri" and "Ahmed Fituri", "Medina Mora" and "Eduardo Medina Mora", "De Vido"
     * and "Julio De Vido": a full name that is another with one word more in front is the same
     * person when that word is no one's given name (a title or heading glued on), or when the
     * shorter name starts with a particle or with a word that is no one else's given name (a
     * compound surname written alone); and only when the shorter name extends to that one longer
     * name ("Al Khalifa" is three people's). A given name is the first word of a name whose other
     * words are not themselves a known name.
     */
    private void mergeOneWordMoreInFront(Map<String, List<Set<String>>> setsById) {
        Map<String, List<String>> longerByRest = new HashMap<>();
        Map<String, Integer> givenNameUses = new HashMap<>();
        for (String n : personIdByName.keySet()) {
            int space = n.indexOf(' ');
            if (space < 0) {
                continue;
            }
            String rest = n.substring(space + 1);
            if (rest.indexOf(' ') > 0 && personIdByName.containsKey(rest)) {
                longerByRest.computeIfAbsent(rest, k -> new ArrayList<>()).add(n);
            } else {
                givenNameUses.merge(n.substring(0, space), 1, Integer::sum);
            }
        }
        Map<String, List<String>> namesById = new HashMap<>();
        personIdByName.forEach((name, id) -> namesById.computeIfAbsent(id, k -> new ArrayList<>()).add(name));
        List<String> shorterNames = new ArrayList<>(longerByRest.keySet());
        Collections.sort(shorterNames);
        for (String shorter : shorterNames) {
            List<String> longer = longerByRest.get(shorter);
            if (longer.size() != 1) {
                continue;
            }
            String full = longer.get(0);
            String front = full.substring(0, full.indexOf(' '));
            String shorterFirst = shorter.substring(0, shorter.indexOf(' '));
            int ownUse = personIdByName.containsKey(shorter.substring(shorter.indexOf(' ') + 1)) ? 0 : 1;
            boolean gluedFront = givenNameUses.getOrDefault(front, 0) == 0;
            String lowerFirst = shorterFirst.toLowerCase(Locale.ROOT);
            boolean particle = CableVocabulary.NAME_PARTICLES.contains(lowerFirst) || SAINT_PARTICLES.contains(lowerFirst);
            boolean surnameAlone = particle || givenNameUses.getOrDefault(shorterFirst, 0) - ownUse <= 0;
            boolean shorterKnown = gazetteerBySurface.containsKey(shorter);
            boolean fullKnown = gazetteerBySurface.containsKey(full);
            if (!gluedFront && !surnameAlone || shorterKnown && fullKnown) {
                continue;
            }
            // a word glued in front goes; a surname written alone after its particle gives way to the full name
            boolean shorterWins = shorterKnown || !fullKnown && gluedFront && !particle;
            String winnerId = personIdByName.get(shorterWins ? shorter : full);
            String loserId = personIdByName.get(shorterWins ? full : shorter);
            if (winnerId.equals(loserId)) {
                continue;
            }
            List<String> moved = namesById.getOrDefault(loserId, List.of());
            for (String n : moved) {
                if (!gazetteerBySurface.containsKey(n)) {
                    givePersonId(n, winnerId, setsById);
                }
            }
            namesById.computeIfAbsent(winnerId, k -> new ArrayList<>()).addAll(moved);
            namesById.remove(loserId);
        }
    }

    /** Makes a full name another form of the person {@code id}: its old id gives way everywhere it was indexed. */
    private void givePersonId(String name, String id, Map<String, List<Set<String>>> setsById) {
        String old = personIdByName.put(name, id);
        if (old == null || old.equals(id)) {
            return;
        }
        List<Set<String>> holding = setsById.remove(old);
        if (holding == null) {
            return;
        }
        for (Set<String> ids : holding) {
            if (ids.remove(old)) {
                ids.add(id);
                setsById.computeIfAbsent(id, k -> new ArrayList<>()).add(ids);
            }
        }
    }

    /**
     * For each person id, the surname and name-part sets that hold it: a merge of two names
     * visits only those sets, not every set of the index (thousands of merges, thousands of sets).
     */
    private Map<String, List<Set<String>>> setsById() {
        Map<String, List<Set<String>>> sets = new HashMap<>();
        for (Set<String> ids : personIdsBySurname.values()) {
            ids.forEach(id -> sets.computeIfAbsent(id, k -> new ArrayList<>()).add(ids));
        }
        for (Set<String> ids : personIdsByNamePart.values()) {
            ids.forEach(id -> sets.computeIfAbsent(id, k -> new ArrayList<>()).add(ids));
        }
        return sets;
    }

    /** True for a body every country has ("Supreme Court"), as the gazetteer lists them. */
    boolean isNationalBody(String name) {
        return gazetteer.isNationalBody(name);
    }

    /** True when some person the corpus names in full has this first name. */
    boolean isFirstName(String word) {
        return firstNames.contains(word);
    }

    /** False when no first name has this {@link String#hashCode()}; true when one may. */
    boolean mayBeFirstName(int hash) {
        return firstNameFilter.mayContainHash(hash);
    }

    /** The country of the cable's post, or the post itself when the gazetteer does not place it. */
    String placeOf(tieline.cable.Cable cable) {
        String post = cable.post();
        return countryOfPost(post).map(Country::name).orElse(post == null ? "" : post);
    }

    /** The long form cables of this place define an acronym as, when they define it one way only. */
    Optional<String> localLongForm(String acronym, String place) {
        Set<String> forms = localLongForms.getOrDefault(acronym, Map.of()).get(place);
        return forms != null && forms.size() == 1 ? Optional.of(forms.iterator().next()) : Optional.empty();
    }

    /**
     * True when some known name starts with this lower-case word ("adapted CFE"); {@code hash} is
     * the word's {@link String#hashCode()}, known from the tokenizer.
     */
    boolean startsAnyName(String lowerCaseWord, int hash) {
        return lowerCaseStartFilter.mayContainHash(hash) && lowerCaseStarts.contains(lowerCaseWord);
    }

    private void addLex(LexEntry e) {
        lexEntries.add(e);
    }

    private void file(LexEntry e) {
        if (Character.isLowerCase(e.words()[0].charAt(0))) {
            lowerCaseStarts.add(e.words()[0]);
        }
        lexicon.computeIfAbsent(e.words()[0], k -> new ArrayList<>()).add(e);
        capsLexicon.computeIfAbsent(e.words()[0].toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(e);
    }

    /**
     * Lexicon entries whose first word is this one (upper-cased look-up for capital-letter
     * paragraphs); {@code hash} is the word's {@link String#hashCode()}.
     */
    List<LexEntry> startingWith(String word, int hash, boolean caps) {
        if (!(caps ? capsLexiconStarts : lexiconStarts).mayContainHash(hash)) {
            return List.of();
        }
        List<LexEntry> l = (caps ? capsLexiconTable : lexiconTable).get(word, hash);
        return l == null ? List.of() : l;
    }

    /**
     * True when the corpus writes this word in lower case far more often than with a capital inside
     * a sentence: an ordinary word ("bulletin", "organizations"), not a surname ("Rice", "Holder").
     */
    boolean mostlyOrdinaryWord(String word) {
        return wordUse.mostlyLowerCase(word);
    }

    /** True when the corpus writes this name in lower case somewhere: a common word, not only a name. */
    private boolean isCommonWord(String word) {
        return commonWords.contains(word.toLowerCase(Locale.ROOT));
    }

    Optional<String> personId(String fullName) {
        return Optional.ofNullable(personIdByName.get(fullName));
    }

    /** The canonical name of a person the corpus or gazetteer names in full. */
    Optional<String> personName(String id) {
        return Optional.ofNullable(personNameById.get(id));
    }

    /** People whose full name has this word anywhere in it ("Lula" in "Lula da Silva"). */
    Set<String> personIdsWithNamePart(String word) {
        return personIdsByNamePart.getOrDefault(word, Set.of());
    }

    Set<String> personIdsWithSurname(String surname) {
        return personIdsBySurname.getOrDefault(surname, Set.of());
    }

    /** The long form an acronym was defined as, when the corpus defines it one way only. */
    Optional<String> longForm(String acronym) {
        Set<String> forms = longFormsByAcronym.get(acronym);
        return forms != null && forms.size() == 1 ? Optional.of(forms.iterator().next()) : Optional.empty();
    }

    /**
     * True when cables define this acronym as bodies that share few words (ICE: Immigration and
     * Customs Enforcement, and Instituto Costarricense de Electricidad), not as wordings of one body
     * (DEA: Drug Enforcement Administration or Agency).
     */
    boolean ambiguousAcronym(String acronym) {
        return ambiguousAcronyms.contains(acronym);
    }

    private static boolean unrelatedLongForms(Set<String> forms) {
        List<Set<String>> words = forms.stream().map(NameIndex::contentWords).toList();
        for (int i = 0; i < words.size(); i++) {
            for (int j = i + 1; j < words.size(); j++) {
                Set<String> both = new HashSet<>(words.get(i));
                both.retainAll(words.get(j));
                Set<String> either = new HashSet<>(words.get(i));
                either.addAll(words.get(j));
                if (both.size() * 2 < either.size()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words that join a long form's words and say nothing about which body it is. */
    private static final Set<String> LONG_FORM_FILLERS = Set.of("of", "the", "and", "for", "de", "la", "del", "el");

    private static Set<String> contentWords(String longForm) {
        Set<String> words = new HashSet<>();
        for (String w : longForm.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            if (!w.isEmpty() && !LONG_FORM_FILLERS.contains(w)) {
                words.add(w);
            }
        }
        return words;
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
        Optional<Country> known = post == null ? null : countryByPost.get(post);
        return known != null ? known : gazetteer.countryOfPost(post);
    }
}
