package tieline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tieline.cable.Cable;
import tieline.cable.CableReader;
import tieline.model.Entity;
import tieline.model.Extraction;
import tieline.model.RelationType;

/** Resolution rules on small hand-written cables. */
class ResolutionRulesTest {

    /** A minimal cable from a post, dated, with the given paragraphs and signer. */
    static Cable cable(String id, String dtg, String post, String classifiedBy, String signer, String... paragraphs) {
        StringBuilder sb = new StringBuilder();
        sb.append("R ").append(dtg).append("\nFM AMEMBASSY ").append(post).append("\nTO SECSTATE WASHDC\n\n");
        sb.append("C O N F I D E N T I A L ").append(post).append(' ').append(id.replaceAll("^\\d+\\D+", ""))
                .append("\n\nE.O. 12958: DECL: 01/01/2019\nTAGS: PREL AJ\nSUBJECT: TEST\n\n");
        if (classifiedBy != null) {
            sb.append("Classified By: ").append(classifiedBy).append("\n\n");
        }
        for (int i = 0; i < paragraphs.length; i++) {
            sb.append("\u00b6").append(i + 1).append(". (C) ").append(paragraphs[i]).append("\n\n");
        }
        sb.append(signer).append('\n');
        Cable c = new CableReader().readBytes(id + ".txt", sb.toString().getBytes(StandardCharsets.UTF_8)).cable();
        assertNotNull(c, "test cable parses");
        return c;
    }

    static Extraction extract(Gazetteer g, Cable... cables) {
        return new Extractor(g).extract(List.of(cables));
    }

    static Set<String> ids(Extraction x) {
        return x.entities().stream().map(Entity::id).collect(Collectors.toSet());
    }

    @Test
    void namesakesStayApartAndSurnamesResolveInTheCableFirst() {
        Cable a = cable("08BAKU10", "101000Z JAN 08", "BAKU", null, "DERSE",
                "Minister of Emergency Situations Kamaladdin Heydarov met Deputy Minister Murat Heydarov.",
                "Later Heydarov said that nothing had changed.");
        Cable b = cable("08BAKU11", "111000Z JAN 08", "BAKU", null, "DERSE",
                "Businessman Murat Heydarov said the company was his.", "Heydarov added that he was busy.");
        Extraction x = extract(Gazetteer.empty(), a, b);
        ExtractionAssertions as = new ExtractionAssertions(x);
        as.require("person:kamaladdin-heydarov");
        as.require("person:murat-heydarov");
        assertTrue(as.entity("person:heydarov").isEmpty(), "a bare surname with two full names in the cable stays unresolved");
        assertTrue(x.mentions().stream().anyMatch(m -> m.cableId().equals("08BAKU11") && m.paragraph() == 2
                && m.entityId().equals("person:murat-heydarov")), "in 08BAKU11 only Murat Heydarov is named");
        assertFalse(x.mentions().stream().anyMatch(m -> m.cableId().equals("08BAKU10") && m.paragraph() == 2),
                "ambiguous in 08BAKU10: two Heydarovs");
    }

    @Test
    void aPersonsNameInsideAPlaceOrFoundationIsNotThePerson() {
        Cable c = cable("09BAKU20", "101000Z JAN 09", "BAKU", null, "DERSE",
                "President Ilham Aliyev opened the Heydar Aliyev International Airport terminal.",
                "The Heydar Aliyev Foundation paid for it, and planes landed at Heydar Aliyev all day.");
        Extraction x = extract(Gazetteer.bundled(), c);
        assertFalse(ids(x).contains("person:heydar-aliyev"), "Heydar Aliyev is named only inside other names: " + ids(x));
        assertTrue(ids(x).contains("person:ilham-aliyev"));
        assertTrue(ids(x).contains("org:heydar-aliyev-foundation"));
    }

    @Test
    void namesOnTheLinesOfAListAreSeparatePeopleAndAWrappedNameIsOne() {
        Cable c = cable("10ANKARA30", "181000Z FEB 10", "ANKARA", null, "JEFFREY",
                "The Undersecretary told the Ambassador that the talks would\n"
                        + "resume in March, and that Deputy Foreign Minister Araz\n"
                        + "Azimov would lead them for the government in the next\n"
                        + "round of talks on the settlement of the conflict there.",
                "Participants:\n\nUndersecretary William Burns\nDeputy Assistant Secretary Tina Kaidanow\n"
                        + "Bridget Brink, NSC\nDaniel O'Grady, Political Counselor");
        Extraction x = extract(Gazetteer.empty(), c);
        Set<String> ids = ids(x);
        assertTrue(ids.containsAll(Set.of("person:araz-azimov", "person:william-burns", "person:tina-kaidanow",
                "person:daniel-o-grady")), ids.toString());
        assertTrue(ids.stream().noneMatch(id -> id.contains("kaidanow-") || id.contains("azimov-")), ids.toString());
    }

    @Test
    void aRareTranspositionOfGivenNamesIsTheCommonNameButPatronymicsStayApart() {
        Cable a = cable("09ISLAMABAD1", "101000Z JAN 09", "ISLAMABAD", null, "PATTERSON",
                "President Asif Ali Zardari met the Ambassador.", "Asif Zardari said later that Asif Ali Zardari "
                        + "would travel.", "King Hamad bin Isa Al-Khalifa wrote to Emir Isa bin Hamad Al-Khalifa.");
        Cable b = cable("10ISLAMABAD2", "101000Z JAN 10", "ISLAMABAD", null, "PATTERSON",
                "Participants: President Ali Asif Zardari and Prime Minister Yousuf Raza Gilani.");
        Cable c = cable("10ISLAMABAD3", "111000Z JAN 10", "ISLAMABAD", null, "PATTERSON",
                "Zardari told the Ambassador that the budget would pass.");
        Extraction x = extract(Gazetteer.empty(), a, b, c);
        Set<String> ids = ids(x);
        assertFalse(ids.contains("person:ali-asif-zardari"), ids.toString());
        assertTrue(x.mentions().stream().anyMatch(m -> m.cableId().equals("10ISLAMABAD3")
                && m.entityId().equals("person:asif-ali-zardari")), "the bare surname is no longer ambiguous");
        assertTrue(ids.containsAll(Set.of("person:hamad-bin-isa-al-khalifa", "person:isa-bin-hamad-al-khalifa")),
                ids.toString());
    }

