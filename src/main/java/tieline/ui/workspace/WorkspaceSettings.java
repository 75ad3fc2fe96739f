package tieline.ui.workspace;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where recovery files go and how often unsaved work is written there. From the system
 * properties {@code tieline.recovery.dir} (default {@code ~/.tieline/recovery}) and
 * {@code tieline.autosave.seconds} (default 180); tests pass their own.
 *
 * @param recoveryFolder   the recovery folder
 * @param autosaveInterval time between recovery writes
 */
public record WorkspaceSettings(Path recoveryFolder, Duration autosaveInterval) {

    /** The settings the system properties give. */
    public static WorkspaceSettings fromSystemProperties() {
        String dir = System.getProperty("tieline.recovery.dir");
        Path folder = dir == null || dir.isBlank()
                ? Path.of(System.getProperty("user.home"), ".tieline", "recovery") : Path.of(dir);
        long seconds = 180;
        try {
            seconds = Math.max(5, Long.parseLong(System.getProperty("tieline.autosave.seconds", "180").strip()));
        } catch (NumberFormatException e) {
            // an unreadable value keeps the default
        }
        return new WorkspaceSettings(folder, Duration.ofSeconds(seconds));
    }
}
