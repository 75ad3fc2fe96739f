package tieline.cable;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Decoding finds the first non-ASCII character wherever it is, eight bytes at a time or in the tail. */
class TextDecoderTest {

    @Test
    void decodesTextsWithAnAccentAnywhere() {
        TextDecoder decoder = new TextDecoder();
        for (int length = 0; length <= 40; length++) {
            String ascii = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH".substring(0, length);
            assertEquals(ascii, decoder.decode(ascii.getBytes(StandardCharsets.US_ASCII)).text());
            for (int at = 0; at <= length; at++) {
                String text = ascii.substring(0, at) + "é" + ascii.substring(at);
                DecodedText decoded = decoder.decode(text.getBytes(StandardCharsets.UTF_8));
                assertEquals(text, decoded.text(), "accent at " + at + " of " + length);
                assertEquals(text, new String(decoded.latin1(), 0, text.length(), StandardCharsets.ISO_8859_1));
            }
        }
    }
}
