package tieline.cable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tieline.Corpus;

/**
 * Golden tests: every field of the five seed cables shipped in {@code sample-data}, as read by
 * {@link CableReader} from the folder.
 */
class SeedCableGoldenTest {

    private static Map<String, Cable> cables;
    private static ReadResult result;

    @BeforeAll
    static void readSeeds() {
        result = new CableReader().read(List.of(Corpus.sampleData()));
        cables = result.cables().stream().collect(Collectors.toMap(Cable::id, Function.identity()));
    }

    @Test
    void allFiveSeedsReadWithoutProblems() {
        assertEquals(List.of(), result.problems());
        assertEquals(Set.of("07BAKU605", "07BAKU1479", "08BAKU73", "09BAKU266", "09BAKU433"), cables.keySet());
        for (Cable c : cables.values()) {
            assertEquals(new Provenance(FieldSource.TEXT, FieldSource.TEXT, FieldSource.TEXT), c.provenance(), c.id());
            assertTrue(c.source().endsWith(c.id() + ".txt"), c.source());
            assertEquals("BAKU", c.post());
            assertEquals("AMEMBASSY BAKU", c.origin());
            assertEquals(List.of("SECSTATE WASHDC"), c.to());
        }
    }

    @Test
    void baku73Header() {
        Cable c = cables.get("08BAKU73");
        assertEquals(Instant.parse("2008-01-29T05:05:00Z"), c.dateTime());
        assertEquals(LocalDate.of(2008, 1, 29), c.date());
        assertEquals(Precedence.PRIORITY, c.precedence());
        assertEquals(List.of("USMISSION USNATO", "CIA WASHINGTON DC", "CDR USEUCOM VAIHINGEN GE", "SECDEF WASHDC"),
                c.info());
        assertEquals(Classification.CONFIDENTIAL, c.classification());
        assertEquals("CONFIDENTIAL", c.classification().bannerText());
        assertNull(c.section());
        assertEquals("E.O. 12958: DECL: 01/29/2018", c.eoLine());
        assertEquals(LocalDate.of(2018, 1, 29), c.declassifyOn());
        assertEquals(List.of("PREL", "PGOV", "MARR", "MASS", "PBTS", "IZ", "AJ"), c.tags());
        assertEquals("AZERBAIJANI DEPUTY FOREIGN MINISTER REVIEWS BILATERAL SECURITY ISSUES", c.subject());
        assertEquals("Ambassador Anne E. Derse for reasons 1.4(b) and (d).", c.classifiedBy());
        assertEquals("DERSE", c.signer());
    }

    @Test
    void baku73References() {
        Cable c = cables.get("08BAKU73");
        assertEquals(List.of("07BAKU1226", "07BAKU280", "07STATE169645", "07STATE166406"), c.refIds());
        assertEquals(List.of("A", "B", "C", "D"), c.refs().stream().map(Reference::letter).toList());
        assertEquals("BAKU 01226", c.refs().get(0).text());
        assertEquals("STATE 166406", c.refs().get(3).text());
    }

    @Test
    void baku73Paragraphs() {
        Cable c = cables.get("08BAKU73");
        List<Paragraph> ps = c.paragraphs();
        assertEquals(IntStream.rangeClosed(1, 11).boxed().toList(), ps.stream().map(Paragraph::number).toList());
        assertEquals(List.of("1", "2", "3", "14", "15", "16", "17", "8", "9", "10", "11"),
                ps.stream().map(Paragraph::label).toList());
        assertTrue(ps.stream().allMatch(p -> p.markingCode().equals("C")));
        assertEquals(ParagraphKind.SUMMARY, ps.get(0).kind());
        assertTrue(ps.subList(1, 11).stream().allMatch(p -> p.kind() == ParagraphKind.BODY));

        assertTrue(ps.get(0).text().startsWith("Summary: During a December 28 meeting with the Ambassador, "
                + "Deputy Foreign Minister Araz Azimov remained noncommittal"));
        assertTrue(ps.get(0).text().endsWith("critical energy infrastructure plans. End Summary."));
        // a blank line in the middle of a sentence is re-joined
        assertTrue(ps.get(2).text().contains("\"wants to be recognized as a security contributor.\" Azimov"));
        // SIPDIS set into a sentence is gone and the sentence whole
        assertTrue(ps.get(4).text().contains("for a TEP in 2006, President Aliyev was not fully aware"));
        assertFalse(ps.get(4).text().contains("SIPDIS"));
        // the heading "Missile Defense" and its rule belong to neither paragraph
        assertTrue(ps.get(4).text().endsWith("and they would not be a problem."));
        assertTrue(ps.get(5).text().startsWith("The Ambassador briefed Azimov on the U.S.-Russian expert-level"));
        assertTrue(ps.get(10).text().startsWith("The Ambassador asked for Azimov's assistance"));
        assertTrue(ps.get(10).text().endsWith("the volume of airport traffic."));
        assertEquals(83, ps.get(10).line());
        assertTrue(ps.stream().noneMatch(p -> p.text().contains("DERSE") || p.text().contains("-----")));
    }

