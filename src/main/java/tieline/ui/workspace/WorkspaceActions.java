package tieline.ui.workspace;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Dialog;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import tieline.graph.Relationship;
import tieline.graph.RelationshipGraph;
import tieline.model.Entity;
import tieline.model.EntityType;
import tieline.model.Evidence;
import tieline.ui.MainViewModel;
import tieline.ui.Selection;
import tieline.workspace.Edits;

/**
 * The analyst's edit commands as the window offers them: what each asks (a dialog when it
 * needs input) and the edit it then performs. Menus and context menus call these.
 */
public final class WorkspaceActions {

    private final Window owner;
    private final MainViewModel main;
    private final WorkspaceViewModel workspace;
    private final Edits edits;

    public WorkspaceActions(Window owner, MainViewModel main, WorkspaceViewModel workspace) {
        this.owner = owner;
        this.main = main;
        this.workspace = workspace;
        this.edits = workspace.edits();
    }

    // ---- file ----

    /** Asks for a workspace file and opens it. */
    public void chooseAndOpen() {
        FileChooser chooser = chooser("Open workspace");
        File f = chooser.showOpenDialog(owner);
        if (f != null) {
            workspace.open(f.toPath());
        }
    }

    /** Saves; asks for a file while the workspace is untitled. */
    public void save() {
        save(() -> { });
    }

    /** Saves, then runs {@code then} once saved; asks for a file while untitled (nothing happens when cancelled). */
    public void save(Runnable then) {
        Path file = workspace.fileProperty().get();
        if (file == null) {
            saveAs(then);
        } else {
            workspace.saveAs(file, then);
        }
    }

    /** Asks for a file and saves there. */
    public void saveAs() {
        saveAs(() -> { });
    }

    private void saveAs(Runnable then) {
        FileChooser chooser = chooser("Save workspace as");
        Path current = workspace.fileProperty().get();
        chooser.setInitialFileName(current == null ? "workspace.tieline" : current.getFileName().toString());
        File f = chooser.showSaveDialog(owner);
        if (f != null) {
            Path p = f.toPath();
            if (!WorkspaceViewModel.isWorkspaceFile(p)) {
                p = p.resolveSibling(p.getFileName() + ".tieline");
            }
            workspace.saveAs(p, then);
        }
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Tieline workspace", "*.tieline"));
        return chooser;
    }

    // ---- entities ----

    private Optional<Entity> entity(String id) {
        RelationshipGraph g = main.graphProperty().get();
        return g == null ? Optional.empty() : g.entity(id);
    }

    private List<Entity> entities() {
        RelationshipGraph g = main.graphProperty().get();
        return g == null ? List.of() : g.entities();
    }

    public void rename(String id) {
        entity(id).ifPresent(e -> {
            TextInputDialog d = new TextInputDialog(e.name());
            d.initOwner(owner);
            d.setTitle("Rename");
            d.setHeaderText("Rename \u201c" + e.name() + "\u201d (the old name stays as an alias)");
            d.getEditor().setId("rename-field");
            d.showAndWait().map(String::strip).filter(n -> !n.isEmpty() && !n.equals(e.name()))
                    .ifPresent(n -> workspace.perform(edits.rename(id, n)));
        });
    }

    public void changeType(String id, EntityType type) {
        workspace.perform(edits.changeType(id, type));
    }

    /** Asks which entity to merge into {@code keepId}: its names become aliases, its evidence moves. */
    public void mergeInto(String keepId) {
        entity(keepId).ifPresent(keep -> EntityChooser.choose(owner, "Merge",
                "Merge an entity into \u201c" + keep.name() + "\u201d: its names become aliases, its evidence moves.",
                RelationshipDialog.others(entities(), keep))
                .ifPresent(other -> workspace.perform(edits.merge(keepId, other.id()))));
    }

    /** Splits an alias out into an entity of its own, asking for its type. */
    public void splitAlias(String id, String alias) {
        entity(id).ifPresent(e -> {
            ChoiceDialog<EntityType> d = new ChoiceDialog<>(e.type(), EntityType.values());
            d.initOwner(owner);
            d.setTitle("Split alias");
            d.setHeaderText("\u201c" + alias + "\u201d becomes an entity of its own; its mentions and "
                    + "the evidence that follows them move to it.");
            d.setContentText("Type");
            d.showAndWait().ifPresent(t -> workspace.perform(edits.splitAlias(id, alias, t)));
        });
    }

    public void hide(String id) {
        workspace.perform(edits.hide(id));
    }

