package tieline.ui.viewer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import tieline.cable.Cable;
import tieline.cable.Paragraph;
import tieline.model.Mention;

/**
 * The cable viewer's state: which cable is open, which paragraph to bring into view, and which
 * entities are selected (their mentions are highlighted strongest). Splits paragraph text into
 * plain and mention runs.
 */
public final class CableViewerViewModel {

    private final ObjectProperty<Cable> cable = new SimpleObjectProperty<>();
    private final IntegerProperty focusParagraph = new SimpleIntegerProperty(0);
    private final IntegerProperty focusRequests = new SimpleIntegerProperty(0);
    private final ObservableSet<String> selectedEntities = FXCollections.observableSet();
    private Function<String, Optional<Cable>> cables = id -> Optional.empty();
    private Map<String, List<Mention>> mentionsByCable = Map.of();

    /** Where cables and their mentions come from (a newly loaded graph). Closes a cable no longer present. */
    public void setSource(Function<String, Optional<Cable>> cableLookup, Map<String, List<Mention>> mentions) {
        this.cables = cableLookup;
        this.mentionsByCable = Map.copyOf(mentions);
        Cable open = cable.get();
        if (open != null) {
            cable.set(cableLookup.apply(open.key()).orElse(null));
        }
    }

    /** Opens a cable at a paragraph; false when the cable is unknown. */
    public boolean show(String cableId, int paragraph) {
        Optional<Cable> c = cables.apply(cableId);
        if (c.isEmpty()) {
            return false;
        }
        cable.set(c.get());
        focusParagraph.set(paragraph);
        focusRequests.set(focusRequests.get() + 1);
        return true;
    }

    public ObjectProperty<Cable> cableProperty() {
        return cable;
    }

    /** The paragraph to scroll into view and mark (0: none). */
    public IntegerProperty focusParagraphProperty() {
        return focusParagraph;
    }

    /** Bumped on every {@link #show}, even for the same paragraph, so the view scrolls again. */
    public IntegerProperty focusRequestsProperty() {
        return focusRequests;
    }

    /** Entities whose mentions are drawn strongest. */
    public ObservableSet<String> selectedEntities() {
        return selectedEntities;
    }

    /** Title line: id, date, classification and subject. */
    public String title() {
        Cable c = cable.get();
        if (c == null) {
            return "No cable open";
        }
        StringBuilder b = new StringBuilder(c.id() == null ? c.source() : c.id());
        if (c.date() != null) {
            b.append("  \u00b7  ").append(c.date());
        }
        if (c.classification() != null) {
            b.append("  \u00b7  ").append(c.classification().bannerText());
        }
        if (c.subject() != null) {
            b.append("  \u00b7  ").append(c.subject());
        }
        return b.toString();
    }

    /** The header lines of the open cable as written (everything before the first paragraph). */
    public String headerText() {
        Cable c = cable.get();
        if (c == null || c.text() == null) {
            return "";
        }
        String[] lines = c.text().split("\n", -1);
        int end = c.paragraphs().isEmpty() ? lines.length : Math.max(0, c.paragraphs().get(0).line() - 1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(end, lines.length); i++) {
            b.append(lines[i].stripTrailing()).append('\n');
        }
        return b.toString().strip();
    }

    /** The paragraph label as shown: its true number (source labels are often garbled), e.g. {@code 3.}. */
    public static String paragraphLabel(Paragraph p) {
        return p.number() + ".";
    }

    /** The portion marking as shown, e.g. {@code (C)}; empty when unmarked. */
    public static String markingLabel(Paragraph p) {
        String code = p.markingCode();
        return code.isEmpty() ? "" : "(" + code + ")";
    }

    /**
     * The paragraph's text cut into plain runs and mention runs. Overlapping mentions keep the
     * earlier (then the longer) one; spans outside the text are ignored.
     */
    public List<TextSegment> segments(Paragraph p) {
        Cable c = cable.get();
        String text = p.text();
        List<Mention> mentions = c == null ? List.of() : mentionsByCable.getOrDefault(c.key(), List.of()).stream()
                .filter(m -> m.paragraph() == p.number())
                .filter(m -> m.start() >= 0 && m.end() <= text.length() && m.start() < m.end())
                .sorted(Comparator.comparingInt(Mention::start).thenComparingInt(m -> -(m.end() - m.start())))
                .toList();
        Set<String> selected = Set.copyOf(selectedEntities);
        List<TextSegment> out = new ArrayList<>();
        int at = 0;
        for (Mention m : mentions) {
            if (m.start() < at) {
                continue;
            }
            if (m.start() > at) {
                out.add(new TextSegment(text.substring(at, m.start()), null, false));
            }
            out.add(new TextSegment(text.substring(m.start(), m.end()), m.entityId(), selected.contains(m.entityId())));
            at = m.end();
        }
        if (at < text.length()) {
            out.add(new TextSegment(text.substring(at), null, false));
        }
        return out;
    }
}
