package tieline.ui.load;

import tieline.cable.CableProblem;

/**
 * A row of the problems panel.
 *
 * @param file   the file (or stage) concerned
 * @param line   1-based line, 0 when the problem concerns the whole file
 * @param reason what went wrong, in plain words
 */
public record LoadProblem(String file, int line, String reason) {

    public static LoadProblem of(CableProblem p) {
        return new LoadProblem(p.source(), p.line(), p.message());
    }

    /** The line as shown: empty when 0. */
    public String lineText() {
        return line > 0 ? Integer.toString(line) : "";
    }
}
