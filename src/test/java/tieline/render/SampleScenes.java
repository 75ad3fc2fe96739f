package tieline.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tieline.briefing.BriefingKind;
import tieline.briefing.BriefingScene;
import tieline.briefing.Legend;
import tieline.briefing.PathStep;
import tieline.briefing.SceneEdge;
import tieline.briefing.SceneEvidence;
import tieline.briefing.SceneNode;
import tieline.briefing.SecurityMarking;
import tieline.briefing.SourceCable;
import tieline.briefing.TimelineRow;
import tieline.cable.Classification;
import tieline.model.EntityType;
import tieline.model.RelationType;

/** Hand-made scenes for painter and writer tests (names as in the sample cables). */
final class SampleScenes {

    static final LocalDate GENERATED = LocalDate.of(2024, 3, 1);

    private SampleScenes() {
    }

    static SecurityMarking confidential() {
        return new SecurityMarking(Classification.CONFIDENTIAL, List.of("07BAKU605", "08BAKU73"),
                LocalDate.of(2018, 1, 29));
    }

    static List<SourceCable> sources() {
        return List.of(new SourceCable("07BAKU605", LocalDate.of(2007, 5, 24)),
                new SourceCable("07BAKU1479", LocalDate.of(2007, 12, 19)),
                new SourceCable("08BAKU73", LocalDate.of(2008, 1, 29)),
                new SourceCable("09BAKU266", LocalDate.of(2009, 4, 6)),
                new SourceCable("09BAKU433", LocalDate.of(2009, 6, 5)));
    }

    static List<SceneNode> networkNodes() {
        return List.of(
                new SceneNode("person:kamaladdin-heydarov", "Kamaladdin Heydarov", EntityType.PERSON, 0, 0, 12, true),
                new SceneNode("org:mes", "Ministry of Emergency Situations", EntityType.ORGANIZATION, 40, -30, 9,
                        false),
                new SceneNode("person:araz-azimov", "Araz Azimov", EntityType.PERSON, -60, 20, 10, false),
                new SceneNode("topic:tep", "TEP", EntityType.TOPIC, -90, -20, 8, false),
                new SceneNode("topic:ceip", "CEIP", EntityType.TOPIC, 70, 40, 8, false),
                new SceneNode("person:ilham-aliyev", "Ilham Aliyev", EntityType.PERSON, -20, 70, 9, false),
                new SceneNode("person:safar-abiyev", "Safar Abiyev", EntityType.PERSON, -110, 60, 7, false),
                new SceneNode("topic:cfe", "CFE", EntityType.TOPIC, -140, 0, 5, false),
                new SceneNode("org:mfa", "Ministry of Foreign Affairs", EntityType.ORGANIZATION, -40, -60, 7, false),
                new SceneNode("person:anne-derse", "Anne Derse", EntityType.PERSON, 20, 40, 6, false),
                new SceneNode("place:baku", "Baku", EntityType.PLACE, 100, -10, 5, false));
    }

    static List<SceneEdge> networkEdges() {
        return List.of(
                new SceneEdge("person:kamaladdin-heydarov", "org:mes", 3.5, RelationType.ROLE, 9, true),
                new SceneEdge("person:kamaladdin-heydarov", "topic:ceip", 2.0, RelationType.DISCUSSED, 4, true),
                new SceneEdge("person:kamaladdin-heydarov", "person:anne-derse", 1.6, RelationType.MET, 3, true),
                new SceneEdge("person:kamaladdin-heydarov", "person:ilham-aliyev", 1.0, RelationType.MENTIONED_WITH, 1,
                        true),
                new SceneEdge("person:araz-azimov", "topic:tep", 2.6, RelationType.DISCUSSED, 6, false),
                new SceneEdge("person:araz-azimov", "org:mfa", 1.8, RelationType.ROLE, 3, false),
                new SceneEdge("person:araz-azimov", "topic:cfe", 1.0, RelationType.DISCUSSED, 1, false),
                new SceneEdge("person:safar-abiyev", "person:ilham-aliyev", 1.0, RelationType.CRITICIZED, 1, false),
                new SceneEdge("org:mes", "place:baku", 0.8, RelationType.MENTIONED_WITH, 1, false),
                new SceneEdge("person:araz-azimov", "person:anne-derse", 1.4, RelationType.MET, 2, false));
    }

