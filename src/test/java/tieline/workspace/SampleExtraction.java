package tieline.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tieline.cable.Cable;
import tieline.cable.CableReader;
import tieline.cable.Paragraph;
import tieline.model.DateSource;
import tieline.model.Entity;
import tieline.model.EntityType;
import tieline.model.Evidence;
import tieline.model.Extraction;
import tieline.model.Mention;
import tieline.model.RelationType;
import tieline.model.Role;

/**
 * A hand-made extraction over the real seed cable 08BAKU73 with the mistakes an extractor
 * makes: the same man under two ids ({@code person:araz-azimov} and {@code person:azimov}),
 * and another man's surname ("Antonov") attached to Azimov as an alias. Mentions are found at
 * their real offsets; every quote is checked to be in its paragraph.
 */
final class SampleExtraction {

    static final String CABLE = "08BAKU73";
    static final String ARAZ = "person:araz-azimov";
    static final String AZIMOV = "person:azimov";
    static final String TEP = "topic:tep";
    static final String CFE = "topic:cfe";
    static final String CEIP = "topic:ceip";
    static final String ALIYEV = "person:ilham-aliyev";
    static final String ABIYEV = "person:safar-abiyev";
    static final String RUSSIAN_MFA = "org:russian-mfa";
    static final String MFA = "org:mfa";

    private SampleExtraction() {
    }

    /** The five seed cables. */
    static List<Cable> cables() {
        return new CableReader().read(List.of(Path.of("sample-data"))).cables();
    }

