package tieline.extract;

import tieline.cable.Cable;

/** The id mentions and evidence cite a cable by: its canonical id, else its file name when no id was found. */
final class CableKey {

    private CableKey() {
    }

    static String of(Cable cable) {
        if (cable.id() != null) {
            return cable.id();
        }
        String source = cable.source() == null ? "unknown" : cable.source();
        String name = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
