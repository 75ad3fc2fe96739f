package tieline.cable;

import java.util.Random;

/**
 * Seeded random texts for the tests that compare a hand-written reader with the pattern it
 * replaced: made of characters or of pieces chosen to reach the pattern's corners.
 */
final class RandomText {

    private final Random random;

    RandomText(long seed) {
        random = new Random(seed);
    }

    /** Up to {@code maxLength} - 1 characters, each one of {@code alphabet}. */
    String ofChars(String alphabet, int maxLength) {
        StringBuilder b = new StringBuilder();
        int length = random.nextInt(maxLength);
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    /** From {@code min} to {@code max} pieces, each one of {@code pieces}. */
    String ofPieces(String[] pieces, int min, int max) {
        StringBuilder b = new StringBuilder();
        int count = min + random.nextInt(max - min + 1);
        for (int i = 0; i < count; i++) {
            b.append(pieces[random.nextInt(pieces.length)]);
        }
        return b.toString();
    }

    /** A coin toss. */
    boolean coin() {
        return random.nextBoolean();
    }
}
