package tieline.extract;

import java.util.List;

/**
 * A country as the gazetteer knows it: its names, the adjectives that qualify its bodies
 * ("Russian MFA"), and the posts (cable origins such as {@code BAKU}) located in it.
 *
 * @param name       e.g. {@code Azerbaijan}
 * @param aliases    other names, e.g. {@code Republic of Azerbaijan}
 * @param adjectives e.g. {@code Azerbaijani}
 * @param posts      post codes as they appear in cable ids, e.g. {@code BAKU}
 */
public record Country(String name, List<String> aliases, List<String> adjectives, List<String> posts) {

    public Country {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        adjectives = adjectives == null ? List.of() : List.copyOf(adjectives);
        posts = posts == null ? List.of() : List.copyOf(posts);
    }
}
