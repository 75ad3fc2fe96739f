package tieline.cable;

/** What a paragraph is for: the summary, an embassy comment, or ordinary reporting. */
public enum ParagraphKind { SUMMARY, COMMENT, BODY }
