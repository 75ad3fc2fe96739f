package tieline.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tieline.workspace.SampleExtraction.ABIYEV;
import static tieline.workspace.SampleExtraction.ALIYEV;
import static tieline.workspace.SampleExtraction.ARAZ;
import static tieline.workspace.SampleExtraction.AZIMOV;
import static tieline.workspace.SampleExtraction.CABLE;
import static tieline.workspace.SampleExtraction.CEIP;
import static tieline.workspace.SampleExtraction.CFE;
import static tieline.workspace.SampleExtraction.MFA;
import static tieline.workspace.SampleExtraction.RUSSIAN_MFA;
import static tieline.workspace.SampleExtraction.TEP;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tieline.cable.Cable;
import tieline.cable.Classification;
import tieline.model.DateSource;
import tieline.model.Entity;
import tieline.model.EntityType;
import tieline.model.Evidence;
import tieline.model.Extraction;
import tieline.model.Mention;
import tieline.model.RelationType;

class EditsTest {

    private static final Instant T = Instant.parse("2026-01-05T10:00:00Z");
    private static List<Cable> cables;
    private static Extraction raw;
    private CuratedData data;

    @BeforeAll
    static void read() {
        cables = SampleExtraction.cables();
        raw = SampleExtraction.build(cables);
    }

    @BeforeEach
    void fresh() {
        data = CuratedData.from(raw);
    }

    private Entity entity(String id) {
        return data.entity(id).orElseThrow(() -> new AssertionError("no entity " + id));
    }

    private List<Evidence> between(String a, String b) {
        RelationshipId rel = RelationshipId.of(a, b);
        return data.extraction().evidence().stream()
                .filter(e -> RelationshipId.of(e.sourceId(), e.targetId()).equals(rel)).toList();
    }

    private long mentionsOf(String id) {
        return data.extraction().mentions().stream().filter(m -> m.entityId().equals(id)).count();
    }

    @Test
    void mergeMovesMentionsEvidenceNamesAndRoles() {
        long before = mentionsOf(ARAZ) + mentionsOf(AZIMOV);
        int evidenceBefore = data.extraction().evidence().size();
        ApplyResult r = new MergeEntities(ARAZ, AZIMOV, T).apply(data);
        assertTrue(r.applied(), r.message());
        assertTrue(data.entity(AZIMOV).isEmpty());
        assertEquals(before, mentionsOf(ARAZ));
        assertEquals(0, mentionsOf(AZIMOV));
        assertEquals(evidenceBefore, data.extraction().evidence().size(), "no evidence is lost");
        assertEquals(1, between(ARAZ, CEIP).size());
        assertEquals(2, between(ARAZ, MFA).size(), "the two MFA timelines combine");
        assertTrue(entity(ARAZ).aliases().contains("Azimov"));
        assertEquals("Araz Azimov", entity(ARAZ).name());
        assertEquals(1, entity(ARAZ).roles().size());
    }

    @Test
    void mergeKeepsEvidenceBetweenTheTwoAsInternalAndSplitRestoresIt() {
        Evidence link = new Evidence(ARAZ, AZIMOV, RelationType.MENTIONED_WITH, CABLE, 7, Classification.CONFIDENTIAL,
                LocalDate.of(2008, 1, 29), DateSource.CABLE, "Azimov observed that");
        CuratedData d = CuratedData.from(new Extraction(raw.cables(), raw.entities(), raw.mentions(),
                concat(raw.evidence(), link)));
        ApplyResult r = new MergeEntities(ARAZ, AZIMOV, T).apply(d);
        assertTrue(r.message().contains("1 evidence"), r.message());
        assertEquals(List.of(new Evidence(ARAZ, ARAZ, link.type(), CABLE, 7, link.marking(), link.date(),
                link.dateFrom(), link.quote())), d.internalEvidence(ARAZ));
        assertTrue(d.extraction().evidence().stream().noneMatch(e -> e.sourceId().equals(e.targetId())),
                "internal evidence never reaches the graph as a self-loop");
    }