    @Test
    void aShortGivenNameTheGazetteerKnowsIsThePersonWithTheFullOne() {
        Cable a = cable("07BERN158", "101000Z JAN 07", "BERN", null, "COLEMAN",
                "Under Secretary Nicholas Burns met the Swiss State Secretary.", "Nicholas Burns said that it went well.");
        Cable b = cable("07BERN159", "111000Z JAN 07", "BERN", null, "COLEMAN",
                "U/S Nick Burns called the Ambassador.", "Burns agreed to travel.");
        Extraction merged = extract(Gazetteer.empty().addGivenNameForm("Nick", "Nicholas"), a, b);
        assertFalse(ids(merged).contains("person:nick-burns"), ids(merged).toString());
        assertTrue(merged.mentions().stream().anyMatch(m -> m.cableId().equals("07BERN159")
                && m.entityId().equals("person:nicholas-burns")));
        Extraction apart = extract(Gazetteer.empty(), a, b);
        assertTrue(ids(apart).containsAll(Set.of("person:nick-burns", "person:nicholas-burns")),
                "without the form the two names stay apart: " + ids(apart));
    }

    @Test
    void aSurnameThatIsAlsoAGivenNameIsSoughtUnlessMorePeopleHaveItAsTheirGivenName() {
        Cable a = cable("08CAIRO20", "101000Z OCT 08", "CAIRO", null, "SCOBEY",
                "Journalist Ibrahim Eissa was sentenced to prison.", "Eissa appealed the sentence.");
        Cable b = cable("09ABUDHABI20", "101000Z JAN 09", "ABUDHABI", null, "OLSON",
                "MGen Eissa al Mazrouei, Commander of the Air Force, met the Ambassador.",
                "Minister Ali Karimi and Deputy Minister Ali Hassan met Adviser Mohammed Ali.");
        Cable c = cable("09ABUDHABI21", "111000Z JAN 09", "ABUDHABI", null, "OLSON", "Ali said that he agreed.");
        Extraction x = extract(Gazetteer.empty(), a, b, c);
        assertTrue(x.mentions().stream().anyMatch(m -> m.cableId().equals("08CAIRO20") && m.paragraph() == 2
                && m.entityId().equals("person:ibrahim-eissa")), "Eissa is one man's surname and one man's given name");
        assertFalse(x.mentions().stream().anyMatch(m -> m.cableId().equals("09ABUDHABI21") && m.text().equals("Ali")),
                "Ali is two men's given name and one man's surname");
    }

    @Test
    void redactionsAreNeverEntities() {
        Cable c = cable("09BAKU21", "101000Z JAN 09", "BAKU", null, "DERSE",
                "XXXXXXXXXXXX told poloff that Deputy Foreign Minister Araz Azimov met XXXXXXXXXXXX on May 3.",
                "According to XXXXXXXXXXXX, Azimov complained.");
        Extraction x = extract(Gazetteer.empty(), c);
        for (Entity e : x.entities()) {
            assertFalse(e.name().toUpperCase().contains("XXXX"), e.name());
        }
        assertTrue(ids(x).contains("person:araz-azimov"));
    }

    @Test
    void roleReferencesResolveToTheOfficeHolderNamedInTheCableOrByDate() {
        Cable named = cable("09BAKU30", "101000Z JUN 09", "BAKU", "Ambassador Anne E. Derse, reasons 1.4 (b,d)",
                "DERSE", "On June 8, the Defense Minister told the Ambassador that Defense Minister Safar Abiyev "
                        + "would travel.", "The Ambassador thanked him.");
        Cable byDate = cable("08BAKU31", "101000Z MAR 08", "BAKU", null, "DERSE",
                "The Minister of Defense received the delegation on March 3.");
        Extraction x = extract(Gazetteer.bundled(), named, byDate);
        ExtractionAssertions as = new ExtractionAssertions(x);
        as.assertEvidence("person:safar-abiyev", RelationType.MET, "person:anne-derse", "09BAKU30", 1, "2009-06-08",
                null);
        assertTrue(x.mentions().stream().anyMatch(m -> m.cableId().equals("08BAKU31")
                        && m.entityId().equals("person:safar-abiyev") && m.text().equals("Minister of Defense")),
                "\"the Minister of Defense\" in March 2008 is the gazetteer's office holder then");
        assertTrue(x.mentions().stream().anyMatch(m -> m.cableId().equals("09BAKU30") && m.paragraph() == 0
                && m.entityId().equals("person:anne-derse")), "the Classified By officer is a mention in the header");
    }

    @Test
    void acronymsDefinedInTheTextBindBothWays() {
        Cable c = cable("09BAKU40", "101000Z JAN 09", "BAKU", null, "DERSE",
                "Officials discussed the Caspian Border Monitoring Initiative (CBMI) with Minister Ivan Petrov.",
                "Petrov said the CBMI would start soon.");
        Cable d = cable("09BAKU41", "111000Z JAN 09", "BAKU", null, "DERSE",
                "The Caspian Border Monitoring Initiative was discussed again by Minister Petrov.");
        Extraction x = extract(Gazetteer.empty(), c, d);
        ExtractionAssertions as = new ExtractionAssertions(x);
        assertEquals("Caspian Border Monitoring Initiative", as.require("topic:cbmi").name());
        as.assertEvidence("person:ivan-petrov", RelationType.DISCUSSED, "topic:cbmi", "09BAKU40", 2, null, null);
        as.assertEvidence("person:ivan-petrov", RelationType.DISCUSSED, "topic:cbmi", "09BAKU41", 1, null, null);
    }