    /** A hidden entity as the chooser lists it. */
    private record HiddenChoice(String id, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Asks which hidden entity to show again. */
    public void showHidden() {
        if (workspace.hidden().isEmpty()) {
            return;
        }
        List<HiddenChoice> choices = workspace.hidden().stream()
                .map(id -> new HiddenChoice(id, workspace.hiddenName(id))).toList();
        ChoiceDialog<HiddenChoice> d = new ChoiceDialog<>(choices.get(0), choices);
        d.initOwner(owner);
        d.setTitle("Show hidden entity");
        d.setHeaderText("Show a hidden entity again");
        d.showAndWait().ifPresent(c -> workspace.perform(edits.unhide(c.id())));
    }

    /** Pins an entity where it is drawn now. */
    public void pin(String id) {
        double[] p = main.positions().get(id);
        if (p != null) {
            main.graph().nodeMoved(id, p[0], p[1]);
            workspace.perform(edits.pin(id, p[0], p[1]));
        }
    }

    /** Releases a pinned entity. */
    public void unpin(String id) {
        main.graph().unpin(id);
    }

    /** Asks for the other entity and the details, then adds the relationship. */
    public void addRelationship(String fromId) {
        entity(fromId).ifPresent(a -> EntityChooser.choose(owner, "Add relationship",
                "Link \u201c" + a.name() + "\u201d with\u2026", RelationshipDialog.others(entities(), a))
                .ifPresent(b -> addRelationship(a, b)));
    }

    private void addRelationship(Entity a, Entity b) {
        RelationshipDialog.ask(owner, a, b).ifPresent(in -> workspace.perform(edits.addRelationship(a.id(), b.id(),
                in.type(), in.date(), in.note(), in.cableId(), in.paragraph(), in.marking())));
    }

    /** Adds evidence to an existing relationship. */
    public void addEvidence(String relationshipId) {
        RelationshipGraph g = main.graphProperty().get();
        if (g == null) {
            return;
        }
        g.relationship(relationshipId).ifPresent(r -> {
            Optional<Entity> a = g.entity(r.sourceId());
            Optional<Entity> b = g.entity(r.targetId());
            if (a.isPresent() && b.isPresent()) {
                addRelationship(a.get(), b.get());
            }
        });
    }

    /** Asks for the note on an entity or a relationship (empty removes it). */
    public void note(String targetId, String targetName) {
        String current = workspace.notes().stream().filter(n -> n.targetId().equals(targetId)).map(NoteRow::text)
                .findFirst().orElse("");
        Dialog<String> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Note");
        d.setHeaderText("Note on \u201c" + targetName + "\u201d (empty removes it)");
        TextArea text = new TextArea(current);
        text.setId("note-text");
        text.setWrapText(true);
        text.setPrefRowCount(5);
        d.getDialogPane().setContent(text);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK ? text.getText() : null);
        d.setOnShown(e -> text.requestFocus());
        d.showAndWait().filter(t -> !t.strip().equals(current.strip()))
                .ifPresent(t -> workspace.perform(edits.note(targetId, t)));
    }

    /** Asks for a gazetteer entry, starting from an entity's names when one is given. */
    public void addToGazetteer(String entityId) {
        Optional<Entity> e = entityId == null ? Optional.empty() : entity(entityId);
        GazetteerDialog.ask(owner, e.map(Entity::name).orElse(""), e.map(Entity::type).orElse(EntityType.PERSON),
                e.map(x -> List.copyOf(x.aliases())).orElse(List.of()))
                .ifPresent(in -> workspace.perform(edits.addToGazetteer(in.name(), in.type(), in.aliases())));
    }

    public void deleteEvidence(Evidence e) {
        workspace.perform(edits.deleteEvidence(e));
    }

    // ---- menus ----

