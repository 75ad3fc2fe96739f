package tieline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tieline.extract.BodyResolver.Body;
import tieline.extract.Candidate.Kind;
import tieline.model.EntityType;

/**
 * The second, per-cable pass: finds every known name again (gazetteer, full names met anywhere
 * in the corpus, their surnames, defined acronyms) and ties each mention to one entity. A
 * surname alone resolves to the full name met in the same cable first, then in the corpus, and
 * only when that is unambiguous; "the Ambassador" and "the Defense Minister" resolve to the
 * person the cable (or the gazetteer, by date) names in that office.
 */
final class MentionResolver {

    /** A candidate waiting for resolution, with the gazetteer entry a lexicon match named. */
    private record Pending(Candidate candidate, String gazetteerId) {
    }

    /** A person named with a title in this cable. */
    private record Titled(String personId, String titleKey, String head, String orgId, int paragraph) {
    }

    private final NameIndex index;
    private final BodyResolver bodies;
    private final OfficeHolders offices;
    private final PlaceNames places;

    MentionResolver(NameIndex index, BodyResolver bodies, OfficeHolders offices, PlaceNames places) {
        this.index = index;
        this.bodies = bodies;
        this.offices = offices;
        this.places = places;
    }

    List<ResolvedMention> resolve(CableScan scan) {
        LocalDate day = scan.cable().date();
        Country postCountry = index.countryOfPost(scan.cable().post()).orElse(null);
        String place = index.placeOf(scan.cable());
        List<Pending> pending = new ArrayList<>();
        Map<Integer, List<Candidate>> byParagraph = new HashMap<>();
        for (Candidate c : scan.candidates()) {
            byParagraph.computeIfAbsent(c.paragraph(), k -> new ArrayList<>()).add(c);
        }
        for (ParagraphText p : scan.paragraphs()) {
            List<Candidate> found = byParagraph.getOrDefault(p.paragraph(), List.of());
            found.forEach(c -> pending.add(new Pending(c, null)));
            lexiconMatches(p, found, pending, place);
        }
        List<ResolvedMention> out = new ArrayList<>();
        Map<String, Set<String>> cableSurnames = new HashMap<>();
        List<Titled> titled = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        // 1. full names, header included
        List<Pending> header = scan.header().stream().map(c -> new Pending(c, null)).toList();
        for (Pending p : concat(header, pending)) {
            Candidate c = p.candidate();
            if (c.kind() != Kind.PERSON || p.gazetteerId() == null && index.isRejectedName(c.name())) {
                continue;
            }
            String id = p.gazetteerId() != null ? p.gazetteerId() : personId(c.name());
            String name = index.gazetteerEntry(id).map(GazetteerEntry::name)
                    .orElseGet(() -> index.personName(id).orElse(c.name()));
            names.put(id, name);
            cableSurnames.computeIfAbsent(PersonNames.surname(name), k -> new LinkedHashSet<>()).add(id);
            // a spelling variant's own surname ("Shukri" beside "Ibrahim Shukri", known as Shukhri)
            cableSurnames.computeIfAbsent(PersonNames.surname(c.name()), k -> new LinkedHashSet<>()).add(id);
            out.add(person(id, name, c, scan, postCountry, place, titled));
        }
        // 2. surnames bound by a title, then the signer, then bare surnames
        List<Pending> surnames = new ArrayList<>(concat(header, pending).stream()
                .filter(p -> p.candidate().kind() == Kind.SURNAME).toList());
        surnames.sort(Comparator.comparing((Pending p) -> p.candidate().title() == null));
        FirstNamesBefore firstNamesBefore = new FirstNamesBefore(scan);
        // "President Mubarak" again in the same cable is the President Mubarak already resolved here
        Map<String, String> byTitledSurname = new HashMap<>();
        for (Pending p : surnames) {
            Candidate c = p.candidate();
            boolean bound = c.title() != null || c.paragraph() == 0;
            String titledKey = c.title() == null ? null : c.name() + "|" + Titles.key(c.title());
            String before = titledKey == null ? null : byTitledSurname.get(titledKey);
            Optional<String> id = before != null ? Optional.of(before)
                    : resolveSurname(c.name(), c.title(), day, cableSurnames, bound, firstNamesBefore);
            if (id.isEmpty()) {
                continue;
            }
            if (titledKey != null) {
                byTitledSurname.putIfAbsent(titledKey, id.get());
            }
            String name = names.computeIfAbsent(id.get(), k -> index.personName(k).orElse(c.name()));
            if (c.title() != null) {
                cableSurnames.computeIfAbsent(c.name(), k -> new LinkedHashSet<>()).add(id.get());
            }
            out.add(person(id.get(), name, c, scan, postCountry, place, titled));
        }
        // 3. bodies and topics
        Map<String, String> definedHere = acronymsDefinedIn(scan);
        for (Pending p : pending) {
            Candidate c = p.candidate();
            if (c.kind() != Kind.ORGANIZATION && c.kind() != Kind.TOPIC) {
                continue;
            }
            Optional<Body> body;
            EntityType type = c.kind() == Kind.ORGANIZATION ? EntityType.ORGANIZATION : EntityType.TOPIC;
            GazetteerEntry known = p.gazetteerId() == null ? null : index.gazetteerEntry(p.gazetteerId()).orElse(null);
            String definition = c.acronym() == null ? definedHere.get(c.name()) : null;
            if (definition != null && (known != null ? !known.hasSurface(definition)
                    : GovernmentAcronym.standsFor(c.name(), postCountry))) {
                // "the Government of Chile's (GOC)" in San Jose: the cable's own definition of the letters
                // wins over the gazetteer's body and over the host government's letters
                body = bodies.resolve(type, definition, c.name(), c.qualifier(), postCountry, place,
                        scan.countryWords());
                known = null;
            } else if (known != null && !BodyResolver.isGenericMinistry(known.name())) {
                body = Optional.of(new Body(known.id(), known.type(), known.name()));
            } else {
                // a generic ministry the gazetteer ties to a country ("MFA" of Azerbaijan) is that body only
                // in cables about that country; an "MFA" in a Paris cable is France's, as if the rules found it
                body = bodies.resolve(type, c.name(), c.acronym(), c.qualifier(), postCountry, place,
                        scan.countryWords());
            }
            if (body.isPresent() && known == null && index.gazetteerEntry(body.get().id()).isEmpty()) {
                Optional<String> person = personNamedBy(body.get().name());
                if (person.isPresent()) {
                    // "Cristina Fernandez de Kirchner (CFK)": an acronym for a person
                    out.add(new ResolvedMention(person.get(), EntityType.PERSON, body.get().name(), c.paragraph(),
                            c.start(), c.end(), c.surface(), null, null, null, false, false));
                    continue;
                }
            }
            body.ifPresent(b -> out.add(new ResolvedMention(b.id(), b.type(), b.name(), c.paragraph(), c.start(),
                    c.end(), c.surface(), null, null, null, false, false)));
        }
        // 4. people named by office
        for (Pending p : pending) {
            Candidate c = p.candidate();
            if (c.kind() != Kind.ROLE_REFERENCE) {
                continue;
            }
            resolveReference(c, day, postCountry, titled).ifPresent(id -> out.add(new ResolvedMention(id,
                    EntityType.PERSON, names.computeIfAbsent(id, k -> nameOf(k, k)), c.paragraph(), c.start(),
                    c.end(), c.surface(), null, null, null, false, true)));
        }
        out.sort(Comparator.comparingInt(ResolvedMention::paragraph).thenComparingInt(ResolvedMention::start));
        return out;
    }

