package tieline.ui.details;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import tieline.model.Evidence;
import tieline.ui.timeline.TimelineView;

/** One piece of evidence as a small card: date, type, marking and source over the quote. Click opens the source. */
final class EvidenceCard {

    private EvidenceCard() {
    }

    static VBox of(Evidence e, Consumer<Evidence> open) {
        Label date = new Label(e.date() == null ? "undated" : e.date().toString());
        date.getStyleClass().add("evidence-date");
        Label type = new Label(e.type().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        type.getStyleClass().addAll("evidence-type", "rel-" + e.type().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        Label marking = new Label("(" + (e.marking() == null ? "?" : e.marking().portionCode()) + ")");
        marking.getStyleClass().add("evidence-marking");
        Label source = new Label(e.cableId() == null ? "added by hand" : e.cableId() + " \u00b6" + e.paragraph());
        source.getStyleClass().add("evidence-source");
        HBox head = new HBox(8, date, type, marking, source);
        Label quote = new Label("\u201c" + e.quote() + "\u201d");
        quote.setWrapText(true);
        quote.getStyleClass().add("evidence-quote");
        VBox card = new VBox(3, head, quote);
        card.getStyleClass().add("evidence-card");
        card.setUserData(e);
        card.setOnMouseClicked(ev -> open.accept(e));
        javafx.scene.control.Tooltip.install(card, new javafx.scene.control.Tooltip(
                "Open " + e.cableId() + " at paragraph " + e.paragraph() + "\n" + TimelineView.describe(e).lines().findFirst().orElse("")));
        return card;
    }
}
