package tieline.cable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The four layouts of archive metadata found in cable files. */
class ArchiveRecordTest {

    private static ArchiveRecord find(String text) {
        return ArchiveRecord.find(CableLines.of(text));
    }

    @Test
    void cableDatedLine() {
        ArchiveRecord r = find("This record is a partial extract of the original cable.\n"
                + "Cable dated:2005-05-23T14:26:00\nS E C R E T SANAA 001352\n");
        assertEquals(Instant.parse("2005-05-23T14:26:00Z"), r.dateTime());
        assertEquals(1, r.start());
        assertEquals(2, r.end());
    }

    @Test
    void labelledFields() {
        ArchiveRecord r = find("This record is a partial extract.\nid: 24456\ndate: 12/22/2004 5:24\n"
                + "refid: 04ANKARA7106\norigin: Embassy Ankara\nclassification: SECRET//NOFORN\ndestination: \n"
                + "header:\n----- header ends ----\nS E C R E T ANKARA 007106\n");
        assertEquals(Instant.parse("2004-12-22T05:24:00Z"), r.dateTime());
        assertEquals("04ANKARA7106", r.id());
        assertEquals(Classification.SECRET_NOFORN, r.classification());
        assertEquals(1, r.start());
        assertEquals(8, r.end());
    }

    @Test
    void blockOfBareValuesAfterAPreview() {
        ArchiveRecord r = find("C O N F I D E N T I A L THE HAGUE 001049\nSUBJECT: NETHER...\n\n\n16331\n\n2004-04-26\n\n"
                + "04THEHAGUE1049\n\nEmbassy The Hague\n\nCONFIDENTIAL\n\n\n\nC O N F I D E N T I A L THE HAGUE 001049\n");
        assertEquals(Instant.parse("2004-04-26T00:00:00Z"), r.dateTime());
        assertEquals("04THEHAGUE1049", r.id());
        assertEquals(Classification.CONFIDENTIAL, r.classification());
        assertEquals(4, r.start());
        assertEquals(13, r.end());
    }

    @Test
    void tabSeparatedRowBecomesABlock() {
        ArchiveRecord r = find("41662\t2005-09-29 20:31:00\t05BOGOTA9257\tEmbassy Bogota\tSECRET//NOFORN\t\t"
                + "S E C R E T BOGOTA 009257 \\\n");
        assertEquals(Instant.parse("2005-09-29T20:31:00Z"), r.dateTime());
        assertEquals("05BOGOTA9257", r.id());
    }

    @Test
    void webPageDateLine() {
        assertEquals(Instant.parse("2007-04-18T06:05:00Z"),
                find("FM IRAN RPO DUBAI\nWednesday, 18 April 2007, 06:05\nS E C R E T IRAN RPO DUBAI 000023\n")
                        .dateTime());
    }

    @Test
    void aDateInTheTextIsNoRecord() {
        assertNull(find("C O N F I D E N T I A L BAKU 000073\n\n1. (C) The talks of\n2008-01-28\nwent well.\n"));
    }
}
