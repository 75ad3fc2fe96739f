package tieline.cable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the parser copes with the ways real cables deviate from the textbook layout. */
class CableParserTest {

    private static Cable parse(String text) {
        CableParser.Outcome outcome = new CableParser().parse("test.txt", text);
        assertNull(outcome.problem(), () -> outcome.problem().describe());
        return outcome.cable();
    }

    private static final String ROUTING = "VZCZCXYZ0000\nPP RUEHWEB\n\nDE RUEHUB #0123/01 0401058\nZNY CCCCC ZZH\n"
            + "P 041058Z Nov 05\nFM USMISSION USUN NEW YORK\nTO RUEHC/SECSTATE WASHDC PRIORITY 4656\n"
            + "INFO RUEHNO/USMISSION USNATO PRIORITY 0753\nRUEAIIA/CIA WASHINGTON DC PRIORITY\n\n";

    /** A participants list, one name a line, in a cable wrapped at about 60 characters. */
    static final String PARTICIPANTS = ROUTING + "C O N F I D E N T I A L USUN NEW YORK 000123\n\nSUBJECT: X\n\n"
            + "1. (C) The Deputy Foreign Minister told the Ambassador that the\n"
            + "talks would resume in March, and that Deputy Foreign Minister\n"
            + "Araz Azimov would lead them for the government in the new\n"
            + "round of the talks on the settlement of the conflict.\n\n"
            + "2. (U) Participants:\n\n"
            + "United States\n\n"
            + "Undersecretary William Burns\n"
            + "Deputy Assistant Secretary Tina Kaidanow\n"
            + "Bridget Brink, NSC\n"
            + "Ambassador Tacan Ildem, Director General for International\n"
            + "Security Affairs\n\nBOLTON\n";

    @Test
    void listLinesKeepTheirBreaksAndWrappedLinesAreJoined() {
        Cable c = parse(PARTICIPANTS);
        assertEquals("The Deputy Foreign Minister told the Ambassador that the talks would resume in March, and that "
                + "Deputy Foreign Minister Araz Azimov would lead them for the government in the new round of the "
                + "talks on the settlement of the conflict.", c.paragraphs().get(0).text());
        assertEquals("Participants:\nUnited States\nUndersecretary William Burns\nDeputy Assistant Secretary Tina Kaidanow\n"
                + "Bridget Brink, NSC\nAmbassador Tacan Ildem, Director General for International Security Affairs",
                c.paragraphs().get(1).text());
    }

