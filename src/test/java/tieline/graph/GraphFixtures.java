package tieline.graph;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tieline.cable.Cable;
import tieline.cable.Classification;
import tieline.cable.Paragraph;
import tieline.cable.ParagraphKind;
import tieline.cable.Precedence;
import tieline.cable.Reference;
import tieline.model.DateSource;
import tieline.model.Entity;
import tieline.model.EntityType;
import tieline.model.Evidence;
import tieline.model.Extraction;
import tieline.model.Mention;
import tieline.model.RelationType;
import tieline.model.Role;

/**
 * A small hand-made extraction shaped like the Baku cables, used by the graph and export tests.
 *
 * <pre>
 *   org:mfa --ROLE-- person:araz-azimov --MET-- person:matt-bryza --DISCUSSED-- topic:ceip
 *                        |  DISCUSSED(C), MENTIONED_WITH(U)  |  DISCUSSED(U)        |  \
 *                     topic:tep ----------------------------+              MENTIONED_WITH(C)  DISCUSSED(S)
 *                                                                         org:mes --ROLE(S/NF)-- person:kamaladdin-heydarov
 * </pre>
 * plus person:lonely-official, only mentioned (in an SBU paragraph of an unclassified Moscow cable).
 */
public final class GraphFixtures {

    public static final String AZIMOV = "person:araz-azimov";
    public static final String BRYZA = "person:matt-bryza";
    public static final String HEYDAROV = "person:kamaladdin-heydarov";
    public static final String LONELY = "person:lonely-official";
    public static final String MFA = "org:mfa";
    public static final String MES = "org:mes";
    public static final String TEP = "topic:tep";
    public static final String CEIP = "topic:ceip";

    private static final Classification U = Classification.UNCLASSIFIED;
    private static final Classification SBU = Classification.SBU;
    private static final Classification C = Classification.CONFIDENTIAL;
    private static final Classification S = Classification.SECRET;
    private static final Classification SNF = Classification.SECRET_NOFORN;

    private GraphFixtures() {
    }

