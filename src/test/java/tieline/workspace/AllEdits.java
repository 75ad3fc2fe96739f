package tieline.workspace;

import static tieline.workspace.SampleExtraction.ABIYEV;
import static tieline.workspace.SampleExtraction.ALIYEV;
import static tieline.workspace.SampleExtraction.ARAZ;
import static tieline.workspace.SampleExtraction.AZIMOV;
import static tieline.workspace.SampleExtraction.CABLE;
import static tieline.workspace.SampleExtraction.CFE;
import static tieline.workspace.SampleExtraction.MFA;
import static tieline.workspace.SampleExtraction.TEP;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import tieline.cable.Classification;
import tieline.model.EntityType;
import tieline.model.RelationType;

/** One edit of every kind, in an order in which each applies to {@link SampleExtraction}. */
final class AllEdits {

    private AllEdits() {
    }

    static List<Edit> sample() {
        Instant t = Instant.parse("2026-01-05T10:00:00Z");
        return List.of(
                new MergeEntities(ARAZ, AZIMOV, t.plusSeconds(1)),
                new SplitAlias(ARAZ, "Antonov", EntityType.PERSON, t.plusSeconds(2)),
                new Rename(ALIYEV, "Ilham Heydar oglu Aliyev", t.plusSeconds(3)),
                new ChangeType(MFA, EntityType.PLACE, t.plusSeconds(4)),
                new Hide(CFE, t.plusSeconds(5)),
                new Unhide(CFE, t.plusSeconds(6)),
                new AddRelationship(ABIYEV, ARAZ, RelationType.MET, LocalDate.of(2008, 1, 20), "met before the "
                        + "Rumsfeld letter", CABLE, 5, null, t.plusSeconds(7)),
                new AddRelationship(ABIYEV, ALIYEV, RelationType.MET, LocalDate.of(2009, 3, 20), "Novruz reception",
                        null, null, Classification.SBU, t.plusSeconds(8)),
                new DeleteEvidence(new EvidenceKey(CABLE, 5, ABIYEV, TEP, RelationType.DISCUSSED,
                        EvidenceKey.quoteHash("Minister of Defense Safar Abiyev did not understand the program well")),
                        t.plusSeconds(9)),
                new PinPosition(TEP, 12.5, -30.25, t.plusSeconds(10)),
                new Unpin(TEP, t.plusSeconds(11)),
                new PinPosition(ARAZ, 100, 200, t.plusSeconds(12)),
                new AttachNote(ARAZ, "Lead on TEP", t.plusSeconds(13)),
                new AttachNote(RelationshipId.of(ARAZ, TEP).toString(), "Raised twice", t.plusSeconds(14)),
                new AddToGazetteer("Bernard Fassier", EntityType.PERSON, List.of("Fassier"), t.plusSeconds(15)));
    }
}
