package tieline.briefing;

/**
 * The picture a briefing shows: the relationship network, the dated timeline of one
 * relationship (or of one entity's relationships), or the path between two entities.
 */
public enum BriefingKind { NETWORK, TIMELINE, PATH }