    @Test
    void cuesTypeTheEvidence() {
        Cable c = cable("09BAKU50", "101000Z JAN 09", "BAKU", null, "DERSE",
                "Opposition leader Isa Gambar criticized Minister Ramil Usubov on January 5.",
                "Gambar's son Turan Gambarov owns a company with businessman Rauf Aliyev.",
                "Gambar wrote a letter to Deputy Prime Minister Ali Hasanov.");
        Extraction x = extract(Gazetteer.empty(), c);
        ExtractionAssertions as = new ExtractionAssertions(x);
        as.assertEvidence("person:isa-gambar", RelationType.CRITICIZED, "person:ramil-usubov", "09BAKU50", 1,
                "2009-01-05", null);
        as.assertEvidence("person:turan-gambarov", RelationType.BUSINESS, "person:rauf-aliyev", "09BAKU50", 2, null,
                null);
        as.assertEvidence("person:isa-gambar", RelationType.CORRESPONDED, "person:ali-hasanov", "09BAKU50", 3, null,
                null);
        List<String> people = new ArrayList<>();
        x.entities().forEach(e -> people.add(e.id()));
        assertFalse(people.contains("person:opposition-leader-isa-gambar"), people.toString());
    }

    @Test
    void aTitledOrdinaryWordIsNoSurnameAndAStrayPluralIsTheCablesPerson() {
        Cable a = cable("09MADRID10", "101000Z JAN 09", "MADRID", null, "SOLOMONT",
                "President Jose Luis Rodriguez Zapatero met the Ambassador on January 8.",
                "The decree appeared in the Official Bulletin on January 5.",
                "President Zapateros's decision surprised the opposition.");
        Cable b = cable("09MADRID11", "111000Z JAN 09", "MADRID", null, "SOLOMONT",
                "The bulletin listed the decree.", "A second bulletin followed.", "The bulletin was late.",
                "Each bulletin is public.",
                "Ambassador Solomont met Secretary Rice, and Rice agreed with the plan.");
        Extraction x = extract(Gazetteer.empty(), a, b);
        Set<String> ids = ids(x);
        assertFalse(ids.contains("person:bulletin"), "\"Official Bulletin\": the corpus writes \"bulletin\" as a word");
        assertFalse(ids.contains("person:zapateros"), "a stray plural of the cable's Zapatero");
        assertTrue(ids.contains("person:rice"), "a surname that is also a word, written mostly as a name, stays");
        assertTrue(x.mentions().stream().anyMatch(m -> m.text().equals("Zapateros")
                && m.entityId().equals("person:jose-luis-rodriguez-zapatero")), ids.toString());
    }

    @Test
    void aBareSurnameThatIsAPlaceOrPostIsThePlaceWhereTheCableNamesNoOneOfThatName() {
        Cable bogota = cable("09BOGOTA10", "101000Z JAN 09", "BOGOTA", null, "BROWNFIELD",
                "Consul Jorge Lagos met the Ambassador on January 8.", "Lagos said the visas were ready.");
        Cable abuja = cable("09ABUJA10", "111000Z JAN 09", "ABUJA", null, "SANDERS",
                "Police said Lagos was calm after the vote.", "The governor said Lagos would host the summit.");
        Cable london = cable("09LONDON10", "121000Z JAN 09", "LONDON", null, "TUTTLE",
                "Shadow Foreign Secretary William Hague met the Ambassador.", "Hague said the vote was close.");
        Cable lima = cable("09LIMA10", "131000Z JAN 09", "LIMA", null, "MCKINLEY",
                "The case went to the court in the Hague on January 5.", "Lawyers flew to The Hague.");
        Extraction x = extract(Gazetteer.bundled(), bogota, abuja, london, lima);
        assertTrue(x.mentions().stream().anyMatch(m -> m.cableId().equals("09LONDON10") && m.paragraph() == 2
                && m.entityId().equals("person:william-hague")), "in London, Hague is William Hague");
        assertTrue(x.mentions().stream().noneMatch(m -> m.cableId().equals("09LIMA10") && m.text().equals("Hague")),
                x.mentions().stream().filter(m -> m.cableId().equals("09LIMA10")).toList().toString());
        assertTrue(x.mentions().stream().anyMatch(m -> m.cableId().equals("09BOGOTA10") && m.paragraph() == 2
                && m.entityId().equals("person:jorge-lagos")), "in the cable that names him, Lagos is Jorge Lagos");
        assertTrue(x.mentions().stream().noneMatch(m -> m.cableId().equals("09ABUJA10") && m.text().equals("Lagos")),
                x.mentions().stream().filter(m -> m.cableId().equals("09ABUJA10")).toList().toString());
    }

    @Test
    void aMinistersCountryComesFromTheQualifierOtherCablesGiveHimBeforeThePostsCountry() {
        Cable london = cable("07LONDON10", "101000Z JAN 07", "LONDON", null, "TUTTLE",
                "The Prime Minister met French President Sarkozy on January 8.",
                "Nicolas Sarkozy said France would help.");
        Cable amman = cable("06AMMAN10", "111000Z JAN 06", "AMMAN", null, "HALE",
                "Interior Minister Nicolas Sarkozy would be the candidate of the center-right.");
        Extraction x = extract(Gazetteer.bundled(), london, amman);
        Entity sarkozy = new ExtractionAssertions(x).require("person:nicolas-sarkozy");
        List<String> orgs = sarkozy.roles().stream().map(tieline.model.Role::organizationId).toList();
        assertTrue(orgs.stream().noneMatch(o -> o != null && o.contains("jordan")), orgs.toString());
        assertTrue(orgs.stream().anyMatch(o -> o != null && o.contains("france")), orgs.toString());
    }