    static BriefingScene network() {
        return new BriefingScene(BriefingKind.NETWORK, "Kamaladdin Heydarov: relationships, May 2007 - Jun 2009",
                "May 2007 - Jun 2009 \u00b7 2 hops from Kamaladdin Heydarov \u00b7 ceiling CONFIDENTIAL",
                confidential(),
                new Legend(List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.TOPIC, EntityType.PLACE),
                        List.of(RelationType.ROLE, RelationType.MET, RelationType.DISCUSSED,
                                RelationType.CRITICIZED, RelationType.MENTIONED_WITH)),
                sources(), GENERATED, networkNodes(), networkEdges(), List.of(), List.of());
    }

    static BriefingScene unclassifiedNetwork() {
        return new BriefingScene(BriefingKind.NETWORK, "Unclassified picture", "", SecurityMarking.unclassified(),
                new Legend(List.of(EntityType.PERSON), List.of(RelationType.MET)),
                List.of(new SourceCable("09BAKU433", LocalDate.of(2009, 6, 5))), GENERATED,
                List.of(new SceneNode("a", "Alpha Person", EntityType.PERSON, 0, 0, 6, false),
                        new SceneNode("b", "Beta Person", EntityType.PERSON, 10, 0, 6, false)),
                List.of(new SceneEdge("a", "b", 1, RelationType.MET, 1, false)), List.of(), List.of());
    }

    static List<SceneEvidence> azimovTep() {
        return List.of(
                new SceneEvidence(LocalDate.of(2007, 5, 20), RelationType.DISCUSSED, "07BAKU605", 4,
                        Classification.CONFIDENTIAL, "Azimov said the GOAJ would study the TEP proposal closely."),
                new SceneEvidence(LocalDate.of(2007, 12, 28), RelationType.DISCUSSED, "08BAKU73", 1,
                        Classification.CONFIDENTIAL, "Azimov said a potential TEP had to be put in the right political "
                        + "framework, suggesting the program should be linked as closely as possible to Azerbaijan's "
                        + "NATO commitments and to NATO-led PfP operations."),
                new SceneEvidence(LocalDate.of(2007, 12, 28), RelationType.DISCUSSED, "08BAKU73", 4,
                        Classification.CONFIDENTIAL, "Azimov said he could recommend the GOAJ participate in a TEP if "
                        + "it is put under a \"NATO PfP framework\" with a less rigid deployment commitment."),
                new SceneEvidence(LocalDate.of(2008, 1, 29), RelationType.MENTIONED_WITH, "08BAKU73", 5,
                        Classification.CONFIDENTIAL, "Azimov said that when President Aliyev asked then Secretary "
                        + "of Defense Rumsfeld for a TEP in 2006, President Aliyev was not fully aware of all that "
                        + "a TEP involved."),
                new SceneEvidence(LocalDate.of(2009, 4, 6), RelationType.DISCUSSED, "09BAKU266", 7,
                        Classification.UNCLASSIFIED, "Azimov returned to the TEP question."));
    }

    static BriefingScene timeline() {
        List<TimelineRow> rows = new ArrayList<>();
        rows.add(new TimelineRow("Araz Azimov \u2013 TEP", azimovTep()));
        return new BriefingScene(BriefingKind.TIMELINE, "Araz Azimov \u2013 TEP: timeline, May 2007 - Apr 2009",
                "5 pieces of evidence \u00b7 ceiling CONFIDENTIAL", confidential(),
                new Legend(List.of(), List.of(RelationType.DISCUSSED, RelationType.MENTIONED_WITH)),
                sources(), GENERATED, List.of(), List.of(), rows, List.of());
    }

    static BriefingScene path() {
        List<SceneNode> nodes = List.of(
                new SceneNode("org:mes", "Ministry of Emergency Situations", EntityType.ORGANIZATION, 0, 0, 8, true),
                new SceneNode("person:kamaladdin-heydarov", "Kamaladdin Heydarov", EntityType.PERSON, 1, 0, 8, false),
                new SceneNode("topic:ceip", "CEIP", EntityType.TOPIC, 2, 0, 8, true));
        List<PathStep> steps = List.of(
                new PathStep("org:mes", "person:kamaladdin-heydarov", RelationType.ROLE, List.of(
                        new SceneEvidence(LocalDate.of(2009, 4, 6), RelationType.ROLE, "09BAKU266", 1,
                                Classification.CONFIDENTIAL,
                                "Minister of Emergency Situations Kamaladdin Heydarov received the Ambassador."))),
                new PathStep("person:kamaladdin-heydarov", "topic:ceip", RelationType.DISCUSSED, List.of(
                        new SceneEvidence(LocalDate.of(2009, 4, 6), RelationType.DISCUSSED, "09BAKU266", 3,
                                Classification.CONFIDENTIAL, "Heydarov said the MES would lead CEIP work."),
                        new SceneEvidence(LocalDate.of(2009, 6, 5), RelationType.DISCUSSED, "09BAKU433", 2,
                                Classification.CONFIDENTIAL, "Heydarov welcomed U.S. support for CEIP."))));
        return new BriefingScene(BriefingKind.PATH,
                "Ministry of Emergency Situations to CEIP: path, Apr 2009 - Jun 2009", "2 hops \u00b7 ceiling SECRET",
                confidential(),
                new Legend(List.of(EntityType.ORGANIZATION, EntityType.PERSON, EntityType.TOPIC),
                        List.of(RelationType.ROLE, RelationType.DISCUSSED)),
                sources(), GENERATED, nodes, List.of(
                        new SceneEdge("org:mes", "person:kamaladdin-heydarov", 2, RelationType.ROLE, 1, true),
                        new SceneEdge("person:kamaladdin-heydarov", "topic:ceip", 2, RelationType.DISCUSSED, 2, true)),
                List.of(), steps);
    }
}
