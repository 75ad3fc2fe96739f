package tieline.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tieline.model.Entity;
import tieline.model.EntityType;

class SearchViewModelTest {

    private static Entity person(String name, String... aliases) {
        return new Entity(Entity.idFor(EntityType.PERSON, name), EntityType.PERSON, name, Set.of(aliases), List.of());
    }

    private final SearchViewModel search = new SearchViewModel();

    {
        List<Entity> entities = List.of(
                person("Kamaladdin Heydarov", "Heydarov", "Kemaleddin Heydarov"),
                person("Heydar Aliyev"),
                person("Ilham Aliyev", "Aliyev"),
                person("Elmar Mammadyarov", "Mammadyarov"),
                new Entity("org:mes", EntityType.ORGANIZATION, "Ministry of Emergency Situations", Set.of("MES"), List.of()),
                person("Şahin Mustafayev"));
        Map<String, Integer> mentions = Map.of("person:kamaladdin-heydarov", 40, "person:heydar-aliyev", 2,
                "person:ilham-aliyev", 30);
        search.setEntities(entities, id -> mentions.getOrDefault(id, 0));
    }

    private List<String> names(String query) {
        return search.suggest(query).stream().map(Suggestion::name).toList();
    }

    @Test
    void wordPrefixesMatchNamesAndAliasesRankedByMentions() {
        assertEquals(List.of("Kamaladdin Heydarov", "Heydar Aliyev"), names("Heyd"));
        assertEquals(List.of("Kamaladdin Heydarov"), names("k hey"));
        assertEquals(List.of("Ilham Aliyev", "Heydar Aliyev"), names("aliyev"));
    }

    @Test
    void anAliasMatchIsShownBesideTheName() {
        Suggestion s = search.suggest("MES").get(0);
        assertEquals("org:mes", s.entityId());
        assertEquals("Ministry of Emergency Situations  (MES)", s.display());
        assertEquals("Ministry of Emergency Situations", search.suggest("ministry of em").get(0).display());
    }

    @Test
    void caseAndAccentsDoNotMatterAndNonsenseFindsNothing() {
        assertEquals(List.of("Şahin Mustafayev"), names("sahin"));
        assertEquals(List.of("Elmar Mammadyarov"), names("MAMMAD"));
        assertTrue(names("zzz").isEmpty());
        assertTrue(names("  ").isEmpty());
        assertTrue(names("yarov elmar").isEmpty(), "words must come in order and start words");
    }
}
