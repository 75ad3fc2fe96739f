package tieline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tieline.cable.Cable;
import tieline.cable.PatternSpace;
import tieline.extract.Candidate.Kind;

/**
 * The people a cable's header and signature name: the officer in the "Classified By" line
 * ("Ambassador Anne E. Derse for reasons 1.4(b) and (d)") and the signer, the all-caps name
 * on the last line ("DERSE"). Their candidates carry paragraph 0 and offsets into the cable text.
 */
final class HeaderPeople {

    /** A bureau or office written in capitals: "IO", "WHA", "EUR/FO", "USEU". */
    private static final Pattern OFFICE = Pattern.compile("\\p{Lu}{2,5}(?:/\\p{Lu}{1,4})?");
    private static final Pattern NAME_WORD = Pattern.compile("[\\p{L}][\\p{L}'\\u2019-]*\\.?");
    /** A signature line that can be a name: letters, with spaces, dots, apostrophes and hyphens inside. */
    private static final Pattern SIGNATURE = Pattern.compile("[\\p{L}][\\p{L} .'-]*[\\p{L}]");
    private static final Pattern TRAILING_DOT_OR_COMMA = Pattern.compile("[.,]$");
    private static final Pattern TRAILING_DOT = Pattern.compile("\\.$");
    private static final Pattern CUT = Pattern.compile(
            "(?i)(,|;|:|\\(|\\bfor\\b|\\breasons?\\b|\\bbased\\b|\\bper\\b|\\bunder\\b|\\be\\.o\\.|\\b1\\.[45]|(?<![\\s.]\\p{Lu})\\.(\\s|$))");

    private HeaderPeople() {
    }

    /** The officer named in the "Classified By" line, with the title written before the name. */
    static Optional<Candidate> classifiedBy(Cable cable) {
        String line = cable.classifiedBy();
        if (line == null || line.isBlank() || Token.isRedaction(line)) {
            return Optional.empty();
        }
        Matcher cut = CUT.matcher(line);
        String head = cut.find() ? line.substring(0, cut.start()) : line;
        // a trailing full stop after an initial belongs to the name; after a surname it ends it
        String[] words = PatternSpace.RUN.split(head.trim());
        List<String> title = new ArrayList<>();
        List<String> name = new ArrayList<>();
        for (int k = 0; k < words.length; k++) {
            String raw = words[k];
            String bare = withoutTrailingPunctuation(raw);
            if (name.isEmpty() && (isTitleWordInAnyCase(bare) || isOfficeBeforeTitle(words, k))) {
                title.add(bare);
            } else if (NAME_WORD.matcher(raw).matches()) {
                name.add(PersonNames.titleCase(bare));
            } else {
                return Optional.empty();
            }
        }
        if (name.size() < 2 || name.size() > 4) {
            return Optional.empty();
        }
        for (String w : name) {
            if (CableVocabulary.neverName(w) || w.length() == 1 && name.indexOf(w) == name.size() - 1) {
                return Optional.empty();
            }
        }
        String canonical = PersonNames.canonical(name);
        if (!PersonNames.isFull(canonical)) {
            return Optional.empty();
        }
        int at = cable.text().indexOf(line);
        int nameAt = at < 0 ? -1 : indexOfName(cable.text(), at, line, name);
        int start = nameAt < 0 ? 0 : nameAt;
        int end = nameAt < 0 ? 0 : Math.min(cable.text().length(), nameAt + surfaceLength(line, name));
        // "DCM", "CDA" stay abbreviations; "POLITICAL COUNSELOR" reads as "Political Counselor"
        String titleText = title.isEmpty() ? null : Titles.expand(title.stream()
                .map(w -> CableVocabulary.TITLE_HEADS.contains(w) || OFFICE.matcher(w).matches() && !isTitleWord(w)
                        ? w : PersonNames.titleCase(w)).toList());
        return Optional.of(new Candidate(Kind.PERSON, 0, start, end,
                nameAt < 0 ? String.join(" ", name) : cable.text().substring(start, end), canonical, null, titleText,
                null, false, null));
    }

