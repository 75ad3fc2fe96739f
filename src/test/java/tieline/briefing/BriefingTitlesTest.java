package tieline.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BriefingTitlesTest {

    @Test
    void rangeIsMonthAndYear() {
        assertEquals("May 2007 - Jun 2009", BriefingTitles.range(LocalDate.of(2007, 5, 3), LocalDate.of(2009, 6, 30)));
        assertEquals("Jan 2008", BriefingTitles.range(LocalDate.of(2008, 1, 3), LocalDate.of(2008, 1, 29)));
        assertEquals("", BriefingTitles.range(null, null));
        assertEquals("from Jan 2008", BriefingTitles.range(LocalDate.of(2008, 1, 3), null));
    }

    @Test
    void networkTitleNamesTheFocusOrTheSelection() {
        assertEquals("Kamaladdin Heydarov: relationships, May 2007 - Jun 2009",
                BriefingTitles.network("Kamaladdin Heydarov", List.of(), "May 2007 - Jun 2009"));
        assertEquals("A and B: relationships", BriefingTitles.network(null, List.of("A", "B"), ""));
        assertEquals("A, B and 2 others: relationships, Jan 2008",
                BriefingTitles.network(null, List.of("A", "B", "C", "D"), "Jan 2008"));
        assertEquals("Relationship network, Jan 2008", BriefingTitles.network(null, List.of(), "Jan 2008"));
    }

    @Test
    void timelineAndPathTitles() {
        assertEquals("Araz Azimov \u2013 TEP: timeline, Jan 2008", BriefingTitles.timeline("Araz Azimov", "TEP",
                "Jan 2008"));
        assertEquals("Araz Azimov: relationships over time", BriefingTitles.timeline("Araz Azimov", null, ""));
        assertEquals("MES to CEIP: connection, Apr 2009", BriefingTitles.path("MES", "CEIP", "Apr 2009"));
    }
}
