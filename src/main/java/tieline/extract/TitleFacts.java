package tieline.extract;

import java.util.Set;

/**
 * What the table needs to know about a title, worked out once per distinct title text (a
 * corpus has some thousand of them for tens of thousands of role facts): its comparison
 * key, the words of that key, and whether it names an office.
 */
final class TitleFacts {

    final String text;
    final String key;
    final Set<String> keyWords;
    final boolean office;

    TitleFacts(String text) {
        this.text = text;
        this.key = Titles.key(text);
        this.keyWords = Set.of(key.split(" "));
        this.office = isOffice(text);
    }

    /** A rank, an honorific or a status such as AMCIT is not an office. */
    private static boolean isOffice(String title) {
        for (String w : title.split(" ")) {
            if (!CableVocabulary.RANKS.contains(w) && !NOT_OFFICES.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> NOT_OFFICES = Set.of("AMCIT", "Amcit", "CODEL", "Codel", "STAFFDEL",
            "Staffdel", "Senior", "Retired", "Ret");
}
