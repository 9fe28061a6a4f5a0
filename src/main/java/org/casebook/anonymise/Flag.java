package org.casebook.anonymise;

/**
 * Words left in the output that the reviewer should look at before the record is approved: a rare
 * occupation or condition, a named place, a ward... Offsets are in the OUTPUT text; the reason
 * never repeats the words.
 */
public record Flag(int start, int end, String reason) {}