    /** The context menu of an entity on the canvas. */
    public ContextMenu entityMenu(String id) {
        ContextMenu menu = new ContextMenu();
        Optional<Entity> found = entity(id);
        if (found.isEmpty()) {
            return menu;
        }
        Entity e = found.get();
        Menu type = new Menu("Change Type");
        for (EntityType t : EntityType.values()) {
            MenuItem item = item(words(t.name()), () -> changeType(id, t));
            item.setDisable(t == e.type());
            type.getItems().add(item);
        }
        Menu split = new Menu("Split Alias");
        split.setId("menu-split-alias");
        e.aliases().stream().sorted(Comparator.naturalOrder())
                .forEach(a -> split.getItems().add(item("\u201c" + a + "\u201d", () -> splitAlias(id, a))));
        split.setDisable(e.aliases().isEmpty());
        boolean pinned = main.graph().isPinned(id);
        menu.getItems().addAll(
                item("Rename\u2026", "ctx-rename", () -> rename(id)),
                type,
                item("Merge with\u2026", "ctx-merge", () -> mergeInto(id)),
                split,
                new SeparatorMenuItem(),
                item("Add Relationship\u2026", "ctx-add-relationship", () -> addRelationship(id)),
                item("Note\u2026", "ctx-note", () -> note(id, e.name())),
                item(pinned ? "Unpin" : "Pin Here", "ctx-pin", () -> {
                    if (pinned) {
                        unpin(id);
                    } else {
                        pin(id);
                    }
                }),
                item("Hide", "ctx-hide", () -> hide(id)),
                new SeparatorMenuItem(),
                item("Add Name to Gazetteer\u2026", "ctx-gazetteer", () -> addToGazetteer(id)));
        return menu;
    }

    /** The context menu of a relationship on the canvas. */
    public ContextMenu relationshipMenu(String relationshipId) {
        ContextMenu menu = new ContextMenu();
        RelationshipGraph g = main.graphProperty().get();
        Optional<Relationship> r = g == null ? Optional.empty() : g.relationship(relationshipId);
        if (r.isEmpty()) {
            return menu;
        }
        String name = g.entity(r.get().sourceId()).map(Entity::name).orElse(r.get().sourceId()) + " \u2013 "
                + g.entity(r.get().targetId()).map(Entity::name).orElse(r.get().targetId());
        Menu delete = new Menu("Delete Evidence");
        List<Evidence> timeline = new ArrayList<>(r.get().timeline());
        for (Evidence e : timeline.subList(0, Math.min(30, timeline.size()))) {
            delete.getItems().add(item(describe(e), () -> deleteEvidence(e)));
        }
        menu.getItems().addAll(
                item("Add Evidence\u2026", "ctx-add-evidence", () -> addEvidence(relationshipId)),
                item("Note\u2026", "ctx-note", () -> note(relationshipId, name)),
                delete);
        return menu;
    }

    /** The context menu of the canvas background. */
    public ContextMenu backgroundMenu() {
        MenuItem show = item("Show Hidden Entity\u2026", "ctx-show-hidden", this::showHidden);
        show.setDisable(workspace.hidden().isEmpty());
        return new ContextMenu(show, item("Add Name to Gazetteer\u2026", "ctx-gazetteer", () -> addToGazetteer(null)));
    }

    /** The context menu of a piece of evidence on a timeline or an evidence card. */
    public ContextMenu evidenceMenu(Evidence e, Runnable open) {
        return new ContextMenu(
                item("Delete This Evidence", "ctx-delete-evidence", () -> deleteEvidence(e)),
                item("Open Source", "ctx-open-source", open));
    }

    /** The selected entity's id, or null. */
    public String selectedEntity() {
        Selection s = main.selectionProperty().get();
        return s.isEntity() ? s.id() : null;
    }

    /** The selected entity's or relationship's id, or null. */
    public String selectedId() {
        return main.selectionProperty().get().id();
    }

    /** A readable name for an id: the entity's name, or both names of a relationship. */
    public String nameOf(String id) {
        RelationshipGraph g = main.graphProperty().get();
        if (g == null || id == null) {
            return String.valueOf(id);
        }
        if (id.startsWith("rel:")) {
            return g.relationship(id).map(r -> g.entity(r.sourceId()).map(Entity::name).orElse(r.sourceId())
                    + " \u2013 " + g.entity(r.targetId()).map(Entity::name).orElse(r.targetId())).orElse(id);
        }
        return g.entity(id).map(Entity::name).orElse(id);
    }

    static String describe(Evidence e) {
        String where = e.cableId() == null ? "added by hand" : e.cableId() + " \u00b6" + e.paragraph();
        String quote = e.quote() == null ? "" : e.quote().replaceAll("\\s+", " ");
        if (quote.length() > 60) {
            quote = quote.substring(0, 59) + "\u2026";
        }
        return e.date() + "  " + e.type().name().toLowerCase(Locale.ROOT).replace('_', ' ') + "  " + where + "  "
                + quote;
    }

    private static String words(String constant) {
        String w = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(ev -> action.run());
        return item;
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = item(text, action);
        item.setId(id);
        return item;
    }
}
