package tieline.model;

/**
 * Where an evidence date came from: a date written in the sentence (TEXT), the date of the
 * meeting or event the paragraph or summary reports (EVENT), or the cable's own date (CABLE).
 */
public enum DateSource { TEXT, EVENT, CABLE }
