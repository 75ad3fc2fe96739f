package tieline.cable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The small readers of header lines: date-time groups, banners, run-together header lines. */
class HeaderPartsTest {

    @Test
    void dateTimeGroups() {
        DateTimeGroup dtg = DateTimeGroup.parse("P 290505Z JAN 08");
        assertEquals(Instant.parse("2008-01-29T05:05:00Z"), dtg.instant());
        assertEquals(Precedence.PRIORITY, dtg.precedence());
        assertEquals(Precedence.IMMEDIATE, DateTimeGroup.parse("O R 111519Z FEB 10").precedence());
        assertEquals(Instant.parse("2006-09-14T07:49:00Z"), DateTimeGroup.parse("P 140749Z SEP 06 ZDS").instant());
        DateTimeGroup mixedCase = DateTimeGroup.parse("041058Z Nov 05");
        assertEquals(Instant.parse("2005-11-04T10:58:00Z"), mixedCase.instant());
        assertNull(mixedCase.precedence());
        assertEquals(Instant.parse("1979-08-13T12:00:00Z"), DateTimeGroup.parse("R 131200Z AUG 79").instant());
        assertEquals(Instant.parse("2010-02-12T21:07:00Z"),
                DateTimeGroup.parse("R 122107Z FEB 10FM AMEMBASSY BUENOS AIRES").instant());
        assertNull(DateTimeGroup.parse("P 310505Z FEB 08"), "no 31 February");
        assertNull(DateTimeGroup.parse("P 290505Z FOO 08"));
        assertNull(DateTimeGroup.parse("The meeting on 290505Z JAN 08"));
    }

    @Test
    void banners() {
        ClassificationBanner b = ClassificationBanner.parse("C O N F I D E N T I A L SECTION 01 OF 03 BAKU 000433");
        assertEquals(ClassificationLevel.CONFIDENTIAL, b.level());
        assertEquals("SECTION 01 OF 03", b.section());
        assertEquals("BAKU", b.post());
        assertEquals(433, b.serial());

        ClassificationBanner usun = ClassificationBanner.parse("UNCLAS USUN NEW YORK 000123");
        assertEquals("USUNNEWYORK", usun.post());
        ClassificationBanner efto = ClassificationBanner.parse("UNCLAS E F T O LONDON 002883");
        assertEquals("LONDON", efto.post());
        assertEquals(Set.of("EFTO"), efto.caveats());
        assertEquals("IRANRPODUBAI", ClassificationBanner.parse("S E C R E T SECTION 01 OF 02 IRAN RPO DUBAI 000023")
                .post());
        assertEquals("STATE", ClassificationBanner.parse("S e c r e t state 068250").post());
        assertEquals(ClassificationLevel.CONFIDENTIAL,
                ClassificationBanner.parse("O N F I D E N T I A L SECTION 01 OF 04 LAGOS 000014").level());
        assertEquals(ClassificationLevel.SECRET, ClassificationBanner.parse("SS E C R E T ISLAMABAD 000428").level());

        ClassificationBanner fouo = ClassificationBanner.parse("UNCLASSIFIED//FOR OFFICIAL USE ONLY");
        assertTrue(fouo.sensitive());
        assertFalse(fouo.hasPost());
        assertEquals(Set.of("NOFORN"), ClassificationBanner.parse("SECRET//NOFORN").caveats());
        assertFalse(ClassificationBanner.parse("CONFIDENTIAL     PTQ2529").hasPost());
        assertNull(ClassificationBanner.parse("SECRETARY RICE MET THE MINISTER"));
        assertNull(ClassificationBanner.parse("Unclassified reporting shows that the minister said so."));
    }

    @Test
    void runTogetherHeaderLinesAreRebroken() {
        assertEquals(List.of("C O N F I D E N T I A L SECTION 01 OF 02 CAIRO 000941", "SIPDIS",
                        "E.O. 12958: DECL: 02/14/2016", "TAGS: PTER PREL KISL EG"),
                HeaderLineSplitter.split("C O N F I D E N T I A L SECTION 01 OF 02 CAIRO 000941SIPDISE.O. 12958: "
                        + "DECL: 02/14/2016 TAGS: PTER PREL KISL EG"));
        assertEquals(List.of("Cable dated:2002-11-15T12:40:00", "S E C R E T ANKARA 008305"),
                HeaderLineSplitter.split("Cable dated:2002-11-15T12:40:00S E C R E T ANKARA 008305"));
        assertEquals(List.of("SUBJECT: FBI DIRECTOR MUELLER'S VISIT TO EGYPT", "REF: CAIRO 493"),
                HeaderLineSplitter.split("SUBJECT: FBI DIRECTOR MUELLER'S VISIT TO EGYPTREF: CAIRO 493"));
        assertEquals(List.of("REF: SECSTATE 72078", "(U) Embassy London has received the following"),
                HeaderLineSplitter.split("REF: SECSTATE 72078  (U) Embassy London has received the following"));
        assertEquals(List.of("REF: RABAT 532", "CLASSIFIED BY: Chris Stevens. REASON: 1.4 (b), (d)",
                        "1. (C) GOL officials are hurriedly"),
                HeaderLineSplitter.split("REF: RABAT 532  CLASSIFIED BY: Chris Stevens. REASON: 1.4 (b), (d) "
                        + "1. (C) GOL officials are hurriedly"));
        // a subject that cites another executive order, and a Classified By with (C) AND (D), stay whole
        String subject = "SUBJECT: DEMARCHE DELIVERED: DESIGNATION OF IRANIANS UNDER E.O. 13382";
        assertEquals(List.of(subject), HeaderLineSplitter.split(subject));
        String reasons = "Classified By: DCM PHILLIP CHICOLA FOR REASONS 1.4 (C) AND (D)";
        assertEquals(List.of(reasons), HeaderLineSplitter.split(reasons));
        assertEquals(List.of("SUBJECT: (S) VIDEO SHOWS MAFIA TIES TO GOU"),
                HeaderLineSplitter.split("SUBJECT: (S) VIDEO SHOWS MAFIA TIES TO GOU"));
    }
}
