package org.casebook.language;

/**
 * One phrase found in a text: where (UTF-16 offsets of the text as submitted, end exclusive), the
 * words as written, and the entry that caught it.
 */
public record Finding(
    int start,
    int end,
    String text,
    Category category,
    String suggestion,
    String explanation,
    String entryId) {}
