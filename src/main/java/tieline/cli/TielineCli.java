package tieline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the headless command line: {@code tieline <command> ...}. */
@Command(name = "tieline", mixinStandardHelpOptions = true, version = "Tieline 0.1.0",
        description = "Relationship mapping for diplomatic cables (headless commands).",
        subcommands = {CablesCommand.class, ExportCommand.class, CommandLine.HelpCommand.class})
public final class TielineCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (used by tests). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line (format names and other enum values are accepted in any case). */
    public static CommandLine commandLine() {
        return new CommandLine(new TielineCli()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
