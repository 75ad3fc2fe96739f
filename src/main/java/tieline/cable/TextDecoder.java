package tieline.cable;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Detects the encoding of cable bytes and decodes them: UTF-8 with or without BOM, UTF-16
 * with BOM, and Windows-1252 when the bytes are not valid UTF-8.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Eight bytes of an array read as one long, and the top bit of each of them. */
    private static final VarHandle EIGHT_BYTES = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080_8080_8080_8080L;

    /** Decodes the bytes; never fails (Windows-1252 maps every byte). */
    public DecodedText decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new DecodedText(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8),
                    StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE),
                    StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE),
                    StandardCharsets.UTF_16LE);
        }
        DecodedText latin1 = decodeLatin1(bytes);
        if (latin1 != null) {
            return latin1;
        }
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            return new DecodedText(lenient, StandardCharsets.UTF_8);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new DecodedText(text, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            return new DecodedText(new String(bytes, WINDOWS_1252), WINDOWS_1252);
        }
    }

    /**
     * UTF-8 that encodes no character above U+00FF (ASCII, or with {@code ¶}, {@code é} and the
     * like), decoded with its characters kept one byte each for the parser; null for any other
     * bytes, which are left to the decoders of the JDK. Such UTF-8 has one reading only: a byte
     * below 0x80 is its character, and C2 or C3 followed by a byte 80-BF is one character from
     * U+0080 to U+00FF; every other byte from 0x80 up is either part of a character above U+00FF
     * or not UTF-8 at all.
     */
    private static DecodedText decodeLatin1(byte[] bytes) {
        int n = bytes.length;
        int ascii = asciiPrefix(bytes);
        if (ascii == n) {
            return new DecodedText(new String(bytes, StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8, bytes);
        }
        byte[] chars = new byte[n];
        System.arraycopy(bytes, 0, chars, 0, ascii);
        int length = ascii;
        for (int i = ascii; i < n; i++) {
            byte b = bytes[i];
            if (b >= 0) {
                chars[length++] = b;
            } else if ((b == (byte) 0xC2 || b == (byte) 0xC3) && i + 1 < n && (bytes[i + 1] & 0xC0) == 0x80) {
                chars[length++] = (byte) (((b & 0x03) << 6) | (bytes[i + 1] & 0x3F));
                i++;
            } else {
                return null;
            }
        }
        return new DecodedText(new String(chars, 0, length, StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8, chars);
    }

    /**
     * How many bytes from the start are ASCII (below 0x80). Eight bytes are tested at a time,
     * read as one long: most cables are ASCII throughout, and a byte at a time was 2% of the parse.
     */
    private static int asciiPrefix(byte[] bytes) {
        int n = bytes.length;
        int i = 0;
        for (; i + Long.BYTES <= n; i += Long.BYTES) {
            if (((long) EIGHT_BYTES.get(bytes, i) & HIGH_BITS) != 0) {
                break;
            }
        }
        while (i < n && bytes[i] >= 0) {
            i++;
        }
        return i;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
