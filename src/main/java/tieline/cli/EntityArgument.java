package tieline.cli;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import tieline.graph.RelationshipGraph;
import tieline.model.Entity;

/**
 * Finds the entity a command-line argument means: its id, else its name or one of its aliases
 * (any case), else the one entity whose name contains the text. Ambiguity and misses are
 * reported with the candidates, never guessed.
 */
final class EntityArgument {

    private static final int SHOWN = 6;

    private EntityArgument() {
    }

    /**
     * @return the entity id
     * @throws EntityNotFoundException naming the candidates when the text matches none or several
     */
    static String resolve(RelationshipGraph graph, String text) {
        String wanted = text.strip();
        if (graph.entity(wanted).isPresent()) {
            return wanted;
        }
        String lower = wanted.toLowerCase(Locale.ROOT);
        List<Entity> named = graph.entities().stream()
                .filter(e -> e.name().toLowerCase(Locale.ROOT).equals(lower)).toList();
        if (named.isEmpty()) {
            named = graph.entities().stream()
                    .filter(e -> e.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(lower)))
                    .toList();
        }
        if (named.isEmpty()) {
            named = graph.entities().stream()
                    .filter(e -> e.name().toLowerCase(Locale.ROOT).contains(lower)).toList();
        }
        if (named.size() == 1) {
            return named.get(0).id();
        }
        if (named.isEmpty()) {
            throw new EntityNotFoundException("no entity matches '" + wanted + "'; give an id such as "
                    + "person:araz-azimov or a name as in `tieline export ... --format json`");
        }
        throw new EntityNotFoundException("'" + wanted + "' matches " + named.size() + " entities: "
                + named.stream().limit(SHOWN).map(e -> e.id() + " (" + e.name() + ")")
                        .collect(Collectors.joining(", ")) + (named.size() > SHOWN ? ", ..." : "")
                + "; give the id");
    }
}
