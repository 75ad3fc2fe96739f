package tieline.ui;

import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignG;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import tieline.model.EntityType;

/** The app's icons (Material Design 2 through Ikonli), by what they mean. */
public enum Icons {
    OPEN(MaterialDesignF.FOLDER_OPEN_OUTLINE),
    OPEN_FILE(MaterialDesignF.FILE_DOCUMENT_OUTLINE),
    CANCEL(MaterialDesignC.CLOSE_CIRCLE_OUTLINE),
    SEARCH(MaterialDesignM.MAGNIFY),
    FILTER(MaterialDesignF.FILTER_VARIANT),
    PLAY(MaterialDesignP.PLAY),
    PAUSE(MaterialDesignP.PAUSE),
    RESET(MaterialDesignH.HISTORY),
    PATH(MaterialDesignG.GRAPH_OUTLINE),
    NEIGHBOURHOOD(MaterialDesignC.CIRCLE_DOUBLE),
    CLEAR(MaterialDesignC.CLOSE),
    ZOOM_IN(MaterialDesignM.MAGNIFY_PLUS_OUTLINE),
    ZOOM_OUT(MaterialDesignM.MAGNIFY_MINUS_OUTLINE),
    FIT(MaterialDesignF.FIT_TO_PAGE_OUTLINE),
    THEME(MaterialDesignT.THEME_LIGHT_DARK),
    PROBLEM(MaterialDesignA.ALERT_OUTLINE),
    CABLE(MaterialDesignF.FILE_DOCUMENT_OUTLINE),
    TIMELINE(MaterialDesignT.TIMELINE_TEXT_OUTLINE),
    PIN(MaterialDesignP.PIN_OUTLINE),
    PERSON(MaterialDesignA.ACCOUNT),
    ORGANIZATION(MaterialDesignB.BANK),
    TOPIC(MaterialDesignT.TAG_OUTLINE),
    PLACE(MaterialDesignM.MAP_MARKER_OUTLINE),
    CLASSIFICATION(MaterialDesignS.SHIELD_LOCK_OUTLINE);

    private final Ikon ikon;

    Icons(Ikon ikon) {
        this.ikon = ikon;
    }

    /** A new icon node with the {@code icon} style class. */
    public Node node() {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("icon");
        return icon;
    }

    /** The icon for an entity type. */
    public static Icons of(EntityType type) {
        return switch (type) {
            case PERSON -> PERSON;
            case ORGANIZATION -> ORGANIZATION;
            case TOPIC -> TOPIC;
            case PLACE -> PLACE;
        };
    }
}
