package tieline.briefing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import tieline.cable.Cable;
import tieline.cable.Classification;
import tieline.cable.ClassificationLevel;
import tieline.model.Evidence;

/**
 * The marking a briefing carries: the banner (highest level among the evidence shown, with
 * every caveat of that evidence) and, for classified briefings, the authority block: the
 * cables the classified content is derived from and the latest of their declassification dates.
 *
 * @param banner       e.g. {@code SECRET//NOFORN}; see {@link #highest} for how caveats combine
 * @param derivedFrom  ids of the cables whose classified paragraphs are shown, sorted
 * @param declassifyOn the latest declassification date of those cables, or null when none states one
 */
public record SecurityMarking(Classification banner, List<String> derivedFrom, LocalDate declassifyOn) {

    private static final String NOFORN = "NOFORN";

    public SecurityMarking {
        Objects.requireNonNull(banner, "banner");
        derivedFrom = List.copyOf(derivedFrom);
    }

    /** The marking of a briefing that shows no classified evidence. */
    public static SecurityMarking unclassified() {
        return new SecurityMarking(Classification.UNCLASSIFIED, List.of(), null);
    }

    /**
     * Summarises the evidence a briefing shows.
     *
     * @param shown  every piece of evidence behind what is drawn or quoted
     * @param cables the cables by id (for declassification dates); missing ids are tolerated
     */
    public static SecurityMarking of(Collection<Evidence> shown, Map<String, Cable> cables) {
        Classification banner = highest(shown.stream().map(Evidence::marking).toList());
        Set<String> derived = new TreeSet<>();
        LocalDate declassify = null;
        for (Evidence e : shown) {
            if (isClassified(e.marking())) {
                derived.add(e.cableId());
            }
        }
        for (String id : derived) {
            Cable cable = cables.get(id);
            LocalDate date = cable == null ? null : cable.declassifyOn();
            if (date != null && (declassify == null || date.isAfter(declassify))) {
                declassify = date;
            }
        }
        return new SecurityMarking(banner, List.copyOf(derived), declassify);
    }

    /**
     * The banner for a set of markings: the highest level, with the caveats combined the way
     * dissemination controls combine. NOFORN on any portion makes the whole NOFORN (and no
     * REL TO survives it); a REL TO caveat survives only when every classified portion carries
     * it, since plain CONFIDENTIAL claims no release; other caveats (FGI, ORCON ...) are kept
     * from every portion. UNCLASSIFIED when empty.
     */
    public static Classification highest(Collection<Classification> markings) {
        ClassificationLevel level = ClassificationLevel.UNCLASSIFIED;
        Set<String> caveats = new TreeSet<>();
        Set<String> releasableTo = null;
        for (Classification m : markings) {
            if (m == null) {
                continue;
            }
            if (m.level().compareTo(level) > 0) {
                level = m.level();
            }
            Set<String> release = new TreeSet<>();
            for (String c : m.caveats()) {
                if (isReleaseTo(c)) {
                    release.add(c);
                } else {
                    caveats.add(c);
                }
            }
            if (isClassified(m)) {
                if (releasableTo == null) {
                    releasableTo = release;
                } else {
                    releasableTo.retainAll(release);
                }
            }
        }
        boolean classified = level.compareTo(ClassificationLevel.CONFIDENTIAL) >= 0;
        if (!caveats.contains(NOFORN) && releasableTo != null && classified) {
            caveats.addAll(releasableTo);
        }
        return new Classification(level, caveats);
    }

    private static boolean isReleaseTo(String caveat) {
        return caveat.startsWith("REL");
    }

    /**
     * The banner as printed, e.g. {@code SECRET//FGI/NOFORN}: level, then the caveats in
     * alphabetical order, so the same evidence always gives the same banner.
     */
    public String bannerText() {
        return text(banner);
    }

    /** Any marking as a banner prints it, caveats in alphabetical order. */
    public static String text(Classification marking) {
        if (marking.caveats().isEmpty()) {
            return marking.level().bannerText();
        }
        return marking.level().bannerText() + "//" + String.join("/", new TreeSet<>(marking.caveats()));
    }

    /** True for CONFIDENTIAL and above: such briefings carry the derived-from / declassify-on block. */
    public boolean isClassified() {
        return isClassified(banner);
    }

    private static boolean isClassified(Classification marking) {
        return marking != null && marking.level().compareTo(ClassificationLevel.CONFIDENTIAL) >= 0;
    }

    /** {@code Derived from: 08BAKU73} or {@code Derived from: multiple sources (07BAKU605, 08BAKU73)}. */
    public String derivedFromText() {
        if (derivedFrom.size() == 1) {
            return "Derived from: " + derivedFrom.get(0);
        }
        return "Derived from: multiple sources (" + String.join(", ", derivedFrom) + ")";
    }

    /** {@code Declassify on: 2019-04-06}, or a note that the sources state no date. */
    public String declassifyOnText() {
        return declassifyOn == null ? "Declassify on: not stated in the sources"
                : "Declassify on: " + declassifyOn;
    }
}