    /** Bytes with carriage returns are read as the same text with line feeds alone (the one pass spots the returns). */
    @Test
    void carriageReturnsReadAsLineFeeds() {
        CableReader reader = new CableReader();
        Cable lf = reader.readBytes("lf.txt", PARTICIPANTS.getBytes(java.nio.charset.StandardCharsets.UTF_8)).cable();
        Cable crlf = reader.readBytes("crlf.txt",
                PARTICIPANTS.replace("\n", "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)).cable();
        assertEquals(lf.paragraphs(), crlf.paragraphs());
        assertEquals(lf.text(), crlf.text());
        assertEquals(lf.id(), crlf.id());
        assertNull(CableLines.ofLatin1("a\r\nb", "a\r\nb".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
        assertEquals(2, CableLines.ofLatin1("a\nb", "a\nb".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).size());
    }

    @Test
    void multiWordPostAndMixedCaseDateTimeGroup() {
        Cable c = parse(ROUTING + "C O N F I D E N T I A L USUN NEW YORK 000123\n\nSIPDIS\n\nE.O. 12958: DECL: 11/04/2015\n"
                + "TAGS: PREL UNSC\nSUBJECT: COUNCIL CONSULTATIONS\n\n1. (C) Text.\n\nBOLTON\n");
        assertEquals("05USUNNEWYORK123", c.id());
        assertEquals("USUNNEWYORK", c.post());
        assertEquals(Instant.parse("2005-11-04T10:58:00Z"), c.dateTime());
        assertEquals("USMISSION USUN NEW YORK", c.origin());
        assertEquals(List.of("USMISSION USNATO", "CIA WASHINGTON DC"), c.info());
        assertEquals("BOLTON", c.signer());
    }

    @Test
    void withoutRoutingHeaderTheDateAndIdAreAbsentNotInvented() {
        Cable c = parse("C O N F I D E N T I A L ANKARA 001516\n\nSIPDIS\n\nE.O. 12958: DECL: 03/11/2008\n"
                + "TAGS: PGOV PREL TU\nSUBJECT: VERDICT SUSPENDED\n\n¶1. (U) An Ankara court ruled.\n");
        assertNull(c.dateTime());
        assertNull(c.id());
        assertNull(c.precedence());
        assertNull(c.origin());
        assertEquals(Classification.CONFIDENTIAL, c.classification());
        assertEquals(LocalDate.of(2008, 3, 11), c.declassifyOn());
        assertEquals("VERDICT SUSPENDED", c.subject());
        assertEquals(new Provenance(null, null, FieldSource.TEXT), c.provenance());
    }

    @Test
    void catalogueEntryFillsOnlyWhatTheTextLacks() {
        String text = "C O N F I D E N T I A L ANKARA 001516\n\nSUBJECT: VERDICT SUSPENDED\n\n¶1. (U) Text.\n";
        Cable c = new CableParser().parse("03ANKARA1516.txt", text,
                new CableCatalogue.Entry("03ANKARA1516", LocalDate.of(2003, 3, 11))).cable();
        assertEquals(Instant.parse("2003-03-11T00:00:00Z"), c.dateTime());
        assertEquals("03ANKARA1516", c.id());
        assertEquals(new Provenance(FieldSource.CATALOGUE, FieldSource.CATALOGUE, FieldSource.TEXT), c.provenance());

        Cable dated = new CableParser().parse("x.txt", ROUTING.replace("#0123", "#1516") + text,
                new CableCatalogue.Entry("99ANKARA1", LocalDate.of(1999, 1, 1))).cable();
        assertEquals(Instant.parse("2005-11-04T10:58:00Z"), dated.dateTime());
        assertEquals("05ANKARA1516", dated.id());
        assertEquals(FieldSource.TEXT, dated.provenance().dateTime());
    }

    @Test
    void archiveRecordGivesDateAndTheFullTextFollowsThePreview() {
        Cable c = parse("This record is a partial extract of the original cable.\n"
                + "C O N F I D E N T I A L THE HAGUE 001049\n\nTAGS: PREL\nSUBJECT: NETHER...\n\n\n16331\n\n2004-04-26\n\n"
                + "04THEHAGUE1049\n\nEmbassy The Hague\n\nCONFIDENTIAL\n\n\n\nC O N F I D E N T I A L THE HAGUE 001049\n\n"
                + "TAGS: PREL KCRM\nSUBJECT: NETHERLANDS AND THE TIP - TIER ONE\n\n¶1. (C) Text one.\n\n¶2. (SBU) Two.\n\nSobel\n");
        assertEquals("04THEHAGUE1049", c.id());
        assertEquals(Instant.parse("2004-04-26T00:00:00Z"), c.dateTime());
        assertEquals(new Provenance(FieldSource.ARCHIVE_RECORD, FieldSource.ARCHIVE_RECORD, FieldSource.TEXT),
                c.provenance());
        assertEquals("NETHERLANDS AND THE TIP - TIER ONE", c.subject());
        assertEquals(List.of("PREL", "KCRM"), c.tags());
        assertEquals(2, c.paragraphs().size());
        assertEquals("Sobel", c.signer());
    }

    @Test
    void lowerCaseFieldNamesAndMissingSubject() {
        Cable c = parse("O 250101Z APR 08\nFM SECSTATE WASHDC\nTO ALL DIPLOMATIC AND CONSULAR POSTS COLLECTIVE IMMEDIATE\n"
                + "S e c r e t state 068250\n\nSipdis\n\nE.o. 12958: decl: 07/01/2034\nTags: mtcre, parm, prel\n\n"
                + "Classified By: ISN/MTR DIRECTOR PAM DURHAM FOR REASONS\n1.4 (b), (c), and (d).\n\n"
                + "¶1. (U) This is an action request.\n");
        assertEquals("08STATE68250", c.id());
        assertEquals(ClassificationLevel.SECRET, c.classification().level());
        assertEquals(LocalDate.of(2034, 7, 1), c.declassifyOn());
        assertEquals(List.of("mtcre", "parm", "prel"), c.tags());
        assertNull(c.subject());
        assertEquals("ISN/MTR DIRECTOR PAM DURHAM FOR REASONS 1.4 (b), (c), and (d).", c.classifiedBy());
        assertEquals("This is an action request.", c.paragraph(1).orElseThrow().text());
    }

    @Test
    void runTogetherHeaderIsReadFieldByField() {
        Cable c = parse("Cable dated:2006-02-15T07:44:00\n\nC O N F I D E N T I A L SECTION 01 OF 02 CAIRO 000941SIPDIS"
                + "E.O. 12958: DECL: 02/14/2016 TAGS: PTER PREL KISL EG\n\nSUBJECT: FBI DIRECTOR MUELLER'S VISIT TO EGYPTREF: "
                + "CAIRO 493\n\nClassified by DCM Stuart Jones for reasons 1.4 (b) and (d).\n\n¶1. (C) During his visit.\n");
        assertEquals("06CAIRO941", c.id());
        assertEquals(Instant.parse("2006-02-15T07:44:00Z"), c.dateTime());
        assertEquals("SECTION 01 OF 02", c.section());
        assertEquals(LocalDate.of(2016, 2, 14), c.declassifyOn());
        assertEquals(List.of("PTER", "PREL", "KISL", "EG"), c.tags());
        assertEquals("FBI DIRECTOR MUELLER'S VISIT TO EGYPT", c.subject());
        assertEquals(List.of("06CAIRO493"), c.refIds());
        assertEquals("DCM Stuart Jones for reasons 1.4 (b) and (d).", c.classifiedBy());
    }

    @Test
    void routingHeaderWinsWhenTheBannerBelongsToAnotherCable() {
        Cable c = parse("DE RUEHPE #1732/01 3052155\nP 312155Z OCT 08\nFM AMEMBASSY LIMA\nTO RUEHC/SECSTATE WASHDC\n"
                + "C O N F I D E N T I A L SECTION 01 OF 05 MADRID 001132\n\nSUBJECT: X\n\n1. (C) Text.\n");
        assertEquals("08LIMA1732", c.id());
        Cable state = parse("DE RUEHC #4120 3401234\nR 061234Z DEC 07\nFM SECSTATE WASHDC\nTO RUEHKB/AMEMBASSY BAKU\n"
                + "UNCLAS STATE 164120\n\nSUBJECT: X\n\n1. Text.\n");
        assertEquals("07STATE164120", state.id(), "the routing line keeps only four digits");
    }

    @Test
    void placeholdersPageBreaksAndRedactions() {
        Cable c = parse(ROUTING + "S E C R E T SECTION 01 OF 02 USUN NEW YORK 000123\n\nSUBJECT: X\n\n"
                + "1. (S) XXXXXXXXXXXX told poloff that the\n\nUSUN NEW Y 00000123 001.2 OF 002\n\nminister was ill.\n\n"
                + "* Missing Section 002 *\n\n2. (S) XXXXXXXXXXXX added nothing.\n\nXXXXXXXXXXXX\n");
        assertEquals(2, c.paragraphs().size());
        assertEquals("XXXXXXXXXXXX told poloff that the minister was ill.", c.paragraph(1).orElseThrow().text());
        assertEquals("XXXXXXXXXXXX added nothing.\nXXXXXXXXXXXX", c.paragraph(2).orElseThrow().text());
        assertNull(c.signer(), "a redaction is no signer");
    }

    @Test
    void subLetteredItemsAndNumberedListsStayInTheirParagraph() {
        Cable c = parse(ROUTING + "UNCLAS USUN NEW YORK 000123\n\nSUBJECT: X\n\n1. The Council agreed on:\n\n"
                + "A. a statement;\n\nB. a visit.\n\n2. Members listed three steps:\n\n1. consult;\n\n2. draft;\n\n"
                + "3. adopt.\n\n3. Comment: Useful.\n\nKHALILZAD\n");
        List<Paragraph> ps = c.paragraphs();
        assertEquals(3, ps.size());
        assertEquals("The Council agreed on:\nA. a statement;\nB. a visit.", ps.get(0).text());
        assertEquals("Members listed three steps:\n1. consult;\n2. draft;\n3. adopt.", ps.get(1).text());
        assertEquals(ParagraphKind.COMMENT, ps.get(2).kind());
        assertEquals("KHALILZAD", c.signer());
    }

    @Test
    void headingsAreDroppedAndMarkKinds() {
        Cable c = parse(ROUTING + "C O N F I D E N T I A L USUN NEW YORK 000123\n\nSUBJECT: X\n\n-------\nSUMMARY\n-------\n\n"
                + "1. (C) The talks went well.\n\n2. (C) More on this.  End summary.\n\nBackground\n----------\n\n"
                + "3. (C) In 2004 the\nparties met.\n\nComment\n-------\n\n4. (C) We doubt it.\n\n5. (C) We doubt more.\n\n"
                + "BOLTON\n");
        List<Paragraph> ps = c.paragraphs();
        assertEquals(List.of(ParagraphKind.SUMMARY, ParagraphKind.SUMMARY, ParagraphKind.BODY, ParagraphKind.COMMENT,
                ParagraphKind.COMMENT), ps.stream().map(Paragraph::kind).toList());
        assertEquals("More on this.  End summary.", ps.get(1).text());
        assertEquals("In 2004 the parties met.", ps.get(2).text());
    }

    @Test
    void signerRunOntoTheLastSentenceAndInMixedCase() {
        assertEquals("DERSE", parse(ROUTING + "UNCLAS USUN NEW YORK 000123\n\n1. Done. End comment. DERSE\n").signer());
        Cable c = parse(ROUTING + "UNCLAS USUN NEW YORK 000123\n\n1. Done.\n\nLeBaron\n");
        assertEquals("LeBaron", c.signer());
        assertEquals("Done.", c.paragraph(1).orElseThrow().text());
        assertEquals("HEFFERN", parse(ROUTING + "UNCLAS USUN NEW YORK 000123\n\n1. Done.\n\nEND TEXT HEFFERN\n").signer());
        Cable website = parse(ROUTING + "UNCLAS USUN NEW YORK 000123\n\n1. Done. ******** Visit Embassy Manama's "
                + "Classified Website: XXXXXXXXXXXX******** ERELI\n");
        assertEquals("ERELI", website.signer());
        assertEquals("Done.", website.paragraph(1).orElseThrow().text());
    }

    @Test
    void unnumberedBodyIsSplitAtBlankLines() {
        Cable c = parse(ROUTING + "UNCLAS USUN NEW YORK 000123\n\nSUBJECT: X\n\n(U) We delivered the points.\n\n"
                + "The minister\nagreed.\n\nBOLTON\n");
        assertEquals(2, c.paragraphs().size());
        assertEquals(Classification.UNCLASSIFIED, c.paragraph(1).orElseThrow().marking());
        assertEquals("We delivered the points.", c.paragraph(1).orElseThrow().text());
        assertEquals("The minister agreed.", c.paragraph(2).orElseThrow().text());
        assertNull(c.paragraph(2).orElseThrow().label());
    }

    @Test
    void textOnlyIsNotACable() {
        CableParser.Outcome outcome = new CableParser().parse("notes.txt", "Dear all,\nsee you tomorrow.\n");
        assertNull(outcome.cable());
        assertEquals(CableProblem.Kind.NOT_A_CABLE, outcome.problem().kind());
    }

    @Test
    void cableStaysFaithfulToItsText() {
        Cable c = parse(ROUTING + "UNCLAS USUN NEW YORK 000123\n\n1. Text.\n");
        assertNotNull(c.text());
        assertTrue(c.text().startsWith("VZCZCXYZ0000"));
        assertFalse(c.text().contains("\r"));
    }
}
