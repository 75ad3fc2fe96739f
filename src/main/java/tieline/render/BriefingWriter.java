package tieline.render;

import java.io.IOException;
import java.io.OutputStream;
import tieline.briefing.BriefingScene;

/** Writes a briefing scene in one file format. */
public interface BriefingWriter {

    /** Writes the whole file to the stream (the caller opens and closes it). */
    void write(BriefingScene scene, OutputStream out) throws IOException;
}