    @Test
    void anOfficeIsNamedAsCablesWriteItBeforeTheNameEvenWhenFirstSeenInLowerCase() {
        Cable early = cable("09SANTIAGO10", "101000Z JAN 09", "SANTIAGO", null, "SIMONS",
                "The papers quoted president Michelle Bachelet on the reform.");
        Cable late = cable("09SANTIAGO11", "101000Z FEB 09", "SANTIAGO", null, "SIMONS",
                "President Michelle Bachelet met the Ambassador on February 9.");
        Extraction x = extract(Gazetteer.empty(), early, late);
        Entity bachelet = new ExtractionAssertions(x).require("person:michelle-bachelet");
        assertEquals(List.of("President"), bachelet.roles().stream().map(tieline.model.Role::title).toList());
    }

    @Test
    void aTitledSurnameIsTheNamesakeWhoHoldsThatOfficeNotTheRelativeTheCableNames() {
        Cable a = cable("07SANJOSE20", "101000Z JAN 07", "SAN JOSE", null, "LANGDALE",
                "President Oscar Arias met the Ambassador on January 8.");
        Cable b = cable("07SANJOSE21", "101000Z FEB 07", "SAN JOSE", null, "LANGDALE",
                "Rodrigo Arias, the Minister of the Presidency, met U/S Padilla on February 8.",
                "Padilla later met with President Arias at his home.",
                "President Arias thanked him, and President Arias then left.");
        Extraction x = extract(Gazetteer.empty(), a, b);
        assertTrue(x.mentions().stream().anyMatch(m -> m.cableId().equals("07SANJOSE21") && m.paragraph() == 1
                && m.entityId().equals("person:rodrigo-arias")), x.mentions().toString());
        assertTrue(x.mentions().stream().anyMatch(m -> m.cableId().equals("07SANJOSE21") && m.paragraph() == 2
                && m.entityId().equals("person:oscar-arias")), x.mentions().toString());
        assertTrue(x.mentions().stream().noneMatch(m -> m.cableId().equals("07SANJOSE21") && m.paragraph() == 2
                && m.entityId().equals("person:rodrigo-arias")), x.mentions().toString());
        assertEquals(2, x.mentions().stream().filter(m -> m.cableId().equals("07SANJOSE21") && m.paragraph() == 3
                && m.entityId().equals("person:oscar-arias")).count(), "the same title again is the same man");
    }

    @Test
    void aTitledSurnameIsTheNamesakeWhoHeldThatTitleByTheCablesDate() {
        Cable a = cable("07NAIROBI20", "101000Z JAN 07", "NAIROBI", null, "RANNEBERGER",
                "President Mwai Kibaki met the Ambassador on January 8.");
        Cable b = cable("08NAIROBI21", "101000Z FEB 08", "NAIROBI", null, "RANNEBERGER",
                "Lucy Kibaki said the school would open on February 8.",
                "Later President Kibaki thanked the donors.");
        Extraction x = extract(Gazetteer.empty(), a, b);
        assertTrue(x.mentions().stream().anyMatch(m -> m.cableId().equals("08NAIROBI21") && m.paragraph() == 2
                && m.entityId().equals("person:mwai-kibaki")), x.mentions().toString());
        assertTrue(x.mentions().stream().anyMatch(m -> m.cableId().equals("08NAIROBI21") && m.paragraph() == 1
                && m.entityId().equals("person:lucy-kibaki")), x.mentions().toString());
    }

    @Test
    void aGenericMinistryTheGazetteerTiesToACountryIsTheHostCountrysElsewhere() {
        Cable baku = cable("09BAKU60", "101000Z JAN 09", "BAKU", null, "DERSE", "The MFA said the talks would go on.");
        Cable paris = cable("09PARIS60", "111000Z JAN 09", "PARIS", null, "RIVKIN", "The MFA said the talks would go on.");
        Extraction x = extract(Gazetteer.bundled(), baku, paris);
        assertEquals(Set.of("org:mfa"), x.mentions().stream().filter(m -> m.cableId().equals("09BAKU60")
                && m.text().equals("MFA")).map(m -> m.entityId()).collect(Collectors.toSet()));
        assertEquals(Set.of("org:france-mfa"), x.mentions().stream().filter(m -> m.cableId().equals("09PARIS60")
                && m.text().equals("MFA")).map(m -> m.entityId()).collect(Collectors.toSet()));
        Cable qualified = cable("09PARIS61", "121000Z JAN 09", "PARIS", null, "RIVKIN",
                "The Brazilian MFA said the talks would go on.");
        Extraction y = extract(Gazetteer.bundled(), qualified);
        assertEquals(Set.of("org:brazil-mfa"), y.mentions().stream().filter(m -> m.text().equals("MFA"))
                .map(m -> m.entityId()).collect(Collectors.toSet()));
    }

    @Test
    void theArticleBeforeASurnameWrittenApartOrJoinedIsOneName() {
        Cable a = cable("07CAIRO30", "101000Z JAN 07", "CAIRO", null, "RICCIARDONE",
                "Director General Mohammed El Baradei met the Ambassador.");
        Cable b = cable("07CAIRO31", "111000Z JAN 07", "CAIRO", null, "RICCIARDONE",
                "Director General Mohammed ElBaradei left for Vienna.");
        Cable c = cable("07CAIRO32", "121000Z JAN 07", "CAIRO", null, "RICCIARDONE",
                "Director General Mohammed Elbaradei spoke to the press.");
        Set<String> people = ids(extract(Gazetteer.empty(), a, b, c)).stream().filter(id -> id.contains("baradei"))
                .collect(Collectors.toSet());
        assertEquals(1, people.size(), people.toString());
    }