    private static List<Pending> concat(List<Pending> a, List<Pending> b) {
        List<Pending> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private String personId(String fullName) {
        for (GazetteerEntry e : index.gazetteer(fullName)) {
            if (e.type() == EntityType.PERSON) {
                return e.id();
            }
        }
        return index.personId(fullName).orElse(EntityIds.of(EntityType.PERSON, fullName));
    }

    private String nameOf(String id, String fallback) {
        return index.gazetteerEntry(id).map(GazetteerEntry::name).orElse(fallback);
    }

    private ResolvedMention person(String id, String name, Candidate c, CableScan scan, Country postCountry,
                                   String place, List<Titled> titled) {
        String orgId = null;
        String orgName = null;
        if (c.orgHint() != null) {
            String qualifier = c.qualifier() != null ? c.qualifier() : index.nationality(name).orElse(null);
            Optional<Body> body = bodies.resolve(EntityType.ORGANIZATION, c.orgHint(), null, qualifier,
                    postCountry, place, scan.countryWords());
            if (body.isPresent()) {
                orgId = body.get().id();
                orgName = body.get().name();
            }
        }
        if (c.title() != null) {
            titled.add(new Titled(id, Titles.key(c.title()), Titles.head(c.title()), orgId, c.paragraph()));
        }
        return new ResolvedMention(id, EntityType.PERSON, name, c.paragraph(), c.start(), c.end(), c.surface(),
                c.title(), orgId, orgName, c.former(), false);
    }

    private Optional<String> resolveSurname(String surname, String title, LocalDate day,
                                            Map<String, Set<String>> cableSurnames, boolean bound,
                                            FirstNamesBefore firstNamesBefore) {
        if (title != null) {
            Optional<String> holder = offices.bySurname(surname, title, day);
            if (holder.isPresent()) {
                return holder;
            }
        }
        Set<String> inCable = cableSurnames.getOrDefault(surname, Set.of());
        if (inCable.size() == 1) {
            String only = inCable.iterator().next();
            return Optional.of(title == null ? only : namesakeHoldingTheOffice(surname, title, day, only).orElse(only));
        }
        if (inCable.isEmpty() && title == null && places.isWord(surname)) {
            // a bare "Lagos" in a cable that names no one of that surname is the city, not Jorge Lagos
            return Optional.empty();
        }
        if (inCable.isEmpty()) {
            Set<String> inCorpus = index.personIdsWithSurname(surname);
            if (inCorpus.size() == 1) {
                String only = inCorpus.iterator().next();
                if (title == null && firstNamesBefore.anotherThan(surname, index.personName(only).orElse(surname))) {
                    // the cable names someone else of this surname ("inviting David Carson from the
                    // Copyright Office"): its bare "Carson" is not the one Carson the corpus names
                    return Optional.empty();
                }
                // "President Lagos" is not the Consul Jorge Lagos met elsewhere
                boolean otherOffice = title != null && index.personName(only)
                        .map(n -> index.titledOtherwise(n, title)).orElse(false);
                if (!otherOffice) {
                    return Optional.of(only);
                }
                return Optional.of(EntityIds.of(EntityType.PERSON, surname));
            }
        }
        if (bound && inCable.isEmpty() && index.personIdsWithSurname(surname).isEmpty()) {
            // "President Lula": no one has this surname, but one person has it as a name
            Set<String> byPart = index.personIdsWithNamePart(surname);
            // (unless cables give that person another office: "Bishop Jovan" is not the advisor Jovan Ratkovic)
            if (byPart.size() == 1 && title != null && index.personName(byPart.iterator().next())
                    .map(n -> !index.titledOtherwise(n, title)).orElse(false)) {
                return Optional.of(byPart.iterator().next());
            }
            if (byPart.size() > 1 && title != null) {
                // "Leader Muammar": the one person whose given name it is and whom cables give that
                // title elsewhere (not Aisha Muammar Al-Qadhafi; "King Hussein" is not Hussein Ali)
                List<String> byGivenName = byPart.stream()
                        .filter(id -> index.personName(id).map(n -> n.startsWith(surname + " ")
                                && index.titledAs(n, title)).orElse(false)).toList();
                if (byGivenName.size() == 1) {
                    return Optional.of(byGivenName.get(0));
                }
            }
            // "President Zapateros's decision": a stray plural or possessive of a surname the cable names
            if (surname.length() > 4 && surname.endsWith("s")) {
                String stem = surname.substring(0, surname.length() - 1);
                Set<String> stemInCable = cableSurnames.getOrDefault(stem, Set.of());
                if (stemInCable.size() == 1) {
                    return Optional.of(stemInCable.iterator().next());
                }
            }
            // "Official Bulletin", "Assistant Secretary for International Organizations": an ordinary word
            if (index.mostlyOrdinaryWord(surname)) {
                return Optional.empty();
            }
            return Optional.of(EntityIds.of(EntityType.PERSON, surname));
        }
        return Optional.empty();
    }

    private boolean genericMinistry(String gazetteerId) {
        return gazetteerId != null && index.gazetteerEntry(gazetteerId)
                .map(e -> BodyResolver.isGenericMinistry(e.name())).orElse(false);
    }

    /** The country word right before word {@code at} ("the Russian MFA"), which tells whose ministry it is; else null. */
    private String countryWordBefore(Tokens tokens, int at) {
        return at > 0 && index.country(tokens.text(at - 1)).isPresent() ? tokens.text(at - 1) : null;
    }

    /** The acronyms the cable defines one way only ("Government of Chile's (GOC)"), with their long forms. */
    private static Map<String, String> acronymsDefinedIn(CableScan scan) {
        Map<String, String> defined = new HashMap<>();
        for (Candidate c : scan.candidates()) {
            if (c.acronym() != null && c.name() != null
                    && (c.kind() == Kind.ORGANIZATION || c.kind() == Kind.TOPIC)) {
                defined.merge(c.acronym(), c.name(), (a, b) -> a.equals(b) ? a : "");
            }
        }
        defined.values().removeIf(String::isEmpty);
        return defined;
    }

    /**
     * The first names a cable writes right before a capitalised word ("David Carson", "Mark Ward"),
     * by that word, gathered in one pass over the cable when the first bare surname asks: a bare
     * "Carson" in a cable that names David Carson is not the Johnnie Carson the corpus knows.
     */
    private final class FirstNamesBefore {
        private final CableScan scan;
        private Map<String, List<String>> bySurname;

        FirstNamesBefore(CableScan scan) {
            this.scan = scan;
        }

        /**
         * True when the cable writes the surname after a first name (one the corpus gives some
         * person) that is none of the given names of {@code fullName}, the person the corpus
         * knows. "Mario Montoya" is Mario Montoya himself, and "Benizir Bhutto" is Benazir Bhutto
         * spelt another way.
         */
        boolean anotherThan(String surname, String fullName) {
            List<String> before = gathered().get(surname);
            if (before == null) {
                return false;
            }
            String[] given = fullName.split(" ");
            for (String word : before) {
                if (!spellsOneOf(word, given)) {
                    return true;
                }
            }
            return false;
        }

        private Map<String, List<String>> gathered() {
            if (bySurname == null) {
                bySurname = new HashMap<>();
                for (ParagraphText p : scan.paragraphs()) {
                    Tokens tokens = p.tokens();
                    for (int k = 1; k < tokens.size(); k++) {
                        if (tokens.capitalised(k) && tokens.capitalised(k - 1) && index.mayBeFirstName(tokens.hash(k - 1))
                                && partOfLongerName(p, k - 1, k)) {
                            String first = tokens.text(k - 1);
                            if (index.isFirstName(first) && !innerCapital(first)) {
                                bySurname.computeIfAbsent(tokens.text(k), w -> new ArrayList<>(2)).add(first);
                            }
                        }
                    }
                }
            }
            return bySurname;
        }
    }

    /** "PermRep", "DepPolCouns": a capital inside the word marks an abbreviated title, never a given name. */
    private static boolean innerCapital(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Given names spelt two ways share their first three letters: Benizir / Benazir, Joachim / Joaquim. */
    private static boolean spellsOneOf(String word, String[] given) {
        for (String g : given) {
            if (word.regionMatches(true, 0, g, 0, Math.min(3, Math.min(word.length(), g.length())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "President Arias" in a cable that names only Minister of the Presidency Rodrigo Arias in full
     * is his brother: the one other person of that surname whom cables give this title, when the
     * person named in the cable is known by other offices only, or had not been given this title
     * by the cable's date ("President Kirchner" in 2004 is Nestor, though the cable names Cristina).
     */
    private Optional<String> namesakeHoldingTheOffice(String surname, String title, LocalDate day, String named) {
        String namedName = index.personName(named).orElse(null);
        if (namedName == null) {
            return Optional.empty();
        }
        String titleKey = Titles.key(title);
        boolean otherOffices = index.titledOtherwise(namedName, title);
        boolean notYet = !index.titledSoBy(namedName, titleKey, day);
        if (!otherOffices && !notYet) {
            return Optional.empty();
        }
        String holder = null;
        for (String id : index.personIdsWithSurname(surname)) {
            String n = index.personName(id).orElse(null);
            // known by other offices: any namesake given the title; not yet given it: one given it by then
            if (!id.equals(named) && n != null && !PersonNames.wordsInOrder(namedName.split(" "), n.split(" "))
                    && (otherOffices && index.titledAs(n, title) || notYet && index.titledSoBy(n, titleKey, day))) {
                if (holder != null) {
                    return Optional.empty();
                }
                holder = id;
            }
        }
        return Optional.ofNullable(holder);
    }

    private Optional<String> resolveReference(Candidate c, LocalDate day, Country postCountry, List<Titled> titled) {
        String key = Titles.key(c.title());
        String country = postCountry == null ? null : postCountry.name();
        if (key.equals("ambassador")) {
            for (Titled t : titled) {
                if (t.paragraph() == 0 && t.head().equals("Ambassador")) {
                    return Optional.of(t.personId());
                }
            }
        }
        Set<String> same = new LinkedHashSet<>();
        for (Titled t : titled) {
            if (t.titleKey().equals(key)) {
                same.add(t.personId());
            }
        }
        if (same.size() == 1) {
            return Optional.of(same.iterator().next());
        }
        if (same.isEmpty()) {
            return offices.byOffice(c.title(), country, day);
        }
        return Optional.empty();
    }

    /** Known names the rules did not find here: gazetteer names, full names and surnames met elsewhere, acronyms. */
    private void lexiconMatches(ParagraphText p, List<Candidate> found, List<Pending> pending, String place) {
        Tokens tokens = p.tokens();
        boolean[] covered = new boolean[tokens.size()];
        for (Candidate c : found) {
            for (int k = tokens.firstEndingAfter(c.start()); k < tokens.size() && tokens.start(k) < c.end();
                 k++) {
                covered[k] = true;
            }
        }
        int i = 0;
        while (i < tokens.size()) {
            if (covered[i]) {
                i++;
                continue;
            }
            if (tokens.redacted(i) || tokens.isNumber(i)
                    || !p.caps() && tokens.lowerCase(i) && !index.startsAnyName(tokens.text(i), tokens.hash(i))) {
                i++;
                continue;
            }
            String key = p.caps() ? tokens.text(i).toUpperCase(java.util.Locale.ROOT) : tokens.text(i);
            NameIndex.LexEntry best = null;
            int keyHash = p.caps() ? key.hashCode() : tokens.hash(i);
            List<NameIndex.LexEntry> entries = index.startingWith(key, keyHash, p.caps());
            for (int k = 0; k < entries.size(); k++) {
                NameIndex.LexEntry e = entries.get(k);
                if ((best == null || e.words().length > best.words().length) && matches(p, i, e, covered)
                        && (e.gazetteerId() != null || e.words().length > 1 || e.kind() == Kind.SURNAME
                        || e.kind() == Kind.PERSON || e.definedAt(place))) {
                    best = e;
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            int last = i + best.words().length - 1;
            String surface = p.text().substring(tokens.start(i), tokens.end(last));
            Kind kind = best.kind();
            String name = kind == Kind.BLOCKED ? null : best.value();
            String gazetteerId = best.gazetteerId();
            String acronym = null;
            if (gazetteerId != null && best.words().length == 1 && (kind == Kind.ORGANIZATION || kind == Kind.TOPIC)) {
                // a local definition wins over the gazetteer's: "NK" in Buenos Aires is Nestor Kirchner
                Optional<String> local = index.localLongForm(best.value(), place);
                GazetteerEntry entry = index.gazetteerEntry(gazetteerId).orElse(null);
                if (local.isPresent() && entry != null && !entry.hasSurface(local.get())) {
                    acronym = best.value();
                    name = local.get();
                    gazetteerId = null;
                }
            }
            Candidate c = new Candidate(kind, p.paragraph(), tokens.start(i), tokens.end(last), surface, name, acronym, null,
                    null, false, genericMinistry(gazetteerId) ? countryWordBefore(tokens, i) : null);
            if (kind != Kind.BLOCKED) {
                pending.add(new Pending(c, gazetteerId));
            }
            i += best.words().length;
        }
    }

    /** The person a body-like name really names: a known full name, or a known first name with no body word. */
    private Optional<String> personNamedBy(String name) {
        if (!PersonNames.isFull(name) || index.isRejectedName(name)) {
            return Optional.empty();
        }
        Optional<String> known = index.personId(name);
        if (known.isPresent()) {
            return known;
        }
        if (index.isFirstName(name.substring(0, name.indexOf(' '))) && !hasBodyWord(name)) {
            return Optional.of(EntityIds.of(EntityType.PERSON, name));
        }
        return Optional.empty();
    }

    private static boolean hasBodyWord(String name) {
        for (String w : name.split(" ")) {
            if ((CableVocabulary.classesOf(w) & CableVocabulary.NEVER) != 0) {
                return true;
            }
        }
        return false;
    }

    /** True when the neighbouring word is a capitalised name word joined to the word by one space. */
    private static boolean partOfLongerName(ParagraphText p, int neighbour, int at) {
        // read from the word columns: asked for every one-word surname match, twice
        Tokens tokens = p.tokens();
        if (neighbour < 0 || neighbour >= tokens.size()) {
            return false;
        }
        int left = Math.min(neighbour, at);
        int right = Math.max(neighbour, at);
        return tokens.capitalised(neighbour) && !tokens.is(neighbour, CableVocabulary.TITLE_HEAD)
                && !tokens.is(neighbour, CableVocabulary.NEVER) && !tokens.possessive(left)
                && tokens.start(right) - tokens.end(left) == 1 && p.text().charAt(tokens.end(left)) == ' '
                && p.sentenceOf()[neighbour] == p.sentenceOf()[at];
    }

    private boolean matches(ParagraphText p, int at, NameIndex.LexEntry e, boolean[] covered) {
        Tokens tokens = p.tokens();
        String[] words = e.words();
        if (at + words.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            int t = at + k;
            if (covered[t]) {
                return false;
            }
            // in mixed-case text the look-up by the first word has already matched it; a later word's
            // hash (known to the tokenizer, cached by the string) settles most mismatches unread
            if (p.caps() ? !tokens.text(t).equalsIgnoreCase(words[k])
                    : k > 0 && (tokens.hash(t) != words[k].hashCode() || !tokens.text(t).equals(words[k]))) {
                return false;
            }
            if (k > 0) {
                int prev = t - 1;
                if (tokens.possessive(prev) || tokens.start(t) - tokens.end(prev) > 2
                        || !Whitespace.isBlank(p.text(), tokens.end(prev), tokens.start(t))) {
                    return false;
                }
            }
        }
        if ((e.kind() == Kind.PERSON || e.kind() == Kind.SURNAME) && at > 0
                && tokens.text(at - 1).equalsIgnoreCase("at")) {
            // "at Heydar Aliyev" is the airport or the foundation, not the man
            return false;
        }
        if (words.length == 1) {
            boolean isStart = at == 0 || p.sentenceOf()[at - 1] != p.sentenceOf()[at];
            if (e.kind() == Kind.SURNAME && at > 0 && tokens.text(at - 1).equalsIgnoreCase("the")
                    && places.isLettersOfSpan(p.text(), tokens.start(at - 1), tokens.end(at))) {
                // "the Hague" is the post cable ids write THEHAGUE, not William Hague
                return false;
            }
            if (e.kind() == Kind.SURNAME) {
                if (!p.caps() && (partOfLongerName(p, at - 1, at) || partOfLongerName(p, at + 1, at))) {
                    // "Ricardo Lagos Weber" is not Jorge Lagos
                    return false;
                }
                if (p.caps()) {
                    return e.gazetteerId() == null && !e.firstWordCommon() && words[0].length() >= 5;
                }
                return tokens.capitalised(at) && (!isStart || !e.firstWordCommon());
            }
            if (p.caps()) {
                return !e.firstWordCommon() && words[0].length() >= 3;
            }
        }
        // a gazetteer name never swallows the first words of a longer capitalised name
        int next = at + words.length;
        if (!p.caps() && e.kind() == Kind.PERSON && next < tokens.size() && tokens.capitalised(next)
                && !tokens.possessive(next - 1)
                && p.text().substring(tokens.end(next - 1), tokens.start(next)).equals(" ")) {
            return false;
        }
        return true;
    }
}