    @Test
    void baku433SectionPageBreaksAndGarbledLabels() {
        Cable c = cables.get("09BAKU433");
        assertEquals(Instant.parse("2009-06-01T03:35:00Z"), c.dateTime());
        assertEquals(Precedence.IMMEDIATE, c.precedence());
        assertEquals("SECTION 01 OF 03", c.section());
        assertEquals(Classification.CONFIDENTIAL, c.classification());
        assertEquals(LocalDate.of(2019, 5, 24), c.declassifyOn());
        assertEquals("E.O. 12958: DECL: 05/24/2019", c.eoLine());
        assertEquals(List.of("PGOV", "KDEM", "ENRG", "ETRD", "PREL", "RS", "IZ", "TU", "AJ"), c.tags());
        assertEquals("AZERBAIJANI DEFENSE MINISTER: SEEKING STRONG RELATIONS, MORE U.S. SUPPORT", c.subject());
        assertEquals(List.of(), c.refs());
        assertEquals("Ambassador Anne E. Derse. Reasons: 1.4 (b, d)", c.classifiedBy());
        assertEquals("DERSE", c.signer());
        assertEquals(6, c.info().size());
        assertEquals("USMISSION USOSCE", c.info().get(5));

        List<Paragraph> ps = c.paragraphs();
        assertEquals(IntStream.rangeClosed(1, 13).boxed().toList(), ps.stream().map(Paragraph::number).toList());
        assertEquals(List.of("11", "12", "13", "14", "15", "16", "17", "18", "19", "10", "11", "12", "13"),
                ps.stream().map(Paragraph::label).toList());
        assertTrue(ps.stream().allMatch(p -> p.markingCode().equals("C")));
        assertEquals(ParagraphKind.SUMMARY, ps.get(0).kind());
        assertEquals(ParagraphKind.COMMENT, ps.get(12).kind());
        assertTrue(ps.subList(1, 12).stream().allMatch(p -> p.kind() == ParagraphKind.BODY));
        for (Paragraph p : ps) {
            assertFalse(p.text().contains("BAKU 00000433"), "page break left in paragraph " + p.number());
            assertFalse(p.text().contains("-----"), "heading rule left in paragraph " + p.number());
        }
        assertTrue(ps.get(0).text().startsWith("SUMMARY: On May 21, the Defense Minister told visiting EUCOM"));
        assertTrue(ps.get(0).text().endsWith("to NATO standards. END SUMMARY."));
        assertTrue(ps.get(4).text().contains("The Nagorno-Karabakh conflict has not been solved; seventeen years"));
        assertTrue(ps.get(6).text().contains("largely due to Afghanistan.\nThe U.S. appreciates Azerbaijan's "
                + "contributions in Afghanistan, Kosovo and Iraq"));
        assertTrue(ps.get(9).text().endsWith("and much less on Azerbaijan."));
        assertTrue(ps.get(11).text().endsWith("must indeed be a \"two-way street.\""));
        assertTrue(ps.get(12).text().startsWith("The Defense Minister provided the obligatory lecture"));
        assertTrue(ps.get(5).text().contains("Russia provided $800 million in arms to Armenia."));
    }

    @Test
    void baku266() {
        Cable c = cables.get("09BAKU266");
        assertEquals(Instant.parse("2009-04-06T08:59:00Z"), c.dateTime());
        assertEquals(Precedence.PRIORITY, c.precedence());
        assertEquals("SECTION 01 OF 02", c.section());
        assertEquals(LocalDate.of(2019, 4, 6), c.declassifyOn());
        assertEquals(List.of("PGOV", "PREL", "MOPS", "MARR", "AF", "AJ", "TU"), c.tags());
        assertEquals("AZERBAIJAN: PRESIDENT ALIYEV ON AFGHANISTAN \"ASKS\"", c.subject());
        assertEquals(List.of("CIS COLLECTIVE", "EUROPEAN POLITICAL COLLECTIVE", "AMEMBASSY ANKARA", "SECDEF WASHDC",
                "CDR USCENTCOM MACDILL AFB FL", "CDR USEUCOM VAIHINGEN GE", "CIA WASHINGTON DC", "DIA WASHDC",
                "NSC WASHDC"), c.info());
        assertEquals(Classification.CONFIDENTIAL, c.classification());
        assertEquals("E.O. 12958: DECL: 04/06/2019", c.eoLine());
        assertEquals(List.of("09STATE31102", "09BAKU158", "08BAKU997"), c.refIds());
        assertEquals("AMBASSADOR ANNE DERSE, REASONS 1.4 (B) AND (D)", c.classifiedBy());
        assertEquals("DERSE", c.signer());
        List<Paragraph> ps = c.paragraphs();
        assertEquals(6, ps.size());
        assertEquals(List.of("1", "2", "3", "14", "15", "16"), ps.stream().map(Paragraph::label).toList());
        // quotes retyped as &...8 and apostrophes as ,s are repaired
        assertTrue(ps.get(1).text().startsWith("Underscoring that \"we are committed to our efforts in Afghanistan,\" "
                + "Aliyev agreed in principle"));
        assertTrue(ps.get(5).text().startsWith("Aliyev's response with respect to possibly expanding cooperation"));
        // the "COMMENT and ACTION REQUEST:" heading is dropped and marks what follows
        assertTrue(ps.get(3).text().endsWith("within capacity constraints) reftel B)."));
        assertEquals(List.of(ParagraphKind.BODY, ParagraphKind.BODY, ParagraphKind.BODY, ParagraphKind.BODY,
                ParagraphKind.COMMENT, ParagraphKind.COMMENT), ps.stream().map(Paragraph::kind).toList());
    }