    @Test
    void aBareSurnameIsNotTheCorpusPersonInACableThatNamesAnotherBearerOfIt() {
        Cable state = cable("09STATE10", "101000Z JAN 09", "WASHDC", null, "CLINTON",
                "Assistant Secretary Johnnie Carson met the Ambassador on January 8.",
                "Ambassador David Hale joined them.");
        Cable madrid = cable("07MADRID10", "111000Z JAN 07", "MADRID", null, "AGUIRRE",
                "The staff made a point of inviting David Carson from the Copyright Office.",
                "Carson gave two presentations.");
        Cable nairobi = cable("09NAIROBI10", "121000Z JAN 09", "NAIROBI", null, "RANNEBERGER",
                "The visit of Johnnie Carson went well.", "Carson said the talks would go on.");
        Extraction x = extract(Gazetteer.empty(), state, madrid, nairobi);
        assertTrue(x.mentions().stream().noneMatch(m -> m.cableId().equals("07MADRID10")
                && m.entityId().equals("person:johnnie-carson")), x.mentions().toString());
        assertTrue(x.mentions().stream().anyMatch(m -> m.cableId().equals("09NAIROBI10") && m.paragraph() == 2
                && m.entityId().equals("person:johnnie-carson")), x.mentions().toString());
    }

    @Test
    void aBodyEveryCountryHasIsTheHostCountrysWhenTheGazetteerListsIt() {
        Cable bogota = cable("09BOGOTA61", "101000Z JAN 09", "BOGOTA", null, "BROWNFIELD",
                "The Supreme Court ruled on the case on January 8.");
        Cable brasilia = cable("09BRASILIA61", "111000Z JAN 09", "BRASILIA", null, "SOBEL",
                "The Supreme Court ruled on the case on January 9.");
        Gazetteer countriesOnly = Gazetteer.empty();
        Gazetteer.bundled().countries().forEach(countriesOnly::addCountry);
        Set<String> listed = ids(extract(countriesOnly.copy().addNationalBody("Supreme Court"), bogota, brasilia));
        assertTrue(listed.containsAll(Set.of("org:colombia-supreme-court", "org:brazil-supreme-court")), listed.toString());
        assertFalse(listed.contains("org:supreme-court"), listed.toString());
        Set<String> unlisted = ids(extract(countriesOnly, bogota, brasilia));
        assertTrue(unlisted.contains("org:supreme-court"), "without the list, one body: " + unlisted);
        assertTrue(ids(extract(Gazetteer.bundled(), bogota, brasilia)).contains("org:colombia-supreme-court"),
                "the bundled gazetteer lists it");
    }

    @Test
    void lettersTheCableDefinesWinOverTheHostGovernmentsLetters() {
        Cable a = cable("09SANJOSE70", "101000Z JAN 09", "SAN JOSE", null, "BRENNAN",
                "The GOC said the election would be on time.");
        Cable b = cable("09SANJOSE71", "111000Z JAN 09", "SAN JOSE", null, "BRENNAN",
                "The Government of Chile (GOC) offered to send observers.", "The GOC will also send a judge.");
        Extraction x = extract(Gazetteer.bundled(), a, b);
        assertEquals(Set.of("org:government-of-costa-rica"), x.mentions().stream()
                .filter(m -> m.cableId().equals("09SANJOSE70") && m.text().equals("GOC")).map(m -> m.entityId())
                .collect(Collectors.toSet()));
        assertEquals(Set.of("org:government-of-chile"), x.mentions().stream()
                .filter(m -> m.cableId().equals("09SANJOSE71") && m.paragraph() == 2 && m.text().equals("GOC"))
                .map(m -> m.entityId()).collect(Collectors.toSet()));
    }

    @Test
    void aLowerCaseDescriptionIsARoleOnlyOfSomeoneWithNoOffice() {
        Cable a = cable("09BRASILIA80", "101000Z JAN 09", "BRASILIA", null, "SOBEL",
                "In 1980, union leader Inacio Lula founded the party.",
                "President Inacio Lula met the Ambassador on January 8.",
                "The story was written by journalist Miriam Leitao on January 9.");
        Extraction x = extract(Gazetteer.empty(), a);
        ExtractionAssertions as = new ExtractionAssertions(x);
        assertEquals(List.of("President"), as.require("person:inacio-lula").roles().stream()
                .map(tieline.model.Role::title).toList());
        assertEquals(List.of("journalist"), as.require("person:miriam-leitao").roles().stream()
                .map(tieline.model.Role::title).toList());
    }

    @Test
    void aTitleAfterACommaThatRunsIntoTheNextNameIsThatNamesTitle() {
        Cable a = cable("10CAIRO90", "101000Z JAN 10", "CAIRO", null, "SCOBEY",
                "The meeting with Secretary of Defense Robert Gates, the Director of the Egyptian General "
                        + "Intelligence Service (EGIS) Omar Soliman, and the Ambassador went well.",
                "He met Michael Smith, the Director of the Office of Security, on January 8.");
        ExtractionAssertions as = new ExtractionAssertions(extract(Gazetteer.empty(), a));
        assertTrue(as.require("person:robert-gates").roles().stream().noneMatch(r -> r.title().equals("Director")),
                as.require("person:robert-gates").roles().toString());
        assertTrue(as.require("person:michael-smith").roles().stream().anyMatch(r -> r.title().equals("Director")),
                "an apposition that ends at a comma stays the name's: " + as.require("person:michael-smith").roles());
    }

