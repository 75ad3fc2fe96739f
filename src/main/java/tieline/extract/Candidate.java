package tieline.extract;

/**
 * Something a rule found in one paragraph, before corpus-wide resolution.
 *
 * @param kind      what the rule found
 * @param paragraph the paragraph's true number (0 for the header and signature)
 * @param start     offset of the surface text in the paragraph text
 * @param end       offset after it
 * @param surface   the text as written
 * @param name      the canonical name (people: title case, middle initials dropped; bodies: long form)
 * @param acronym   an acronym bound to the name, or null
 * @param title     for people and role references: the title, abbreviations written out; else null
 * @param orgHint   for people: the organization the title names (long form or acronym), or null
 * @param former    true when the title is a past one ("the former Chair", "then Secretary")
 * @param qualifier a country or nationality qualifying a body ("Russian" MFA), or null
 */
record Candidate(Kind kind, int paragraph, int start, int end, String surface, String name, String acronym,
                 String title, String orgHint, boolean former, String qualifier) {

    /** What a candidate is. */
    enum Kind {
        /** A person's full name (given name and surname). */
        PERSON,
        /** A person named by surname only, bound by a title or honorific. */
        SURNAME,
        ORGANIZATION,
        TOPIC,
        /** "the Ambassador", "the Defense Minister": a person named by office. */
        ROLE_REFERENCE,
        /** A place or facility name: nothing inside it is a person. */
        BLOCKED
    }

    static Candidate of(Kind kind, int paragraph, int start, int end, String surface, String name) {
        return new Candidate(kind, paragraph, start, end, surface, name, null, null, null, false, null);
    }

    Candidate withTitle(String newTitle, String newOrgHint, boolean wasFormer) {
        return new Candidate(kind, paragraph, start, end, surface, name, acronym, newTitle, newOrgHint, wasFormer,
                qualifier);
    }

    boolean overlaps(int s, int e) {
        return s < end && e > start;
    }

    boolean isPerson() {
        return kind == Kind.PERSON || kind == Kind.SURNAME;
    }

    int length() {
        return end - start;
    }
}