    @Test
    void mergeCarriesNotesAndRedirectsRelationshipNotes() {
        new AttachNote(AZIMOV, "same man as Araz Azimov", T).apply(data);
        new AttachNote(RelationshipId.of(AZIMOV, CEIP).toString(), "asked twice", T).apply(data);
        new MergeEntities(ARAZ, AZIMOV, T).apply(data);
        assertEquals("same man as Araz Azimov", data.notes().get(ARAZ));
        assertEquals("asked twice", data.notes().get(RelationshipId.of(ARAZ, CEIP).toString()));
        assertFalse(data.notes().containsKey(AZIMOV));
    }

    @Test
    void mergingOrganisationsRewritesTheRolesHeldInThem() {
        assertEquals(MFA, entity(ARAZ).roles().get(0).organizationId());
        assertTrue(new MergeEntities(RUSSIAN_MFA, MFA, T).apply(data).applied());
        assertEquals(RUSSIAN_MFA, entity(ARAZ).roles().get(0).organizationId());
    }

    @Test
    void mergeRefusesMissingOrSameIdsAndChangesNothing() {
        Extraction before = data.extraction();
        assertFalse(new MergeEntities(ARAZ, ARAZ, T).apply(data).applied());
        ApplyResult gone = new MergeEntities(ARAZ, "person:nobody", T).apply(data);
        assertFalse(gone.applied());
        assertTrue(gone.message().contains("person:nobody"), gone.message());
        assertEquals(before, data.extraction());
    }

    @Test
    void splitMovesTheAliasMentionsAndTheEvidenceThatFollowsThem() {
        SplitAlias split = new SplitAlias(ARAZ, "Antonov", EntityType.PERSON, T);
        ApplyResult r = split.apply(data);
        assertTrue(r.applied(), r.message());
        String antonov = split.newId();
        assertEquals("person:antonov", antonov);
        assertEquals("Antonov", entity(antonov).name());
        assertFalse(entity(ARAZ).aliases().contains("Antonov"));
        assertTrue(data.extraction().mentions().stream().filter(m -> m.entityId().equals(antonov))
                .allMatch(m -> m.text().equals("Antonov")));
        assertEquals(2, mentionsOf(antonov), "both 'Antonov' mentions in ¶7 move");
        assertEquals(1, between(antonov, RUSSIAN_MFA).size(), "the quote names Antonov alone: it follows him");
        assertEquals(1, between(ARAZ, CFE).size(), "the quote names Azimov too: it stays");
        assertTrue(between(ARAZ, RUSSIAN_MFA).isEmpty());
        assertEquals(1, entity(ARAZ).roles().size(), "roles stay with the original");
    }

    @Test
    void splitRefusesAnAliasTheEntityDoesNotCarry() {
        ApplyResult r = new SplitAlias(ARAZ, "Fassier", EntityType.PERSON, T).apply(data);
        assertFalse(r.applied());
        assertTrue(r.message().contains("Fassier"), r.message());
    }

    @Test
    void splitRefusesAnIdThatAlreadyExists() {
        ApplyResult r = new SplitAlias(ARAZ, "Azimov", EntityType.PERSON, T).apply(data);
        assertFalse(r.applied());
        assertTrue(r.message().contains(AZIMOV), r.message());
    }

    @Test
    void renameKeepsTheIdAndTheOldNameAsAlias() {
        assertTrue(new Rename(ALIYEV, "Ilham Heydar oglu Aliyev", T).apply(data).applied());
        Entity e = entity(ALIYEV);
        assertEquals("Ilham Heydar oglu Aliyev", e.name());
        assertTrue(e.aliases().contains("Ilham Aliyev"));
        assertTrue(new Rename(ALIYEV, "Ilham Aliyev", T).apply(data).applied());
        assertEquals("Ilham Aliyev", entity(ALIYEV).name());
        assertFalse(entity(ALIYEV).aliases().contains("Ilham Aliyev"));
        assertFalse(new Rename(ALIYEV, "  ", T).apply(data).applied());
    }

