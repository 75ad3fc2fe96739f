package tieline.cable;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** REF lines as cables write them, resolved against the citing cable 08BAKU73 (29 January 2008). */
class ReferenceParserTest {

    private static List<String> ids(String refText) {
        return ReferenceParser.parse(refText, 8, "BAKU", 73, 29).stream().map(Reference::idOrText).toList();
    }

    @Test
    void letteredItemsInTheirSeveralStyles() {
        assertEquals(List.of("07BAKU1226", "07BAKU280", "07STATE169645", "08STATE6406"),
                ids("A. BAKU 01226 B. BAKU 00280 C. STATE 169645 D. STATE 6406"));
        assertEquals(List.of("08SAOPAULO505", "08SAOPAULO48", "02BRASILIA2670"),
                ids("(A) SAO PAULO 505; (B) SAO PAULO 48 (C) 02 BRASILIA 2670"));
        assertEquals(List.of("03SAOPAULO2199", "03BRASILIA3868"), ids("A) 2003 Sao Paulo 2199 B) 2003 Brasilia 3868"));
        assertEquals(List.of("08GENEVA2373", "08GENEVA2355"), ids("A: Geneva 2373; Ref B: Geneva 2355"));
        assertEquals(List.of("08TRIPOLI332", "08TRIPOLI472"), ids("A. (A) TRIPOLI 332, B) TRIPOLI 472"));
        assertEquals(List.of("07BAKU1226", "07BAKU280"), ids("A. BAKU 01226 ¶B. BAKU 00280"));
    }

    @Test
    void unletteredAndYearForms() {
        assertEquals(List.of("06BAKU362"), ids("06 BAKU 362"));
        assertEquals(List.of("04STATE115541"), ReferenceParser.parse("SECSTATE 115541", 4, "THEHAGUE", 1446, 160)
                .stream().map(Reference::idOrText).toList());
        assertEquals(List.of("09RIYADH1492"), ids("09RIYADH 1492"));
        assertEquals(List.of("08BUENOSAIRES526", "08BUENOSAIRES794"), ids("BUENOS AIRES 526; BUENOS AIRES 794"));
        assertEquals(List.of("08CAIRO5589"), ids("CAIRO 5589 AND PREVIOUS"));
        assertEquals(List.of("07STATE85614", "07STATE86108"), ids("A. STATE 85614 B. 86108"));
        assertEquals(List.of("08STATE5614", "08STATE6108"), ids("A. STATE 5614 B. 6108"));
    }

    @Test
    void itemsThatNameNoTelegramKeepTheirText() {
        assertEquals(List.of("MITCHELL/SIMS TELCON 02/16/2010"), ids("MITCHELL/SIMS TELCON 02/16/2010"));
        assertEquals(List.of("LONDON DAILY REPORT 7-28-08"), ids("LONDON DAILY REPORT 7-28-08"));
        assertEquals(List.of("EMAIL OF JANUARY 12"), ids("EMAIL OF JANUARY 12"));
        assertEquals(List.of("IIR 6 941 0063 08"), ids("IIR 6 941 0063 08"));
    }

    @Test
    void withoutTheCitingYearNoIdIsGuessed() {
        assertEquals(List.of("BAKU 1226"), ReferenceParser.parse("BAKU 1226", -1, "BAKU", 73, 0).stream()
                .map(Reference::idOrText).toList());
    }
}
