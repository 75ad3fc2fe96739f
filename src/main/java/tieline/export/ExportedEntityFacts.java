package tieline.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tieline.graph.GraphView;
import tieline.model.Entity;
import tieline.model.Mention;
import tieline.model.RelationType;
import tieline.model.Role;

/**
 * What an export may say about an entity beyond its visible mentions. Without a ceiling: all
 * its aliases and roles. Under a ceiling, only what visible evidence supports (a title read in
 * a SECRET paragraph must not reach an UNCLASSIFIED export): the aliases written in its visible
 * mentions, and the roles whose organization is linked to it by visible ROLE evidence. Also
 * names the organizations those roles point to that are not themselves visible, so that every
 * {@code roles[].organization} id in an export is an entity of the export.
 */
final class ExportedEntityFacts {

    private final GraphView view;
    private final boolean ceiling;

    ExportedEntityFacts(GraphView view) {
        this.view = view;
        this.ceiling = view.filter().ceiling() != null;
    }

    List<String> aliases(Entity e, List<Mention> visibleMentions) {
        if (!ceiling) {
            return List.copyOf(new TreeSet<>(e.aliases()));
        }
        Set<String> written = new HashSet<>();
        for (Mention m : visibleMentions) {
            written.add(m.text());
        }
        TreeSet<String> aliases = new TreeSet<>();
        for (String a : e.aliases()) {
            if (written.contains(a)) {
                aliases.add(a);
            }
        }
        return List.copyOf(aliases);
    }

    List<Role> roles(Entity e) {
        if (!ceiling) {
            return e.roles();
        }
        List<Role> roles = new ArrayList<>();
        for (Role r : e.roles()) {
            if (r.organizationId() != null && view.relationship(e.id(), r.organizationId())
                    .filter(rel -> rel.types().contains(RelationType.ROLE)).isPresent()) {
                roles.add(r);
            }
        }
        return roles;
    }

    /** The organizations the written roles of the visible entities name that the view does not show. */
    List<Entity> roleOrganizationsNotShown() {
        Map<String, Entity> extra = new LinkedHashMap<>();
        for (Entity e : view.entities()) {
            for (Role r : roles(e)) {
                String org = r.organizationId();
                if (org != null && !view.contains(org) && !extra.containsKey(org)) {
                    view.graph().entity(org).ifPresent(o -> extra.put(org, o));
                }
            }
        }
        return List.copyOf(extra.values());
    }
}
