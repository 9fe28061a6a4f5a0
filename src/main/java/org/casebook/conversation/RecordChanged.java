package org.casebook.conversation;

/**
 * A signed conversation has changed in a way that matters to practice figures: it was signed, an
 * addendum corrected it, or a community connection was made from it. Fired within the transaction
 * that made the change.
 */
public record RecordChanged(long conversationId) {}
