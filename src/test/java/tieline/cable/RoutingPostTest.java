package tieline.cable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The post of a routing line's sender, read as the patterns it was first read with. */
class RoutingPostTest {

    private static final Pattern ORIGIN_PREFIX = Pattern.compile(
            "^(?:AMEMBASSY|AMCONSUL|AMCONSULATE|USMISSION|USDEL|USINT|USLO|USOFFICE|AMEMB|EMBASSY|CONSULATE)\\s+");
    private static final Pattern WASHINGTON_DEPARTMENT = Pattern.compile("^SECSTATE\\s+WASHDC.*$");
    private static final String[] PIECES = {"AMEMBASSY", "AMCONSUL", "AMCONSULATE", "AMEMB", "USDEL", "EMBASSY",
        "SECSTATE", "WASHDC", " ", "  ", "\t", ".", "'", "-", "BAKU", "SAO", "PAULO", "x", "1", "ü", "\u0085",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ"};

    /** The rule as the patterns gave it. */
    private static String byPatterns(String origin) {
        String o = origin.strip().toUpperCase(Locale.ROOT);
        if (WASHINGTON_DEPARTMENT.matcher(o).matches()) {
            return "STATE";
        }
        String post = ORIGIN_PREFIX.matcher(o).replaceFirst("").replaceAll("[\\s.'-]", "");
        return post.matches("[A-Z]{2,30}") ? post : null;
    }

    @Test
    void examples() {
        assertEquals("BAKU", CableParser.routingPost("AMEMBASSY BAKU"));
        assertEquals("SAOPAULO", CableParser.routingPost("amconsul sao paulo"));
        assertEquals("STATE", CableParser.routingPost("SECSTATE WASHDC"));
        assertNull(CableParser.routingPost("AMEMBASSY 12"));
        assertNull(CableParser.routingPost(null));
    }

    @Test
    void agreesWithThePatternsOnRandomOrigins() {
        RandomText random = new RandomText(3);
        for (int n = 0; n < 100_000; n++) {
            String pieces = random.ofPieces(PIECES, 1, 5);
            String origin = random.coin() ? pieces : pieces.toLowerCase(Locale.ROOT);
            assertEquals(byPatterns(origin), CableParser.routingPost(origin), origin);
        }
    }
}
