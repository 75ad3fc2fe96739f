package tieline.extract;

import java.time.LocalDate;

/**
 * A date written in a paragraph, resolved to a day.
 *
 * @param start offset in the paragraph text
 * @param end   offset after it
 * @param date  the day it stands for (the first of the month when only month and year are written)
 */
record TextDate(int start, int end, LocalDate date) {
}
