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
import java.util.List;
import org.casebook.conversation.Conversations;
import org.casebook.person.People;
import org.casebook.security.CurrentUser;

/**
 * A person's conversations, newest first, drafts included, without their notes. Listing them is a
 * view of the person's record, so it is in the access log.
 */
@Path("people/{id}/conversations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PersonConversationsResource {

  @Inject Conversations conversations;
  @Inject People people;
  @Inject CurrentUser currentUser;
  @Context UriInfo uri;

  @GET
  public List<ConversationResource.Summary> list(@PathParam("id") long personId) {
    people.open(
        currentUser.caller(), personId, "API GET /api/" + uri.getPath().replaceFirst("^/", ""));
    return conversations.forPerson(currentUser.caller(), personId).stream()
        .map(ConversationResource.Summary::of)
        .toList();
  }
}