    public static Extraction extraction() {
        List<Cable> cables = List.of(
                cable("07BAKU605", "2007-05-20T10:00:00Z", C, List.of("PREL", "PGOV"), "AZERBAIJAN: FM STAFF", C, U, C),
                cable("08BAKU73", "2008-01-29T05:05:00Z", C, List.of("PREL", "MARR"), "TEP, \"quoted\" subject", C, C, C, U),
                cable("09BAKU266", "2009-04-01T12:00:00Z", SNF, List.of("PREL", "ENRG"), "CEIP AND MES", SNF, S, C),
                cable("09MOSCOW100", "2009-06-01T08:30:00Z", U, List.of("ENRG"), "ENERGY SECURITY", U, SBU));
        List<Entity> entities = List.of(
                entity(AZIMOV, EntityType.PERSON, "Araz Azimov", Set.of("Azimov"),
                        List.of(new Role("Deputy Foreign Minister", MFA, LocalDate.of(2007, 5, 20), null))),
                entity(BRYZA, EntityType.PERSON, "Matt Bryza", Set.of("Bryza", "DAS Bryza"), List.of()),
                entity(HEYDAROV, EntityType.PERSON, "Kamaladdin Heydarov", Set.of("Heydarov"),
                        List.of(new Role("Minister of Emergency Situations", MES, null, null))),
                entity(LONELY, EntityType.PERSON, "Lonely Official", Set.of(), List.of()),
                entity(MFA, EntityType.ORGANIZATION, "Ministry of Foreign Affairs", Set.of("MFA"), List.of()),
                entity(MES, EntityType.ORGANIZATION, "Ministry of Emergency Situations", Set.of("MES"), List.of()),
                entity(TEP, EntityType.TOPIC, "Train-and-Equip Program", Set.of("TEP"), List.of()),
                entity(CEIP, EntityType.TOPIC, "Critical Energy Infrastructure Protection", Set.of("CEIP"), List.of()));
        List<Mention> mentions = List.of(
                new Mention(AZIMOV, "07BAKU605", 1, 0, 11, "Araz Azimov"),
                new Mention(AZIMOV, "08BAKU73", 1, 4, 10, "Azimov"),
                new Mention(AZIMOV, "08BAKU73", 3, 0, 6, "Azimov"),
                new Mention(MFA, "07BAKU605", 1, 20, 23, "MFA"),
                new Mention(TEP, "08BAKU73", 3, 30, 33, "TEP"),
                new Mention(BRYZA, "08BAKU73", 1, 20, 25, "Bryza"),
                new Mention(HEYDAROV, "09BAKU266", 1, 0, 8, "Heydarov"),
                new Mention(MES, "09BAKU266", 1, 12, 15, "MES"),
                new Mention(CEIP, "09BAKU266", 2, 5, 9, "CEIP"),
                new Mention(LONELY, "09MOSCOW100", 2, 0, 15, "Lonely Official"));
        List<Evidence> evidence = List.of(
                ev(AZIMOV, MFA, RelationType.ROLE, "07BAKU605", 1, C, "2007-05-20", DateSource.CABLE,
                        "Deputy Foreign Minister Araz Azimov received the Ambassador."),
                ev(TEP, AZIMOV, RelationType.DISCUSSED, "08BAKU73", 3, C, "2007-12-28", DateSource.EVENT,
                        "Azimov said a potential TEP had to be, in his words, \"balanced\", and fair."),
                ev(AZIMOV, BRYZA, RelationType.MET, "08BAKU73", 1, C, "2008-01-28", DateSource.TEXT,
                        "DAS Bryza met Azimov on January 28."),
                ev(AZIMOV, TEP, RelationType.MENTIONED_WITH, "07BAKU605", 2, U, "2007-05-20", DateSource.CABLE,
                        "Azimov; TEP\r\nnext line"),
                ev(HEYDAROV, MES, RelationType.ROLE, "09BAKU266", 1, SNF, "2009-04-01", DateSource.CABLE,
                        "Minister of Emergency Situations Kamaladdin Heydarov."),
                ev(HEYDAROV, CEIP, RelationType.DISCUSSED, "09BAKU266", 2, S, "2009-03-30", DateSource.EVENT,
                        "Heydarov raised CEIP on March 30."),
                ev(MES, CEIP, RelationType.MENTIONED_WITH, "09BAKU266", 3, C, "2009-04-01", DateSource.CABLE,
                        "MES and CEIP <together> & more."),
                ev(BRYZA, CEIP, RelationType.DISCUSSED, "09MOSCOW100", 1, U, "2009-06-01", DateSource.CABLE,
                        "Bryza spoke about CEIP."),
                ev(BRYZA, TEP, RelationType.DISCUSSED, "08BAKU73", 4, U, "2008-01-29", DateSource.CABLE,
                        "Bryza noted TEP."));
        return new Extraction(cables, entities, mentions, evidence);
    }

    public static RelationshipGraph graph() {
        return RelationshipGraph.build(extraction());
    }

    public static Cable cable(String id, String dateTime, Classification classification, List<String> tags,
                              String subject, Classification... paragraphMarkings) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < paragraphMarkings.length; i++) {
            paragraphs.add(new Paragraph(i + 1, Integer.toString(i + 1), paragraphMarkings[i],
                    "Paragraph " + (i + 1) + " of " + id + ".", 10 + i, ParagraphKind.BODY));
        }
        String post = id.replaceFirst("^\\d{2}", "").replaceFirst("\\d+$", "");
        return new Cable(id, id + ".txt", Instant.parse(dateTime), Precedence.ROUTINE, "AMEMBASSY " + post,
                List.of("SECSTATE WASHDC"), List.of(), classification, null, null, null, tags, subject,
                List.of(new Reference(null, "STATE 1", null)), null, paragraphs, "DERSE", "text of " + id);
    }

    public static Entity entity(String id, EntityType type, String name, Set<String> aliases, List<Role> roles) {
        return new Entity(id, type, name, aliases, roles);
    }

    public static Evidence ev(String a, String b, RelationType type, String cable, int paragraph,
                              Classification marking, String date, DateSource from, String quote) {
        return new Evidence(a, b, type, cable, paragraph, marking, date == null ? null : LocalDate.parse(date), from,
                quote);
    }
}
