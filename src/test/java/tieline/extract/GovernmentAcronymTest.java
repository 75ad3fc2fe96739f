package tieline.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tieline.cable.Cable;
import tieline.model.Entity;
import tieline.model.Extraction;

/** "GO" plus the host country's initials is that country's government, read post by post. */
class GovernmentAcronymTest {

    private static Country country(String name) {
        return new Country(name, List.of(), List.of(), List.of());
    }

    @Test
    void lettersMatchTheCountrysInitials() {
        assertTrue(GovernmentAcronym.standsFor("GOB", country("Brazil")));
        assertTrue(GovernmentAcronym.standsFor("GoB", country("Bolivia")));
        assertTrue(GovernmentAcronym.standsFor("GOCR", country("Costa Rica")));
        assertTrue(GovernmentAcronym.standsFor("GOA", country("Argentina")));
        assertFalse(GovernmentAcronym.standsFor("GOB", country("Egypt")));
        assertFalse(GovernmentAcronym.standsFor("GOAL", country("Argentina")), "a word, not an acronym");
        assertFalse(GovernmentAcronym.standsFor("GOB", null));
    }

    @Test
    void theSameLettersAreDifferentGovernmentsAtDifferentPosts() {
        Cable brasilia = ResolutionRulesTest.cable("09BRASILIA10", "101000Z JAN 09", "BRASILIA", null, "SOBEL",
                "The Government of Brazil (GOB) wants a deal.", "Brazilian officials said the GOB agreed.");
        Cable dhaka = ResolutionRulesTest.cable("09DHAKA10", "101000Z JAN 09", "DHAKA", null, "MORIARTY",
                "The Government of Bangladesh (GOB) wants a deal.", "Bangladeshi officials said the GOB agreed.");
        Extraction x = ResolutionRulesTest.extract(Gazetteer.bundled(), brasilia, dhaka);
        Set<String> ids = x.entities().stream().map(Entity::id).collect(Collectors.toSet());
        assertFalse(ids.contains("org:gob"), ids.toString());
        assertTrue(x.mentions().stream().anyMatch(m -> m.cableId().equals("09BRASILIA10") && m.text().equals("GOB")
                && m.entityId().equals("org:government-of-brazil")), ids.toString());
        assertTrue(x.mentions().stream().anyMatch(m -> m.cableId().equals("09DHAKA10") && m.text().equals("GOB")
                && m.entityId().equals("org:government-of-bangladesh")), ids.toString());
    }

    @Test
    void lettersThatStandForUnrelatedBodiesAreReadAsThisCountryDefinesThem() {
        Cable sanJose = ResolutionRulesTest.cable("09SANJOSE10", "101000Z JAN 09", "SAN JOSE", null, "BRENNAN",
                "The Instituto Costarricense de Electricidad (ICE) raised rates.", "The ICE board met.");
        Cable mexico = ResolutionRulesTest.cable("09MEXICO10", "101000Z JAN 09", "MEXICO", null, "PASCUAL",
                "Immigration and Customs Enforcement (ICE) agents met Mexican police.", "ICE will return.");
        Cable brasilia = ResolutionRulesTest.cable("09BRASILIA12", "101000Z JAN 09", "BRASILIA", null, "SOBEL",
                "The Drug Enforcement Administration (DEA) office grew.");
        Cable bogota = ResolutionRulesTest.cable("09BOGOTA12", "101000Z JAN 09", "BOGOTA", null, "BROWNFIELD",
                "The Drug Enforcement Agency (DEA) office grew.", "The DEA agreed.");
        Extraction x = ResolutionRulesTest.extract(Gazetteer.empty(), sanJose, mexico, brasilia, bogota);
        Set<String> inSanJose = x.mentions().stream().filter(m -> m.cableId().equals("09SANJOSE10"))
                .map(m -> m.entityId()).collect(Collectors.toSet());
        Set<String> inMexico = x.mentions().stream().filter(m -> m.cableId().equals("09MEXICO10"))
                .map(m -> m.entityId()).collect(Collectors.toSet());
        assertTrue(inSanJose.stream().noneMatch(inMexico::contains), inSanJose + " / " + inMexico);
        Set<String> dea = x.mentions().stream().filter(m -> m.text().equals("DEA") || m.text().startsWith("Drug"))
                .map(m -> m.entityId()).collect(Collectors.toSet());
        assertTrue(dea.size() == 1, "two wordings of one agency stay one entity: " + dea);
    }
}
