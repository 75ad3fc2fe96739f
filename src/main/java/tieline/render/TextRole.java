package tieline.render;

/** What a piece of briefing text is, so a writer can name or style it (PPTX text boxes). */
public enum TextRole { BANNER, TITLE, SUBTITLE, LABEL, LEGEND, EVIDENCE, FOOTER }