    @Test
    void baku605() {
        Cable c = cables.get("07BAKU605");
        assertEquals(Instant.parse("2007-05-18T09:00:00Z"), c.dateTime());
        assertEquals(Precedence.ROUTINE, c.precedence());
        assertEquals(Classification.SBU, c.classification());
        assertEquals("UNCLASSIFIED//SBU", c.classification().bannerText());
        assertEquals(List.of("DEPT OF HOMELAND SECURITY WASHINGTON DC", "DEPT OF COMMERCE WASHDC", "DEPT OF ENERGY WASHDC"),
                c.info());
        assertEquals("E.O. 12958: N/A", c.eoLine());
        assertNull(c.declassifyOn());
        assertNull(c.classifiedBy());
        assertNull(c.section());
        assertEquals(List.of("PGOV", "PINS", "PREL", "SMIG", "SNAR", "KHLs", "KNNP", "AJ"), c.tags());
        assertEquals("LETTER FROM THE MINISTER OF EMERGENCY SITUATIONS TO THE SECRETARY OF HOMELAND SECURITY",
                c.subject());
        assertEquals(List.of("06BAKU362"), c.refIds());
        assertEquals("HYLAND", c.signer());
        List<Paragraph> ps = c.paragraphs();
        assertEquals(List.of("1", "2", "13"), ps.stream().map(Paragraph::label).toList());
        assertEquals(List.of("U", "U", "SBU"), ps.stream().map(Paragraph::markingCode).toList());
        assertEquals("This is an action request; please see para 3.", ps.get(0).text());
        assertTrue(ps.get(1).text().contains("\nBEGIN TEXT\nDear Mr. Secretary,\n"));
        assertTrue(ps.get(1).text().endsWith("Sincerely yours,\nKamaladdin Heydarov\nEND TEXT"));
        assertEquals(ParagraphKind.COMMENT, ps.get(2).kind());
        assertTrue(ps.get(2).text().endsWith("Action Request: Please advise on response."));
    }

    @Test
    void baku1479() {
        Cable c = cables.get("07BAKU1479");
        assertEquals(Instant.parse("2007-12-13T08:15:00Z"), c.dateTime());
        assertEquals(Precedence.ROUTINE, c.precedence());
        assertEquals(Classification.SBU, c.classification());
        assertEquals(List.of("CIS COLLECTIVE", "DEPT OF HOMELAND SECURITY WASHINGTON DC", "DEPT OF COMMERCE WASHDC",
                "HOMELAND SECURITY CENTER WASHINGTON DC", "CDR USEUCOM VAIHINGEN GE"), c.info());
        assertNull(c.declassifyOn());
        assertEquals("E.O. 12958: N/A", c.eoLine());
        assertNull(c.section());
        assertEquals(List.of("ECON", "EINV", "ETRD", "EFIN", "AJ"), c.tags());
        assertEquals("MINISTRY OF EMERGENCY SITUATIONS LOOKING TO BUY U.S. EMERGENCY EQUIPMENT", c.subject());
        assertEquals(List.of(), c.refs());
        assertNull(c.classifiedBy());
        assertEquals("DERSE", c.signer());
        List<Paragraph> ps = c.paragraphs();
        assertEquals(List.of("U", "SBU", "SBU", "SBU"), ps.stream().map(Paragraph::markingCode).toList());
        assertEquals("This is an action request. Please see paragraph 4.", ps.get(0).text());
        assertTrue(ps.get(1).text().startsWith("In a December 12 meeting, Minister of Emergency Situations (MES) "
                + "First Deputy Rafail Mirzayev said"));
        assertTrue(ps.get(3).text().startsWith("ACTION REQUEST: Embassy requests that Washington agencies"));
        assertTrue(ps.stream().allMatch(p -> p.kind() == ParagraphKind.BODY));
    }
}
