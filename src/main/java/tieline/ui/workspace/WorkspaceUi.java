package tieline.ui.workspace;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCombination;
import tieline.model.Evidence;
import tieline.ui.Icons;
import tieline.ui.MainWindow;
import tieline.ui.Selection;
import tieline.ui.graph.GraphCanvas;

/**
 * Adds the workspace to the main window: File items (new, open, save, save as), the Edit menu
 * with undo and redo, the history and notes tabs, context menus on the graph and on evidence,
 * the window title, and the question about unsaved changes on closing.
 */
public final class WorkspaceUi {

    private final MainWindow window;
    private final WorkspaceViewModel workspace;
    private final WorkspaceActions actions;
    private final Tab historyTab;
    private final Tab notesTab;
    private boolean closing;

    private WorkspaceUi(MainWindow window, WorkspaceViewModel workspace) {
        this.window = window;
        this.workspace = workspace;
        this.actions = new WorkspaceActions(window.stage(), window.model(), workspace);
        ViewStateBridge view = new ViewStateBridge(window);
        workspace.setViewSource(view::read);
        workspace.setViewSink(view::apply);
        workspace.setErrorHandler(this::showError);
        historyTab = new Tab("History", new EditHistoryPanel(workspace));
        historyTab.setId("history-tab");
        historyTab.setGraphic(Icons.RESET.node());
        historyTab.setClosable(false);
        notesTab = new Tab("Notes", new NotesPanel(workspace, this::select));
        notesTab.setId("notes-tab");
        notesTab.setClosable(false);
    }

    /** Installs the workspace into the window. */
    public static WorkspaceUi install(MainWindow window, WorkspaceViewModel workspace) {
        WorkspaceUi ui = new WorkspaceUi(window, workspace);
        ui.addTabs();
        ui.addMenus();
        ui.addContextMenus();
        window.stage().titleProperty().bind(workspace.titleProperty());
        window.setCloseGuard(ui::mayClose);
        return ui;
    }

    /** True when a readable recovery file waits to be offered. */
    public static boolean hasRecovery(tieline.workspace.file.Recovery recovery) {
        return RecoveryPrompt.newest(recovery).isPresent();
    }

    /**
     * Offers to restore the newest readable recovery file, if there is one; true when the
     * analyst chose to restore it (the workspace then opens it).
     */
    public static boolean offerRecovery(javafx.stage.Window owner, tieline.workspace.file.Recovery recovery,
                                        WorkspaceViewModel workspace) {
        return RecoveryPrompt.newest(recovery).map(c -> {
            if (RecoveryPrompt.ask(owner, recovery, c) == RecoveryPrompt.Choice.RESTORE) {
                workspace.restore(c);
                return true;
            }
            return false;
        }).orElse(false);
    }

    public WorkspaceActions actions() {
        return actions;
    }

    private void addTabs() {
        window.bottomTabs().getTabs().addAll(historyTab, notesTab);
    }

    private void addMenus() {
        MenuBar bar = (MenuBar) window.scene().lookup("#menu-bar");
        Menu file = bar.getMenus().stream().filter(m -> "menu-file".equals(m.getId())).findFirst()
                .orElseGet(() -> bar.getMenus().get(0));
        MenuItem save = item("Save", "Shortcut+S", "menu-save", actions::save);
        file.getItems().addAll(0, List.of(
                item("New Workspace", "Shortcut+N", "menu-new", workspace::newWorkspace),
                item("Open Workspace\u2026", "Shortcut+O", "menu-open-workspace", actions::chooseAndOpen),
                save,
                item("Save As\u2026", "Shortcut+Shift+S", "menu-save-as", actions::saveAs),
                new SeparatorMenuItem()));

        MenuItem undo = item("Undo", "Shortcut+Z", "menu-undo", workspace::undo);
        undo.disableProperty().bind(workspace.canUndoProperty().not());
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", "menu-redo", workspace::redo);
        redo.disableProperty().bind(workspace.canRedoProperty().not());
        window.scene().getAccelerators().put(KeyCombination.keyCombination("Shortcut+Y"), () -> {
            if (workspace.canRedoProperty().get()) {
                workspace.redo();
            }
        });
        Menu edit = new Menu("Edit", null, undo, redo, new SeparatorMenuItem(),
                item("Rename Selected\u2026", "F2", "menu-rename", () -> onEntity(actions::rename)),
                item("Merge Selected with\u2026", "Shortcut+M", "menu-merge", () -> onEntity(actions::mergeInto)),
                item("Add Relationship from Selected\u2026", "Shortcut+L", "menu-add-relationship",
                        () -> onEntity(actions::addRelationship)),
                item("Note on Selection\u2026", "Shortcut+Shift+N", "menu-note", () -> {
                    String id = actions.selectedId();
                    if (id != null) {
                        actions.note(id, actions.nameOf(id));
                    }
                }),
                item("Hide Selected", "Shortcut+H", "menu-hide", () -> onEntity(actions::hide)),
                item("Show Hidden Entity\u2026", null, "menu-show-hidden", actions::showHidden),
                item("Add Name to Gazetteer\u2026", "Shortcut+Shift+G", "menu-gazetteer",
                        () -> actions.addToGazetteer(actions.selectedEntity())),
                new SeparatorMenuItem(),
                item("Edit History", "Shortcut+3", "menu-history", () -> showTab(historyTab)),
                item("Notes", "Shortcut+4", "menu-notes", () -> showTab(notesTab)));
        edit.setId("menu-edit");
        bar.getMenus().add(bar.getMenus().indexOf(file) + 1, edit);
    }

