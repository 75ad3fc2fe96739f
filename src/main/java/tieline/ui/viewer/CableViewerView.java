package tieline.ui.viewer;

import javafx.application.Platform;
import javafx.collections.SetChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import tieline.cable.Cable;
import tieline.cable.Paragraph;

/**
 * The cable viewer: the cable's header as written, then every paragraph with its number and
 * portion marking visible, mentions highlighted (the selected entities' strongest), and the
 * requested paragraph marked and scrolled into view. Each paragraph node has the id
 * {@code para-N}.
 */
public final class CableViewerView extends BorderPane {

    private final CableViewerViewModel model;
    private final Label title = new Label();
    private final VBox body = new VBox(10);
    private final ScrollPane scroll = new ScrollPane(body);

    public CableViewerView(CableViewerViewModel model) {
        this.model = model;
        setId("cable-viewer");
        getStyleClass().add("cable-viewer");
        title.getStyleClass().add("cable-title");
        title.setId("cable-title");
        title.setMaxWidth(Double.MAX_VALUE);
        body.setPadding(new Insets(10, 14, 16, 14));
        body.getStyleClass().add("cable-body");
        scroll.setFitToWidth(true);
        setTop(title);
        setCenter(scroll);
        model.cableProperty().addListener((o, a, b) -> rebuild());
        model.focusRequestsProperty().addListener((o, a, b) -> {
            markFocus();
            scrollToFocus();
        });
        model.selectedEntities().addListener((SetChangeListener<String>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        body.getChildren().clear();
        Cable c = model.cableProperty().get();
        title.setText(model.title());
        if (c == null) {
            Label hint = new Label("Click a mark on a timeline or a piece of evidence to read its cable here.");
            hint.getStyleClass().add("muted");
            body.getChildren().add(hint);
            return;
        }
        String header = model.headerText();
        if (!header.isEmpty()) {
            Text h = new Text(header);
            h.getStyleClass().add("cable-header");
            body.getChildren().add(new TextFlow(h));
        }
        for (Paragraph p : c.paragraphs()) {
            body.getChildren().add(paragraph(p));
        }
        if (c.signer() != null) {
            Text s = new Text(c.signer());
            s.getStyleClass().add("cable-header");
            body.getChildren().add(new TextFlow(s));
        }
        markFocus();
        scrollToFocus();
    }

    private TextFlow paragraph(Paragraph p) {
        TextFlow flow = new TextFlow();
        flow.setId("para-" + p.number());
        flow.getStyleClass().add("cable-paragraph");
        flow.setUserData(p.number());
        Text number = new Text(CableViewerViewModel.paragraphLabel(p) + " ");
        number.getStyleClass().add("paragraph-number");
        flow.getChildren().add(number);
        String marking = CableViewerViewModel.markingLabel(p);
        if (!marking.isEmpty()) {
            Text m = new Text(marking + " ");
            m.getStyleClass().add("paragraph-marking");
            flow.getChildren().add(m);
        }
        for (TextSegment s : model.segments(p)) {
            if (s.isMention()) {
                Label mention = new Label(s.text());
                mention.getStyleClass().addAll("mention", s.selected() ? "mention-selected" : "mention-other");
                mention.setUserData(s.entityId());
                flow.getChildren().add(mention);
            } else {
                Text t = new Text(s.text());
                t.getStyleClass().add("paragraph-text");
                flow.getChildren().add(t);
            }
        }
        return flow;
    }

    private void markFocus() {
        int focus = model.focusParagraphProperty().get();
        for (Node n : body.getChildren()) {
            n.getStyleClass().remove("focused");
            if (n.getUserData() instanceof Integer number && number == focus) {
                n.getStyleClass().add("focused");
            }
        }
    }

    private void scrollToFocus() {
        Platform.runLater(() -> {
            Node target = body.lookup("#para-" + model.focusParagraphProperty().get());
            if (target == null) {
                scroll.setVvalue(0);
                return;
            }
            scroll.applyCss();
            scroll.layout();
            Bounds content = body.getLayoutBounds();
            Bounds viewport = scroll.getViewportBounds();
            double extra = content.getHeight() - viewport.getHeight();
            if (extra <= 0) {
                return;
            }
            double y = target.getBoundsInParent().getMinY() - 8;
            scroll.setVvalue(Math.max(0, Math.min(1, y / extra)));
        });
    }

    /** True when the paragraph node is at least partly inside the visible part of the viewer. */
    public boolean isParagraphVisible(int number) {
        Node target = body.lookup("#para-" + number);
        if (target == null) {
            return false;
        }
        Bounds onScreen = target.localToScene(target.getLayoutBounds());
        Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        return onScreen.getMaxY() > view.getMinY() && onScreen.getMinY() < view.getMaxY();
    }
}
