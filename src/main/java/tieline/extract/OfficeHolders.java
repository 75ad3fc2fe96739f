package tieline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who held which office when, as the gazetteer records it: resolves "President Aliyev" in 2008
 * to Ilham Aliyev and "the Ambassador" in a 2008 Baku cable to the ambassador of that time.
 */
final class OfficeHolders {

    /** One gazetteer office with its holder. */
    private record Holder(String personId, String surname, String titleKey, String head, String country,
                          GazetteerOffice office) {
    }

    private final List<Holder> holders = new ArrayList<>();

    OfficeHolders(Gazetteer gazetteer, BodyResolver bodies) {
        for (GazetteerEntry e : gazetteer.entries()) {
            for (GazetteerOffice o : e.offices()) {
                String country = null;
                if (o.organization() != null) {
                    country = gazetteer.entries().stream()
                            .filter(g -> g.id().equals(o.organization()) || g.hasSurface(o.organization()))
                            .map(GazetteerEntry::country).filter(c -> c != null).findFirst().orElse(null);
                }
                holders.add(new Holder(e.id(), PersonNames.surname(e.name()), Titles.key(o.title()),
                        Titles.head(o.title()), country, o));
            }
        }
    }

    /** The one person with this surname holding an office of this title on the day, if exactly one. */
    Optional<String> bySurname(String surname, String title, LocalDate day) {
        String key = Titles.key(title);
        String head = Titles.head(title);
        Set<String> exact = new LinkedHashSet<>();
        Set<String> loose = new LinkedHashSet<>();
        for (Holder h : holders) {
            if (!h.surname().equals(surname) || !h.office().heldOn(day)) {
                continue;
            }
            if (h.titleKey().equals(key)) {
                exact.add(h.personId());
            } else if (h.head().equals(head) && sameMinistry(title, h.office())) {
                loose.add(h.personId());
            }
        }
        return unique(exact.isEmpty() ? loose : exact);
    }

    /** False when the title names a ministry and the office is in another one ("Finance Minister" vs MFA). */
    static boolean sameMinistry(String title, GazetteerOffice office) {
        String implied = Titles.impliedOrganization(title);
        if (implied == null || office.organization() == null) {
            return true;
        }
        String own = Titles.impliedOrganization(office.title());
        String org = own != null ? own : office.organization();
        return !org.startsWith("Ministry of") || org.equals(implied);
    }

    /** The one holder of an office of this title in the country on the day, if exactly one. */
    Optional<String> byOffice(String title, String country, LocalDate day) {
        if (country == null) {
            return Optional.empty();
        }
        String key = Titles.key(title);
        Set<String> found = new LinkedHashSet<>();
        for (Holder h : holders) {
            if (h.titleKey().equals(key) && country.equals(h.country()) && h.office().heldOn(day)) {
                found.add(h.personId());
            }
        }
        return unique(found);
    }

    private static Optional<String> unique(Set<String> ids) {
        return ids.size() == 1 ? Optional.of(ids.iterator().next()) : Optional.empty();
    }
}
