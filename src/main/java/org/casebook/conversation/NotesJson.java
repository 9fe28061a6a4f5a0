package org.casebook.conversation;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import org.casebook.platform.RuleViolation;

/** Conversation notes as they are kept in the database: one JSON document per version. */
public final class NotesJson {

  private static final Jsonb JSONB =
      JsonbBuilder.create(new JsonbConfig().withNullValues(false).withFormatting(false));

  private NotesJson() {}

  public static String write(ConversationNotes notes) {
    return JSONB.toJson(notes);
  }

  public static ConversationNotes read(String json) {
    if (json == null || json.isBlank()) {
      return new ConversationNotes();
    }
    try {
      return JSONB.fromJson(json, ConversationNotes.class);
    } catch (JsonbException e) {
      throw new RuleViolation("conversation.unreadable");
    }
  }

  /** A deep copy, so the page can change one without touching the other. */
  public static ConversationNotes copy(ConversationNotes notes) {
    return read(write(notes));
  }
}