    @Test
    void aNameWithAWordGluedInFrontOrACompoundSurnameWrittenAloneIsTheFullName() {
        Cable a = cable("09TRIPOLI80", "101000Z JAN 09", "TRIPOLI", null, "CRETZ",
                "Director Ahmed Fituri met the Ambassador.", "Ahmed Fituri said the visit was welcome.");
        Cable b = cable("09TRIPOLI81", "111000Z JAN 09", "TRIPOLI", null, "CRETZ",
                "MFA Director for the Americas Ahmed Fituri, the host, spoke first.");
        Cable c = cable("09MEXICO80", "121000Z JAN 09", "MEXICO", null, "GARZA",
                "Attorney General Eduardo Medina Mora met the Ambassador.",
                "Minister Eduardo Sojo joined them.");
        Cable d = cable("09MEXICO81", "131000Z JAN 09", "MEXICO", null, "GARZA",
                "Medina Mora, the attorney general, said the plan would work.");
        Cable e = cable("09MANAMA80", "141000Z JAN 09", "MANAMA", null, "ERELI",
                "King Hamad Al Khalifa met Prime Minister Khalifa Al Khalifa.",
                "Al Khalifa, the minister, was late.");
        Set<String> ids = ids(extract(Gazetteer.empty(), a, b, c, d, e));
        assertFalse(ids.stream().anyMatch(id -> id.startsWith("person:americas")), ids.toString());
        assertTrue(ids.contains("person:ahmed-fituri"), ids.toString());
        assertTrue(ids.contains("person:eduardo-medina-mora") && !ids.contains("person:medina-mora"), ids.toString());
        assertTrue(ids.containsAll(Set.of("person:hamad-al-khalifa", "person:khalifa-al-khalifa")), ids.toString());
    }

    @Test
    void aNationalityInThePluralIsNoPerson() {
        Cable a = cable("09SANJOSE90", "101000Z JAN 09", "SAN JOSE", null, "BRENNAN",
                "Many Costa Ricans said the vote was fair.", "Costa Ricans said the result was clear.");
        Set<String> ids = ids(extract(Gazetteer.bundled(), a));
        assertFalse(ids.contains("person:costa-ricans"), ids.toString());
    }

    @Test
    void aSaintsNameOpensACompoundSurnameWrittenAlone() {
        Cable c = cable("06LAPAZ10", "121000Z JAN 06", "LA PAZ", null, "GREENLEE",
                "Defense Minister Walker San Miguel met the Ambassador.");
        Cable d = cable("06LAPAZ11", "131000Z JAN 06", "LA PAZ", null, "GREENLEE",
                "San Miguel, the minister, said the plan was sound.");
        Set<String> ids = ids(extract(Gazetteer.empty(), c, d));
        assertTrue(ids.contains("person:walker-san-miguel") && !ids.contains("person:san-miguel"), ids.toString());
    }

    @Test
    void anAbbreviatedTitleInTheClassifiedByLineIsExpandedNotTitleCased() {
        Cable a = cable("09RABAT10", "101000Z JAN 09", "RABAT", "DCM ROBERT P. JACKSON, REASONS 1.4 (B) AND (D)", "JACKSON",
                "The Minister met the Ambassador.");
        Extraction x = extract(Gazetteer.empty(), a);
        Entity jackson = new ExtractionAssertions(x).require("person:robert-jackson");
        assertEquals(List.of("Deputy Chief of Mission"), jackson.roles().stream().map(tieline.model.Role::title).toList());
    }

    @Test
    void theBureauBeforeATitleInTheClassifiedByLineIsNoPartOfTheName() {
        Cable a = cable("08STATE10", "101000Z JAN 08", "WASHDC", "IO PDAS James Warlick. Reasons 1.4 (b) and (d).",
                "RICE", "The Department asks posts to deliver the points.");
        Cable b = cable("07BRASILIA10", "101000Z JAN 07", "BRASILIA",
                "DEPUTY CHIEF OF MISSION PHIL CHICOLA FOR REASONS 1.4 B AND D", "SOBEL", "The Minister met the Ambassador.");
        Extraction x = extract(Gazetteer.empty(), a, b);
        ExtractionAssertions as = new ExtractionAssertions(x);
        as.require("person:james-warlick");
        as.require("person:phil-chicola");
        assertTrue(ids(x).stream().noneMatch(id -> id.contains("io-pdas") || id.contains("of-mission")), ids(x).toString());
    }

    @Test
    void aTitleOrOrganizationStopsAtAFunctionWordThatStartsTheNextSentence() {
        Cable a = cable("07SANJOSE10", "101000Z JAN 07", "SAN JOSE", null, "LANGDALE",
                "The Minister of Foreign Affairs will attend: Bruno Stagno, Minister of Foreign Affairs No travel "
                        + "details are available.",
                "The request went to the Ministry of Foreign Trade The Minister agreed.");
        Extraction x = extract(Gazetteer.empty(), a);
        Entity stagno = new ExtractionAssertions(x).require("person:bruno-stagno");
        assertEquals(List.of("Minister of Foreign Affairs"), stagno.roles().stream().map(tieline.model.Role::title).toList());
        assertTrue(x.entities().stream().noneMatch(e -> e.name().contains(" No") || e.name().endsWith(" The")),
                x.entities().stream().map(Entity::name).toList().toString());
    }

    @Test
    void aWordThatOpensTheSentenceIsNotPartOfABodysName() {
        Cable a = cable("06NAIROBI10", "101000Z JAN 06", "NAIROBI", null, "RANNEBERGER",
                "While Post continues to press the Kenya Anti-Corruption Commission, the minister resigned.",
                "In World Bank meetings, the Three Faiths Forum spoke.");
        Set<String> names = extract(Gazetteer.empty(), a).entities().stream().map(Entity::name)
                .collect(Collectors.toSet());
        assertFalse(names.stream().anyMatch(n -> n.startsWith("While ") || n.startsWith("In ")), names.toString());
        assertTrue(names.contains("World Bank"), names.toString());
        assertTrue(names.contains("Three Faiths Forum"), names.toString());
    }