    /**
     * The office an officer signs for, written before the title: "IO PDAS James Warlick",
     * "EUR/FO DAS Garber", "EAP DAS DAVID SHEAR" (a bureau's letters, then a title word).
     */
    private static boolean isOfficeBeforeTitle(String[] words, int k) {
        return k + 1 < words.length && OFFICE.matcher(words[k]).matches()
                && isTitleWordInAnyCase(withoutTrailingPunctuation(words[k + 1]));
    }

    /** A title word as written ("DCM") or in title case ("POLITICAL" as "Political"). */
    private static boolean isTitleWordInAnyCase(String w) {
        return isTitleWord(w) || isTitleWord(PersonNames.titleCase(w));
    }

    private static String withoutTrailingPunctuation(String word) {
        return TRAILING_DOT_OR_COMMA.matcher(word).replaceAll("");
    }

    private static boolean isTitleWord(String w) {
        return CableVocabulary.TITLE_HEADS.contains(w) || CableVocabulary.TITLE_QUALIFIERS.contains(w)
                || w.equalsIgnoreCase("d'Affaires") || w.equalsIgnoreCase("a.i") || w.equalsIgnoreCase("Officer")
                || w.equalsIgnoreCase("Counselor") || w.equalsIgnoreCase("Pol/Econ") || w.equals("Econ")
                || w.equals("Pol") || w.equalsIgnoreCase("Charge") || w.equalsIgnoreCase("Chief")
                || w.equalsIgnoreCase("Acting") || w.equalsIgnoreCase("Deputy") || w.equalsIgnoreCase("Consul")
                || w.equalsIgnoreCase("General") || w.equalsIgnoreCase("Principal")
                || w.equalsIgnoreCase("Officer") || w.equalsIgnoreCase("Section");
    }

    private static int indexOfName(String text, int lineAt, String line, List<String> name) {
        int idx = line.toLowerCase(Locale.ROOT).indexOf(name.get(0).toLowerCase(Locale.ROOT));
        return idx < 0 ? -1 : lineAt + idx;
    }

    private static int surfaceLength(String line, List<String> name) {
        String lower = line.toLowerCase(Locale.ROOT);
        int from = lower.indexOf(name.get(0).toLowerCase(Locale.ROOT));
        int to = lower.indexOf(name.get(name.size() - 1).toLowerCase(Locale.ROOT), from);
        return to < 0 ? 0 : to + name.get(name.size() - 1).length() - from;
    }

    /** The signer as a surname candidate ("DERSE" -> "Derse"), offsets into the cable text. */
    static Optional<Candidate> signer(Cable cable) {
        String s = cable.signer();
        if (s == null) {
            return Optional.empty();
        }
        String trimmed = s.trim();
        if (Token.isRedaction(trimmed) || trimmed.length() < 3 || trimmed.length() > 40 || !SIGNATURE.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>();
        for (String w : PatternSpace.RUN.split(trimmed)) {
            String tc = PersonNames.titleCase(TRAILING_DOT.matcher(w).replaceAll(""));
            if (CableVocabulary.neverName(tc) || tc.equalsIgnoreCase("Sipdis") || tc.equalsIgnoreCase("Nnnn")
                    || tc.equalsIgnoreCase("Bt")) {
                return Optional.empty();
            }
            words.add(tc);
        }
        if (words.size() > 3) {
            return Optional.empty();
        }
        String canonical = PersonNames.canonical(words);
        int at = cable.text().lastIndexOf(trimmed);
        int start = Math.max(0, at);
        int end = at < 0 ? 0 : at + trimmed.length();
        return Optional.of(new Candidate(PersonNames.isFull(canonical) ? Kind.PERSON : Kind.SURNAME, 0, start, end,
                trimmed, canonical, null, null, null, false, null));
    }
}