    static Cable cable(List<Cable> cables, String id) {
        return cables.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    /** The extraction over the given cables (which must include 08BAKU73). */
    static Extraction build(List<Cable> cables) {
        Cable c = cable(cables, CABLE);
        Builder b = new Builder(c);
        b.entity(ARAZ, EntityType.PERSON, "Araz Azimov", Set.of("Azimov", "Antonov"),
                List.of(new Role("Deputy Foreign Minister", MFA, c.date(), null)));
        b.entity(AZIMOV, EntityType.PERSON, "Azimov", Set.of(), List.of());
        b.entity(TEP, EntityType.TOPIC, "TEP", Set.of("Train-and-Equip Program"), List.of());
        b.entity(CFE, EntityType.TOPIC, "CFE", Set.of(), List.of());
        b.entity(CEIP, EntityType.TOPIC, "CEIP", Set.of("Critical Energy Infrastructure Protection"), List.of());
        b.entity(ALIYEV, EntityType.PERSON, "Ilham Aliyev", Set.of("Aliyev", "President Aliyev"), List.of());
        b.entity(ABIYEV, EntityType.PERSON, "Safar Abiyev", Set.of(), List.of());
        b.entity(RUSSIAN_MFA, EntityType.ORGANIZATION, "Russian MFA", Set.of(), List.of());
        b.entity(MFA, EntityType.ORGANIZATION, "MFA", Set.of(), List.of());
        for (int p = 1; p <= 7; p++) {
            b.mentions(ARAZ, p, "Araz Azimov", "Azimov");
        }
        b.mentions(ARAZ, 7, "Antonov");
        for (int p = 8; p <= 11; p++) {
            b.mentions(AZIMOV, p, "Azimov");
        }
        for (int p = 1; p <= 5; p++) {
            b.mentions(TEP, p, "Train-and-Equip Program", "TEP");
        }
        b.mentions(ALIYEV, 1, "President Aliyev");
        b.mentions(ALIYEV, 3, "President Aliyev");
        b.mentions(ALIYEV, 5, "President Aliyev", "Aliyev");
        b.mentions(ABIYEV, 5, "Safar Abiyev");
        b.mentions(CFE, 7, "CFE");
        b.mentions(RUSSIAN_MFA, 7, "Russian MFA");
        b.mentions(CEIP, 8, "Critical Energy Infrastructure Protection", "CEIP");
        b.mentions(MFA, 8, "MFA");

        b.evidence(ARAZ, TEP, RelationType.DISCUSSED, 1, "Azimov said a potential TEP had to be put in the right "
                + "political framework");
        b.evidence(ARAZ, ALIYEV, RelationType.MENTIONED_WITH, 3, "Azimov suggested that President Aliyev would "
                + "need \"this type of support\" before making a decision on either request.");
        b.evidence(ARAZ, TEP, RelationType.DISCUSSED, 4, "Azimov said he could recommend the GOAJ participate in a "
                + "TEP if it is put under a \"NATO PfP framework\"");
        b.evidence(ALIYEV, TEP, RelationType.DISCUSSED, 5, "when President Aliyev asked then Secretary of Defense "
                + "Rumsfeld for a TEP in 2006");
        b.evidence(ABIYEV, TEP, RelationType.DISCUSSED, 5, "Minister of Defense Safar Abiyev did not understand the "
                + "program well");
        b.evidence(ARAZ, CFE, RelationType.DISCUSSED, 7, "Azimov said the December 11 visit of Anatoly Antonov, "
                + "Director of the Russian MFA's Department of Security and Disarmament, focused on CFE issues.");
        b.evidence(ARAZ, RUSSIAN_MFA, RelationType.ROLE, 7, "Anatoly Antonov, Director of the Russian MFA's "
                + "Department of Security and Disarmament");
        b.evidence(AZIMOV, CEIP, RelationType.DISCUSSED, 8, "Azimov agreed that the MFA-chaired GOAJ Interagency "
                + "Working Group on National Security would seek to produce a consolidated response");
        b.evidence(AZIMOV, MFA, RelationType.MENTIONED_WITH, 8, "Azimov agreed that the MFA-chaired GOAJ "
                + "Interagency Working Group");
        b.evidence(ARAZ, MFA, RelationType.ROLE, 1, "Deputy Foreign Minister Araz Azimov");
        return b.build(cables);
    }

    /** Collects entities, mentions and evidence against one cable's real paragraph texts. */
    private static final class Builder {
        private final Cable cable;
        private final List<Entity> entities = new ArrayList<>();
        private final List<Mention> mentions = new ArrayList<>();
        private final List<Evidence> evidence = new ArrayList<>();

        Builder(Cable cable) {
            this.cable = cable;
        }

        void entity(String id, EntityType type, String name, Set<String> aliases, List<Role> roles) {
            entities.add(new Entity(id, type, name, new LinkedHashSet<>(aliases), roles));
        }

        /** Mentions of the given surface texts in a paragraph, longest first, never overlapping. */
        void mentions(String entityId, int paragraph, String... texts) {
            String text = paragraph(paragraph).text();
            boolean[] taken = new boolean[text.length()];
            mentions.stream().filter(m -> m.paragraph() == paragraph).forEach(m -> {
                for (int i = m.start(); i < m.end(); i++) {
                    taken[i] = true;
                }
            });
            for (String surface : texts) {
                Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(surface) + "(?![\\p{L}])").matcher(text);
                while (m.find()) {
                    if (!taken[m.start()]) {
                        mentions.add(new Mention(entityId, cable.id(), paragraph, m.start(), m.end(), surface));
                        for (int i = m.start(); i < m.end(); i++) {
                            taken[i] = true;
                        }
                    }
                }
            }
        }

        void evidence(String a, String b, RelationType type, int paragraph, String quote) {
            Paragraph p = paragraph(paragraph);
            if (!p.text().contains(quote)) {
                throw new IllegalStateException("quote not in " + cable.id() + " ¶" + paragraph + ": " + quote);
            }
            evidence.add(new Evidence(a, b, type, cable.id(), paragraph, p.marking(), cable.date(),
                    DateSource.CABLE, quote));
        }

        Paragraph paragraph(int number) {
            return cable.paragraph(number).orElseThrow();
        }

        Extraction build(List<Cable> cables) {
            return new Extraction(cables, entities, mentions, evidence);
        }
    }

    /** Mention counts by entity id. */
    static Map<String, Long> mentionCounts(Extraction x) {
        return x.mentions().stream().collect(java.util.stream.Collectors.groupingBy(Mention::entityId,
                java.util.stream.Collectors.counting()));
    }
}
