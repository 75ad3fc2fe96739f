package tieline.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * The light and dark looks. Each is an AtlantaFX base theme plus Tieline's own style sheets:
 * {@code styles/tokens.css} (colour tokens, then semantic names) and {@code styles/app.css}
 * (components). The dark look adds the {@code theme-dark} class to the scene root, which
 * re-points the semantic names.
 */
public enum Theme {
    LIGHT(new PrimerLight().getUserAgentStylesheet()),
    DARK(new PrimerDark().getUserAgentStylesheet());

    /** Tieline's style sheets on the class path, tokens first. */
    public static final String[] STYLESHEETS = {"/styles/tokens.css", "/styles/app.css"};
    private static final String DARK_CLASS = "theme-dark";

    private final String baseStylesheet;

    Theme(String baseStylesheet) {
        this.baseStylesheet = baseStylesheet;
    }

    /** Applies the look to the application and a scene. */
    public void apply(Scene scene) {
        Application.setUserAgentStylesheet(baseStylesheet);
        for (String sheet : STYLESHEETS) {
            String url = Theme.class.getResource(sheet).toExternalForm();
            if (!scene.getStylesheets().contains(url)) {
                scene.getStylesheets().add(url);
            }
        }
        if (scene.getRoot() != null) {
            scene.getRoot().getStyleClass().remove(DARK_CLASS);
            if (this == DARK) {
                scene.getRoot().getStyleClass().add(DARK_CLASS);
            }
        }
    }

    /** The theme named ({@code light} or {@code dark}), light when unknown. */
    public static Theme named(String name) {
        return name != null && name.equalsIgnoreCase("dark") ? DARK : LIGHT;
    }
}
