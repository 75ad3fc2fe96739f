package tieline.cable;

import java.nio.charset.Charset;

/** Text decoded from bytes, with the charset that was detected for it. */
public record DecodedText(String text, Charset charset) {
}