    @Test
    void aTransliteratedSurnameIsOnePersonUnderTheCommonerSpelling() {
        Cable a = cable("09BRASILIA10", "101000Z JAN 09", "BRASILIA", null, "SOBEL",
                "Chief of Staff Dilma Rousseff met the Ambassador.", "Dilma Rousseff said the plan was ready.");
        Cable b = cable("09BRASILIA11", "111000Z JAN 09", "BRASILIA", null, "SOBEL",
                "Minister Dilma Roussef spoke. President Nicholas Sarkozy called President Nicolas Sarkozy's aide.",
                "Governor Jose Serra and Mayor Jose Sierra met Secretary Alan Johnson "
                        + "and Ambassador Alan Johnston.");
        Extraction x = extract(Gazetteer.empty(), a, b);
        Set<String> ids = ids(x);
        assertTrue(ids.contains("person:dilma-rousseff"), ids.toString());
        assertFalse(ids.contains("person:dilma-roussef"), ids.toString());
        assertTrue(ids.contains("person:nicolas-sarkozy") != ids.contains("person:nicholas-sarkozy"), ids.toString());
        assertTrue(x.mentions().stream().anyMatch(m -> m.text().equals("Dilma Roussef")
                && m.entityId().equals("person:dilma-rousseff")));
        assertTrue(ids.containsAll(Set.of("person:jose-serra", "person:jose-sierra", "person:alan-johnson",
                "person:alan-johnston")), ids.toString());
    }

    @Test
    void anActTowardsOnePersonIsNoMeetingWithSomeoneNamedLater() {
        Cable a = cable("09KABUL10", "101000Z JAN 09", "KABUL", null, "EIKENBERRY",
                "I urged President Hamid Karzai to recognize that President Barack Obama is providing the tools.",
                "During a January 8 meeting with Minister Rangin Spanta, Minister Hanif Atmar agreed.",
                "The Ambassador told Minister Omar Zakhilwal and Minister Amin Farhang that the plan was ready.");
        ExtractionAssertions as = new ExtractionAssertions(extract(Gazetteer.empty(), a));
        assertTrue(as.between("person:hamid-karzai", "person:barack-obama").stream()
                .noneMatch(e -> e.type() == RelationType.MET), "urged Karzai ... Obama");
        assertTrue(as.between("person:rangin-spanta", "person:hanif-atmar").stream()
                .anyMatch(e -> e.type() == RelationType.MET), "a meeting noun before both binds them");
        assertTrue(as.between("person:omar-zakhilwal", "person:amin-farhang").stream()
                .anyMatch(e -> e.type() == RelationType.MET), "told X and Y: both were there");
    }

    @Test
    void pluralNounsAreNoNamesAndATitledGivenNameIsThePersonSoTitled() {
        Cable a = cable("09TRIPOLI10", "101000Z JAN 09", "TRIPOLI", null, "CRETZ",
                "Leader Muammar Qadhafi met Minister of Islamic Endowments Mahmoud Zakzouk.",
                "Aisha Muammar Al-Qadhafi, his daughter, was present.");
        Cable b = cable("09TRIPOLI11", "111000Z JAN 09", "TRIPOLI", null, "CRETZ",
                "Leader Muammar spoke for two hours.");
        Extraction x = extract(Gazetteer.empty(), a, b);
        Set<String> ids = ids(x);
        assertFalse(ids.stream().anyMatch(id -> id.contains("endowments")), ids.toString());
        assertFalse(ids.contains("person:muammar"), ids.toString());
        assertTrue(x.mentions().stream().anyMatch(m -> m.cableId().equals("09TRIPOLI11")
                && m.entityId().equals("person:muammar-qadhafi")), ids.toString());
    }

    @Test
    void chargeAndActingDcmAreTitlesAndABareGivenNameKeepsApartFromSomeoneTitledOtherwise() {
        Cable a = cable("09LONDON10", "101000Z JAN 09", "LONDON", null, "LEBARON",
                "Charge d\u2019Affaires Richard LeBaron and ADCM David Henifin met the minister.",
                "Presidential foreign policy advisor Jovan Ratkovic spoke on February 3.",
                "Charge d' Affaires Lisa Kubiske arrived.");
        Cable b = cable("09SKOPJE11", "111000Z JAN 09", "SKOPJE", null, "REEKER",
                "Bishop Jovan was released from prison.");
        Extraction x = extract(Gazetteer.empty(), a, b);
        Set<String> ids = ids(x);
        assertTrue(ids.containsAll(Set.of("person:richard-lebaron", "person:david-henifin", "person:lisa-kubiske")),
                ids.toString());
        assertEquals(List.of("Charge d'Affaires"), new ExtractionAssertions(x).require("person:richard-lebaron").roles()
                .stream().map(tieline.model.Role::title).toList());
        assertTrue(x.mentions().stream().noneMatch(m -> m.cableId().equals("09SKOPJE11")
                && m.entityId().equals("person:jovan-ratkovic")), "Bishop Jovan is not the advisor");
    }

    @Test
    void businessLinksNeedATieNotJustTheWordBusiness() {
        Cable a = cable("09NAIROBI12", "101000Z JAN 09", "NAIROBI", null, "RANNEBERGER",
                "Minister John Mwau cited business risks to Minister William Kabogo.",
                "Minister Peter Odhiambo is a business partner of Minister Ali Hassan.",
                "Minister Raila Odinga owns a stake in the company run by Minister Uhuru Kenyatta.");
        ExtractionAssertions as = new ExtractionAssertions(extract(Gazetteer.empty(), a));
        assertTrue(as.between("person:john-mwau", "person:william-kabogo").stream()
                .noneMatch(e -> e.type() == RelationType.BUSINESS), "business risks");
        assertTrue(as.between("person:peter-odhiambo", "person:ali-hassan").stream()
                .anyMatch(e -> e.type() == RelationType.BUSINESS), "business partner");
        assertTrue(as.between("person:raila-odinga", "person:uhuru-kenyatta").stream()
                .anyMatch(e -> e.type() == RelationType.BUSINESS), "owns a stake in");
    }

