package tieline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tieline.cable.Cable;
import tieline.cable.Paragraph;

/** The first pass over one cable: prepares its paragraphs and applies the rules. */
final class CableScanner {

    private final CandidateFinder finder;
    private final Set<String> countryWords;
    /** Most capitalised words are not countries: a quick "no" before the set is asked. */
    private final WordFilter maybeCountry;

    CableScanner(Set<String> countryWords, PlaceNames placeNames) {
        this.countryWords = countryWords;
        this.maybeCountry = new WordFilter(countryWords);
        this.finder = new CandidateFinder(countryWords, placeNames);
    }

    CableScan scan(Cable cable) {
        List<ParagraphText> paragraphs = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        Set<String> countries = new HashSet<>();
        // asked once: the cable works its date out of the date-time group on every call
        LocalDate date = cable.date();
        for (Paragraph p : cable.paragraphs()) {
            ParagraphText pt = ParagraphText.of(p, date);
            paragraphs.add(pt);
            if (!pt.caps()) {
                candidates.addAll(finder.find(pt));
                Tokens t = pt.tokens();
                for (int i = 0; i < t.size(); i++) {
                    if (!t.lowerCase(i) && maybeCountry.mayContainHash(t.hash(i)) && countryWords.contains(t.text(i))) {
                        countries.add(t.text(i));
                    }
                }
            } else {
                Tokens t = pt.tokens();
                for (int i = 0; i < t.size(); i++) {
                    String tc = PersonNames.titleCase(t.text(i));
                    if (countryWords.contains(tc)) {
                        countries.add(tc);
                    }
                }
            }
        }
        List<Candidate> header = new ArrayList<>();
        HeaderPeople.classifiedBy(cable).ifPresent(header::add);
        HeaderPeople.signer(cable).ifPresent(header::add);
        return new CableScan(cable, paragraphs, candidates, header, countries);
    }
}
