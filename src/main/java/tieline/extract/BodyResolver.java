package tieline.extract;

import java.util.Optional;
import java.util.Set;
import tieline.model.EntityType;

/**
 * Gives organizations and topics their entity: the gazetteer entry when one matches (a body
 * the gazetteer ties to a country matches only in cables about that country), else an id from
 * the acronym when the corpus defines one, else from the long name. Generic government bodies
 * ("Ministry of Defense") are told apart by country: a nationality before the name, else the
 * country of the post that sent the cable.
 */
final class BodyResolver {

    /** A resolved body: entity id, type and canonical name. */
    record Body(String id, EntityType type, String name) {
    }

    private final NameIndex index;

    BodyResolver(NameIndex index) {
        this.index = index;
    }

    /**
     * @param type          ORGANIZATION or TOPIC as the rule saw it
     * @param name          the name as found (long form or acronym)
     * @param acronym       the acronym bound to it in the text, or null
     * @param qualifier     a nationality or country word before it, or null
     * @param postCountry   the country of the cable's post, or null
     * @param place         where the cable comes from, as {@link NameIndex#placeOf} names it
     * @param cableCountries country names and adjectives the cable uses
     */
    Optional<Body> resolve(EntityType type, String name, String acronym, String qualifier, Country postCountry,
                           String place, Set<String> cableCountries) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String longName = normalise(name);
        if (longName.endsWith(" Government") && longName.indexOf(' ') == longName.length() - " Government".length()) {
            // "Azerbaijani Government" -> "Government of Azerbaijan"
            Optional<Country> of = index.country(longName.substring(0, longName.indexOf(' ')));
            if (of.isPresent()) {
                longName = "Government of " + of.get().name();
            }
        }
        if (longName.startsWith("Government of ")) {
            // a government is a body, however the letters standing for it were first taken
            type = EntityType.ORGANIZATION;
        }
        String acr = acronym;
        if (acr == null && looksLikeAcronym(longName)) {
            acr = longName;
            longName = null;
        }
        Country country = null;
        boolean us = false;
        if (qualifier != null) {
            if (qualifier.startsWith("U.S") || qualifier.equals("American")) {
                us = true;
            } else {
                country = index.country(qualifier).orElse(null);
            }
        }
        if (country == null && !us) {
            country = postCountry;
        }
        if (acr != null && longName == null && !us && GovernmentAcronym.standsFor(acr, country)) {
            // "GOB" in a Brasilia cable: the Government of Brazil, not every government called GOB
            type = EntityType.ORGANIZATION;
            longName = "Government of " + country.name();
            acr = null;
        }
        if (qualifier != null) {
            for (String s : new String[] {acr, longName}) {
                if (s != null) {
                    for (GazetteerEntry e : index.gazetteer(qualifier + " " + s)) {
                        if (e.type() == EntityType.ORGANIZATION || e.type() == EntityType.TOPIC) {
                            return Optional.of(new Body(e.id(), e.type(), e.name()));
                        }
                    }
                }
            }
        }
        Optional<GazetteerEntry> known = gazetteer(acr, longName, country, us, cableCountries);
        if (known.isEmpty()) {
            if (acr == null && longName != null) {
                acr = index.acronym(longName).orElse(null);
            } else if (acr != null && longName == null) {
                longName = index.longForm(acr).orElse(null);
            }
            known = gazetteer(acr, longName, country, us, cableCountries);
        }
        if (known.isPresent()) {
            GazetteerEntry e = known.get();
            return Optional.of(new Body(e.id(), e.type(), e.name()));
        }
        Optional<GazetteerEntry> elsewhere = otherCountry(acr, longName);
        if (elsewhere.isPresent()) {
            // the gazetteer knows this body for another country: this one is that country's namesake
            GazetteerEntry e = elsewhere.get();
            if (country == null || us) {
                return Optional.empty();
            }
            String key = e.acronym() != null ? e.acronym() : e.name();
            return Optional.of(new Body(EntityIds.of(e.type(), country.name() + " " + key), e.type(),
                    e.name() + " (" + country.name() + ")"));
        }
        String display = longName != null ? longName : acr;
        if (display == null || display.length() < 2) {
            return Optional.empty();
        }
        boolean generic = isGenericMinistry(display) || index.isNationalBody(display)
                || longName != null && index.isNationalBody(longName);
        // a government is keyed by its country, not by letters other posts use for other governments
        // (GOB is Brazil's in Brasilia and Bangladesh's in Dhaka); letters that stand for unrelated
        // bodies are keyed by the body they stand for here (ICE in San Jose is not the US agency)
        boolean government = longName != null && longName.startsWith("Government of ");
        String key = acr != null && !government ? acr : display;
        if (acr != null && !government && index.ambiguousAcronym(acr)) {
            // the long form written here, or the one this country's cables define
            String local = longName != null ? longName
                    : us ? null : index.localLongForm(acr, country != null ? country.name() : place).orElse(null);
            if (local != null) {
                key = local;
                display = local;
            }
        }
        if (acr != null && longName != null && index.gazetteerEntry(EntityIds.of(type, acr)).isPresent()) {
            // the gazetteer's id for this acronym names something else
            key = longName;
        }
        if (generic && country != null && !us) {
            return Optional.of(new Body(EntityIds.of(type, country.name() + " " + key), type,
                    display + " (" + country.name() + ")"));
        }
        return Optional.of(new Body(EntityIds.of(type, key), type, display));
    }

    private Optional<GazetteerEntry> gazetteer(String acr, String longName, Country country, boolean us,
                                               Set<String> cableCountries) {
        for (String s : new String[] {acr, longName}) {
            if (s == null) {
                continue;
            }
            for (GazetteerEntry e : index.gazetteer(s)) {
                if (e.type() != EntityType.ORGANIZATION && e.type() != EntityType.TOPIC) {
                    continue;
                }
                if (s == acr && longName != null && !e.hasSurface(longName)) {
                    // "Nestor Kirchner (NK)" is not the gazetteer's NK
                    continue;
                }
                if (e.country() == null || countryMatches(e.country(), country, us, cableCountries)) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    private Optional<GazetteerEntry> otherCountry(String acr, String longName) {
        for (String s : new String[] {acr, longName}) {
            if (s == null) {
                continue;
            }
            for (GazetteerEntry e : index.gazetteer(s)) {
                if (s == acr && longName != null && !e.hasSurface(longName)) {
                    continue;
                }
                if (e.country() != null && (e.type() == EntityType.ORGANIZATION || e.type() == EntityType.TOPIC)) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    private boolean countryMatches(String entryCountry, Country country, boolean us, Set<String> cableCountries) {
        if (us) {
            return false;
        }
        if (country != null) {
            return country.name().equals(entryCountry);
        }
        for (String w : cableCountries) {
            Optional<Country> c = index.country(w);
            if (c.isPresent() && c.get().name().equals(entryCountry)) {
                return true;
            }
        }
        return false;
    }

    /** True for a ministry named by its domain only ("Ministry of Defense"): every country has one. */
    static boolean isGenericMinistry(String name) {
        return name.startsWith("Ministry of") && name.indexOf('(') < 0;
    }

    /** "the Foreign Ministry" -> "Ministry of Foreign Affairs"; leading articles and possessives go. */
    static String normalise(String name) {
        String n = Whitespace.collapse(name.trim());
        if (n.startsWith("the ") || n.startsWith("The ")) {
            n = n.substring(4);
        }
        if (n.endsWith("'s") || n.endsWith("\u2019s")) {
            n = n.substring(0, n.length() - 2);
        }
        if (n.endsWith(" Ministry")) {
            String[] words = n.split(" ");
            if (words.length == 2) {
                String domain = CableVocabulary.MINISTRY_DOMAINS.get(words[0]);
                if (domain != null) {
                    return "Ministry of " + domain;
                }
            }
        }
        if (n.startsWith("Ministry of Defence")) {
            n = "Ministry of Defense" + n.substring("Ministry of Defence".length());
        }
        return n;
    }

    static boolean looksLikeAcronym(String s) {
        if (s.length() < 2 || s.length() > 8 || s.indexOf(' ') >= 0) {
            return false;
        }
        int upper = 0;
        for (char c : s.toCharArray()) {
            if (Character.isUpperCase(c)) {
                upper++;
            }
        }
        int letters = 0;
        for (char c : s.toCharArray()) {
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return upper >= 2 && upper * 2 > letters;
    }
}
