package tieline.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import tieline.graph.GraphView;

/** Writes a view into memory for the format tests. */
final class ExportTestSupport {

    private ExportTestSupport() {
    }

    static byte[] bytes(ViewWriter writer, GraphView view) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(view, out);
        return out.toByteArray();
    }
}
