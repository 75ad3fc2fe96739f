package tieline.workspace.file;

import java.util.List;

/**
 * How the window looked: filter, zoom and pan of the graph canvas, theme and selection.
 *
 * @param filter    the graph filter
 * @param zoom      canvas scale (1 = 100%)
 * @param panX      canvas translation, horizontal
 * @param panY      canvas translation, vertical
 * @param theme     the theme name, e.g. {@code light} or {@code dark}
 * @param selection selected entity or relationship ids
 */
public record ViewState(FilterState filter, double zoom, double panX, double panY, String theme,
                        List<String> selection) {

    public ViewState {
        filter = filter == null ? FilterState.none() : filter;
        zoom = zoom > 0 && Double.isFinite(zoom) ? zoom : 1.0;
        panX = Double.isFinite(panX) ? panX : 0;
        panY = Double.isFinite(panY) ? panY : 0;
        theme = theme == null || theme.isBlank() ? "light" : theme;
        selection = selection == null ? List.of() : List.copyOf(selection);
    }

    /** The view of a new workspace. */
    public static ViewState initial() {
        return new ViewState(FilterState.none(), 1.0, 0, 0, "light", List.of());
    }
}
