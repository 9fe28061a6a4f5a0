package org.casebook.language;

/**
 * One phrase found in a text: where (UTF-16 offsets of the text as submitted, end exclusive), the
 * words as written, the entry that caught it, and the words that can replace it as they stand (null
 * where the suggestion is advice for the writer rather than words to put in).
 */
public record Finding(
    int start,
    int end,
    String text,
    Category category,
    String suggestion,
    String explanation,
    String entryId,
    String replacement) {}
