package tieline.workspace.file;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Hears the steps of a durable save. Throwing stops the save at that step, as a failing disk
 * would; the store then removes its temporary files and the previous version stays in place.
 */
@FunctionalInterface
public interface SaveStepListener {

    /** Hears nothing. */
    SaveStepListener NONE = (step, target) -> { };

    /**
     * Called just before {@code step} (after the last step for {@link SaveStep#DONE}).
     *
     * @param target the file being saved
     */
    void reached(SaveStep step, Path target) throws IOException;
}
