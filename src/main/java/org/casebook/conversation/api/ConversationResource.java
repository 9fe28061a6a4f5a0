package org.casebook.conversation.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.casebook.conversation.ContactMode;
import org.casebook.conversation.Conversation;
import org.casebook.conversation.ConversationKind;
import org.casebook.conversation.ConversationNotes;
import org.casebook.conversation.ConversationStatus;
import org.casebook.conversation.Conversations;
import org.casebook.security.CurrentUser;

/**
 * Conversations over REST, read-only, for integrations and reporting. The same rules as the pages:
 * only social workers and managers, only their own team's people, restricted records only for the
 * workers named on them. Reading a conversation is in the access log. A person's list of
 * conversations is {@link PersonConversationsResource}.
 */
@Path("conversations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ConversationResource {

  @Inject Conversations conversations;
  @Inject CurrentUser currentUser;
  @Context UriInfo uri;

  /** One conversation in a list: what it was and where it stands, without its notes. */
  public record Summary(
      long id,
      ConversationKind kind,
      ConversationStatus status,
      LocalDate heldOn,
      ContactMode mode,
      String startedBy,
      Instant savedAt,
      String finalisedBy,
      Instant finalisedAt,
      int versions) {
    static Summary of(Conversations.Summary c) {
      return new Summary(
          c.id(),
          c.kind(),
          c.status(),
          c.heldOn(),
          c.mode(),
          c.startedBy(),
          c.savedAt(),
          c.finalisedBy(),
          c.finalisedAt(),
          c.revisionCount());
    }
  }

  /** One signed version in a conversation's history. */
  public record Version(int number, String madeBy, Instant madeAt, String reason) {}

  /** A whole conversation: its current text and the history of its signed versions. */
  public record Whole(
      long id,
      long personId,
      int version,
      ConversationKind kind,
      ConversationStatus status,
      String startedBy,
      Instant startedAt,
      String savedBy,
      Instant savedAt,
      String finalisedBy,
      Instant finalisedAt,
      List<Version> history,
      ConversationNotes notes) {
    static Whole of(Conversation c) {
      return new Whole(
          c.getId(),
          c.getPersonId(),
          c.getVersion(),
          c.getKind(),
          c.getStatus(),
          c.getStartedBy(),
          c.getStartedAt(),
          c.getSavedBy(),
          c.getSavedAt(),
          c.getFinalisedBy(),
          c.getFinalisedAt(),
          c.getRevisions().stream()
              .map(r -> new Version(r.getNumber(), r.getMadeBy(), r.getMadeAt(), r.getReason()))
              .toList(),
          c.notes());
    }
  }

  @GET
  @Path("{id}")
  public Whole read(@PathParam("id") long id) {
    return Whole.of(conversations.open(currentUser.caller(), id, channel()));
  }

  private String channel() {
    return "API GET /api/" + uri.getPath().replaceFirst("^/", "");
  }
}