    @Test
    void changeTypeKeepsTheId() {
        assertTrue(new ChangeType(MFA, EntityType.PLACE, T).apply(data).applied());
        assertEquals(EntityType.PLACE, entity(MFA).type());
        assertFalse(new ChangeType(MFA, EntityType.PLACE, T).apply(data).applied());
    }

    @Test
    void hideTakesTheEntityAndItsLinksOutOfTheVisibleExtraction() {
        assertTrue(new Hide(TEP, T).apply(data).applied());
        Extraction visible = data.visibleExtraction();
        assertTrue(visible.entities().stream().noneMatch(e -> e.id().equals(TEP)));
        assertTrue(visible.mentions().stream().noneMatch(m -> m.entityId().equals(TEP)));
        assertTrue(visible.evidence().stream().noneMatch(e -> e.sourceId().equals(TEP) || e.targetId().equals(TEP)));
        assertTrue(data.extraction().entities().stream().anyMatch(e -> e.id().equals(TEP)), "hidden, not deleted");
        assertFalse(new Hide(TEP, T).apply(data).applied());
        assertTrue(new Unhide(TEP, T).apply(data).applied());
        assertEquals(data.extraction(), data.visibleExtraction());
        assertFalse(new Unhide(TEP, T).apply(data).applied());
    }

    @Test
    void addRelationshipWithSourceTakesTheParagraphMarkingAndCableDate() {
        AddRelationship add = new AddRelationship(ABIYEV, ARAZ, RelationType.MET, null, "", CABLE, 5,
                Classification.UNCLASSIFIED, T);
        assertTrue(add.apply(data).applied());
        Evidence e = between(ABIYEV, ARAZ).get(0);
        assertEquals(Classification.CONFIDENTIAL, e.marking(), "the paragraph's marking, not the analyst's pick");
        assertEquals(LocalDate.of(2008, 1, 29), e.date());
        assertEquals(DateSource.CABLE, e.dateFrom());
        assertEquals(SampleExtraction.cable(cables, CABLE).paragraph(5).orElseThrow().text(), e.quote());
        assertTrue(data.isManual(e));
        assertFalse(data.isManual(between(ABIYEV, TEP).get(0)));
    }

    @Test
    void addRelationshipWithoutSourceNeedsADateAndDefaultsToUnclassified() {
        AddRelationship noDate = new AddRelationship(ABIYEV, ALIYEV, RelationType.MET, null, "met at Novruz", null,
                null, null, T);
        assertFalse(noDate.apply(data).applied());
        AddRelationship add = new AddRelationship(ABIYEV, ALIYEV, RelationType.MET, LocalDate.of(2009, 3, 20),
                "met at Novruz", null, null, null, T);
        assertTrue(add.apply(data).applied());
        Evidence e = between(ABIYEV, ALIYEV).get(0);
        assertEquals(Classification.UNCLASSIFIED, e.marking());
        assertEquals(DateSource.EVENT, e.dateFrom());
        assertEquals("met at Novruz", e.quote());
        AddRelationship secret = new AddRelationship(ABIYEV, CEIP, RelationType.DISCUSSED, LocalDate.of(2009, 3, 20),
                "", null, null, Classification.SECRET_NOFORN, T);
        assertTrue(secret.apply(data).applied());
        assertEquals(Classification.SECRET_NOFORN, between(ABIYEV, CEIP).get(0).marking());
    }

    @Test
    void addRelationshipReportsAMissingParagraph() {
        ApplyResult r = new AddRelationship(ABIYEV, ARAZ, RelationType.MET, null, "", CABLE, 40, null, T).apply(data);
        assertFalse(r.applied());
        assertTrue(r.message().contains("paragraph 40"), r.message());
    }

    @Test
    void deleteEvidenceFindsItByKeyAndReportsWhenGone() {
        Evidence wrong = between(ABIYEV, TEP).get(0);
        DeleteEvidence delete = new DeleteEvidence(EvidenceKey.of(wrong), T);
        assertTrue(delete.apply(data).applied());
        assertTrue(between(ABIYEV, TEP).isEmpty());
        ApplyResult again = delete.apply(data);
        assertFalse(again.applied());
        assertTrue(again.message().contains("¶5"), again.message());
    }

