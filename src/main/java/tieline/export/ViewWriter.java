package tieline.export;

import java.io.IOException;
import java.io.OutputStream;
import tieline.graph.GraphView;

/**
 * Writes a graph view in one file format. The view's filter and classification ceiling
 * decide what is written; the writer never reaches past the view. The stream is not closed.
 */
@FunctionalInterface
public interface ViewWriter {

    void write(GraphView view, OutputStream out) throws IOException;
}
