package tieline.cable;

/**
 * One numbered paragraph of a cable.
 *
 * @param number  true position in the cable, 1-based, whatever the source label says
 * @param label   the label as written in the source (e.g. {@code 13} standing for paragraph 3), or null
 * @param marking the portion marking, or null when the paragraph carries none
 * @param text    the text with wrapped lines re-joined and page/section break lines removed
 * @param line    the 1-based source line where the paragraph starts
 * @param kind    summary, comment or ordinary body
 */
public record Paragraph(int number, String label, Classification marking, String text, int line,
                        ParagraphKind kind) {

    /** The portion code as written ({@code C}, {@code SBU}), or an empty string when unmarked. */
    public String markingCode() {
        return marking == null ? "" : marking.portionCode();
    }
}