    @Test
    void aFamilyWordLinksThePeopleItStandsBetween() {
        Cable a = cable("09CAIRO12", "101000Z JAN 09", "CAIRO", null, "SCOBEY",
                "The contenders are presidential son Gamal Mubarak and Secretary General Amre Moussa.",
                "Minister Ahmed Nazif is a relative newcomer, unlike Minister Omar Soliman.",
                "Minister Jon Cruddas relies on his wife, activist Anna Healy.",
                "Minister Saif Qadhafi said General William Ward would not have the chance to meet his father.",
                "Minister Dilma Rousseff gave the post to Adhemar Palocci, brother of Minister Antonio Palocci.");
        ExtractionAssertions as = new ExtractionAssertions(extract(Gazetteer.empty(), a));
        assertTrue(as.between("person:saif-qadhafi", "person:william-ward").stream()
                .noneMatch(e -> e.type() == RelationType.FAMILY), "the father is someone else's");
        assertTrue(as.between("person:dilma-rousseff", "person:antonio-palocci").stream()
                .noneMatch(e -> e.type() == RelationType.FAMILY), "the brother is Adhemar's");
        assertTrue(as.between("person:gamal-mubarak", "person:amre-moussa").stream()
                .noneMatch(e -> e.type() == RelationType.FAMILY), "son describes Gamal alone");
        assertTrue(as.between("person:ahmed-nazif", "person:omar-soliman").stream()
                .noneMatch(e -> e.type() == RelationType.FAMILY), "a relative newcomer");
        assertTrue(as.between("person:jon-cruddas", "person:anna-healy").stream()
                .anyMatch(e -> e.type() == RelationType.FAMILY), "his wife");
    }

    @Test
    void aLetterJoinsItsSenderToItsAddresseesNotTheAddresseesToEachOther() {
        Cable a = cable("09TBILISI12", "101000Z JAN 09", "TBILISI", null, "TEFFT",
                "Minister Sergei Bagapsh sent an open letter to Minister Ana Lopez.",
                "The open letter to Minister Ana Lopez, Minister Carl Bildt and Minister Bernard Kouchner "
                        + "accused the government.",
                "A letter from Minister Pranab Mukherjee to Minister Hasina Wazed offered help.");
        ExtractionAssertions as = new ExtractionAssertions(extract(Gazetteer.empty(), a));
        assertTrue(as.between("person:sergei-bagapsh", "person:ana-lopez").stream()
                .anyMatch(e -> e.type() == RelationType.CORRESPONDED), "sender and addressee");
        assertTrue(as.between("person:ana-lopez", "person:bernard-kouchner").stream()
                .noneMatch(e -> e.type() == RelationType.CORRESPONDED), "two addressees");
        assertTrue(as.between("person:pranab-mukherjee", "person:hasina-wazed").stream()
                .anyMatch(e -> e.type() == RelationType.CORRESPONDED), "a letter from one to the other");
    }

    @Test
    void aDeniedCriticismBindsNoOne() {
        Cable a = cable("08LONDON12", "101000Z JAN 08", "LONDON", null, "TUTTLE",
                "Minister David Miliband was careful not to criticize Minister Gordon Brown.",
                "Minister Harriet Harman criticized Minister Jack Straw.");
        ExtractionAssertions as = new ExtractionAssertions(extract(Gazetteer.empty(), a));
        assertTrue(as.between("person:david-miliband", "person:gordon-brown").stream()
                .noneMatch(e -> e.type() == RelationType.CRITICIZED), "not to criticize");
        assertTrue(as.between("person:harriet-harman", "person:jack-straw").stream()
                .anyMatch(e -> e.type() == RelationType.CRITICIZED), "criticized");
    }

    @Test
    void aCriticismBindsWhoCriticizedAndWhomNotTwoPeopleAfterIt() {
        Cable a = cable("09MADRID12", "101000Z JAN 09", "MADRID", null, "SOLOMONT",
                "Minister Nuno Silva spoke.", "The minister criticized the meeting of Minister Carl Bildt and "
                        + "Secretary James Steinberg.", "Minister Nuno Silva criticized Minister Carl Bildt.");
        ExtractionAssertions as = new ExtractionAssertions(extract(Gazetteer.empty(), a));
        assertTrue(as.between("person:carl-bildt", "person:james-steinberg").stream()
                .noneMatch(e -> e.type() == RelationType.CRITICIZED), "the minister criticized, not Bildt");
        assertTrue(as.between("person:nuno-silva", "person:carl-bildt").stream()
                .anyMatch(e -> e.type() == RelationType.CRITICIZED));
    }

    @Test
    void aBodyMisnamedInOneCableIsTheGazetteersBodyWhenTheAcronymMatches() {
        // writers slip ("Commission", "Red Crescent"); the gazetteer lists the slips as aliases
        Cable a = cable("08BOGOTA10", "101000Z JAN 08", "BOGOTA", null, "BROWNFIELD",
                "The International Commission of the Red Cross (ICRC) visited the prison.");
        Cable b = cable("09CAIRO11", "111000Z JAN 09", "CAIRO", null, "SCOBEY",
                "The International Committee of the Red Crescent (ICRC) asked for access.");
        Extraction x = extract(Gazetteer.bundled(), a, b);
        List<Entity> bodies = x.entities().stream().filter(e -> e.name().contains("Red Cr")).toList();
        assertEquals(1, bodies.size(), "one body: " + bodies);
        assertEquals("International Committee of the Red Cross", bodies.get(0).name());
        assertEquals(2, x.mentions().stream().filter(m -> m.entityId().equals(bodies.get(0).id()))
                .map(m -> m.cableId()).distinct().count());
    }
}