    @Test
    void evidenceKeyIgnoresDirectionAndWhiteSpace() {
        Evidence e = between(ABIYEV, TEP).get(0);
        Evidence reversed = new Evidence(e.targetId(), e.sourceId(), e.type(), e.cableId(), e.paragraph(), e.marking(),
                e.date(), e.dateFrom(), "  " + e.quote().replace(" ", "\n  ") + " ");
        assertEquals(EvidenceKey.of(e), EvidenceKey.of(reversed));
        Evidence otherType = new Evidence(e.sourceId(), e.targetId(), RelationType.MET, e.cableId(), e.paragraph(),
                e.marking(), e.date(), e.dateFrom(), e.quote());
        assertFalse(EvidenceKey.of(e).equals(EvidenceKey.of(otherType)));
    }

    @Test
    void pinAndUnpin() {
        assertTrue(new PinPosition(TEP, 120.5, -40, T).apply(data).applied());
        assertEquals(new Pin(120.5, -40), data.pins().get(TEP));
        assertFalse(new PinPosition(TEP, Double.NaN, 0, T).apply(data).applied());
        assertTrue(new Unpin(TEP, T).apply(data).applied());
        assertTrue(data.pins().isEmpty());
        assertFalse(new Unpin(TEP, T).apply(data).applied());
    }

    @Test
    void notesOnEntitiesAndRelationships() {
        String rel = RelationshipId.of(TEP, ALIYEV).toString();
        assertTrue(new AttachNote(rel, "Aliyev asked Rumsfeld in 2006", T).apply(data).applied());
        assertEquals("Aliyev asked Rumsfeld in 2006", data.notes().get(rel));
        ApplyResult noLink = new AttachNote(RelationshipId.of(CFE, ABIYEV).toString(), "x", T).apply(data);
        assertFalse(noLink.applied(), "there is no relationship between CFE and Abiyev to note");
        assertTrue(new AttachNote(rel, "", T).apply(data).applied());
        assertTrue(data.notes().isEmpty());
        assertFalse(new AttachNote(rel, "", T).apply(data).applied());
    }

    @Test
    void addToGazetteerRecordsTheAdditionOnce() {
        AddToGazetteer add = new AddToGazetteer("Bernard Fassier", EntityType.PERSON, List.of("Fassier"), T);
        ApplyResult r = add.apply(data);
        assertTrue(r.applied());
        assertTrue(r.message().contains("not mentioned"), r.message());
        assertEquals(List.of(new GazetteerAddition("Bernard Fassier", EntityType.PERSON, List.of("Fassier"))),
                data.gazetteerAdditions());
        assertFalse(add.apply(data).applied());
    }

    @Test
    void everyEditDescribesItselfWithNames() {
        NameLookup names = data.names();
        for (Edit e : AllEdits.sample()) {
            String d = e.describe(names);
            assertFalse(d.isBlank());
            assertFalse(d.contains("person:araz-azimov") && !(e instanceof Rename), d);
        }
        assertEquals("Merged \u201cAzimov\u201d into \u201cAraz Azimov\u201d",
                new MergeEntities(ARAZ, AZIMOV, T).describe(names));
    }

    @Test
    void mentionsKeepTheirSpans() {
        new MergeEntities(ARAZ, AZIMOV, T).apply(data);
        Set<Mention> spans = Set.copyOf(data.extraction().mentions().stream()
                .map(m -> new Mention("", m.cableId(), m.paragraph(), m.start(), m.end(), m.text())).toList());
        Set<Mention> rawSpans = Set.copyOf(raw.mentions().stream()
                .map(m -> new Mention("", m.cableId(), m.paragraph(), m.start(), m.end(), m.text())).toList());
        assertEquals(rawSpans, spans);
    }

    private static <T> List<T> concat(List<T> list, T extra) {
        List<T> out = new java.util.ArrayList<>(list);
        out.add(extra);
        return out;
    }
}
