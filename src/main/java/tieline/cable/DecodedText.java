package tieline.cable;

import java.nio.charset.Charset;

/**
 * Text decoded from bytes, with the charset that was detected for it.
 *
 * @param text    the decoded text
 * @param charset the charset the bytes were read in
 * @param latin1  when no character of the text is above U+00FF, its characters one byte each in
 *                the first {@code text.length()} bytes (the array may be longer), else null. The
 *                parser scans these bytes instead of the text, which is quicker; they are shared,
 *                never to be written.
 */
public record DecodedText(String text, Charset charset, byte[] latin1) {

    /** Decoded text without its bytes. */
    public DecodedText(String text, Charset charset) {
        this(text, charset, null);
    }
}