    private void onEntity(java.util.function.Consumer<String> action) {
        String id = actions.selectedEntity();
        if (id != null) {
            action.accept(id);
        }
    }

    private void addContextMenus() {
        GraphCanvas canvas = window.canvas();
        ContextMenu[] open = new ContextMenu[1];
        canvas.setOnContextMenuRequested(e -> {
            if (open[0] != null) {
                open[0].hide();
            }
            String entity = canvas.entityAt(e.getX(), e.getY());
            String relationship = entity == null ? canvas.relationshipAt(e.getX(), e.getY()) : null;
            ContextMenu menu;
            if (entity != null) {
                window.model().selectionProperty().set(Selection.entity(entity));
                menu = actions.entityMenu(entity);
            } else if (relationship != null) {
                window.model().selectionProperty().set(Selection.relationship(relationship));
                menu = actions.relationshipMenu(relationship);
            } else {
                menu = actions.backgroundMenu();
            }
            open[0] = menu;
            menu.show(canvas, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        window.details().addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            Node picked = e.getPickResult() == null ? null : e.getPickResult().getIntersectedNode();
            Evidence evidence = evidenceAt(picked != null ? picked
                    : e.getTarget() instanceof Node target ? target : null);
            if (evidence != null) {
                actions.evidenceMenu(evidence, () -> {
                    if (evidence.cableId() != null) {
                        window.model().openSource(evidence.cableId(), evidence.paragraph());
                    }
                }).show(window.details(), e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
    }

    /** The evidence a node of a timeline or an evidence card stands for (its own or an ancestor's), or null. */
    static Evidence evidenceAt(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getUserData() instanceof Evidence e) {
                return e;
            }
        }
        return null;
    }

    private void select(String id) {
        window.model().selectionProperty().set(id.startsWith("rel:") ? Selection.relationship(id)
                : Selection.entity(id));
        if (!id.startsWith("rel:")) {
            window.model().selectAndCentre(id);
        }
    }

    private void showTab(Tab tab) {
        tab.getTabPane().getSelectionModel().select(tab);
    }

    /** Asks about unsaved changes; true when the window may close now. */
    private boolean mayClose() {
        if (closing || !workspace.dirtyProperty().get()) {
            return true;
        }
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", save, discard, ButtonType.CANCEL);
        alert.initOwner(window.stage());
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to " + (workspace.fileProperty().get() == null ? "this workspace"
                : workspace.fileProperty().get().getFileName()) + " before closing?");
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == discard) {
            workspace.discardUnsaved();
            return true;
        }
        if (answer == save) {
            actions.save(() -> {
                closing = true;
                window.stage().close();
                javafx.application.Platform.exit();
            });
        }
        return false;
    }

    private void showError(String heading, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(window.stage());
        alert.setTitle(heading);
        alert.setHeaderText(heading);
        alert.setContentText(message);
        alert.getDialogPane().setId("workspace-error");
        alert.show();
    }

    private static MenuItem item(String text, String accelerator, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
