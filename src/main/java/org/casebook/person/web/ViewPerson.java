package org.casebook.person.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casebook.asset.AssetLink;
import org.casebook.asset.AssetLinks;
import org.casebook.asset.LinkStatus;
import org.casebook.conversation.Conversation;
import org.casebook.conversation.ConversationNotes;
import org.casebook.conversation.Conversations;
import org.casebook.conversation.TrackedAction;
import org.casebook.person.People;
import org.casebook.person.Person;
import org.casebook.platform.EditConflict;
import org.casebook.platform.Messages;
import org.casebook.platform.NotFound;
import org.casebook.platform.RuleViolation;
import org.casebook.platform.Texts;
import org.casebook.platform.web.Pages;
import org.casebook.security.CurrentUser;

/**
 * A person's page at a glance: their details, what the latest finalised conversation found
 * (strengths, people in their life, goals), open actions to tick off, and every conversation.
 * Opening it writes the access log.
 */
@Named
@ViewScoped
public class ViewPerson implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject People people;
  @Inject Conversations conversations;
  @Inject CurrentUser currentUser;
  @Inject AssetLinks assetLinks;
  @Inject org.casebook.contact.Contacts contacts;
  @Inject org.casebook.review.Reviews reviews;

  private Long id;
  private Person person;
  private List<Conversations.Summary> all = List.of();
  private Long latestId;
  private ConversationNotes latest;
  private List<TrackedAction> actions = List.of();
  private List<AssetLink> connections = List.of();
  private Long connectFrom;
  private org.casebook.contact.Contacts.History frontDoor;
  private List<org.casebook.review.Review> reviewList = List.of();
  private Conversation pendingReview;
  private Map<Long, String> nextStatus = new HashMap<>();
  private Map<Long, String> nextNote = new HashMap<>();

  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    if (id == null) {
      Pages.notFound();
      return;
    }
    try {
      person = people.open(currentUser.caller(), id, Pages.channel());
      refresh();
    } catch (NotFound e) {
      Pages.notFound();
    }
  }

  private void refresh() {
    all = conversations.forPerson(currentUser.caller(), id);
    Conversation last = conversations.latestFinal(currentUser.caller(), id).orElse(null);
    latestId = last == null ? null : last.getId();
    latest = last == null ? null : last.notes();
    actions = conversations.actions(currentUser.caller(), id);
    connections = assetLinks.forPerson(currentUser.caller(), id);
    connectFrom = assetLinks.latestConversation(currentUser.caller(), id).orElse(null);
    frontDoor = contacts.history(currentUser.caller(), id);
    reviewList = reviews.forPerson(currentUser.caller(), id);
    pendingReview = reviews.pending(currentUser.caller(), id).orElse(null);
  }

  public org.casebook.contact.Contacts.History getFrontDoor() {
    return frontDoor;
  }

  public List<org.casebook.review.Review> getReviews() {
    return reviewList;
  }

  public Conversation getPendingReview() {
    return pendingReview;
  }

  private String newReviewDue;

  public String getNewReviewDue() {
    return newReviewDue;
  }

  public void setNewReviewDue(String newReviewDue) {
    this.newReviewDue = newReviewDue;
  }

  /** Moves the person's next review to another day. */
  public void moveReview() {
    if (pendingReview == null) {
      return;
    }
    try {
      reviews.moveDue(currentUser.caller(), pendingReview.getId(), newReviewDue, Pages.channel());
      newReviewDue = null;
      Pages.info("review.due.moved");
      refresh();
    } catch (org.casebook.platform.FieldsRefused e) {
      Pages.fieldError("reviewDueForm:newReviewDue", Messages.text("field.date.invalid"));
    } catch (NotFound e) {
      Pages.notFound();
    } catch (RuleViolation e) {
      Pages.fieldError("reviewDueForm:newReviewDue", Messages.text(e));
    }
  }

  /** Records what came of a community connection. */
  public void recordConnection(long linkId, int version) {
    String status = nextStatus.get(linkId);
    String note = nextNote.get(linkId);
    if (status == null || status.isBlank()) {
      Pages.fieldError(fieldId(linkId, "next"), Messages.text("connections.next.required"));
      return;
    }
    LinkStatus next = LinkStatus.valueOf(status);
    if (next.needsReason() && Texts.isBlank(note)) {
      Pages.fieldError(fieldId(linkId, "note"), Messages.text("asset.link.reasonRequired"));
      return;
    }
    try {
      assetLinks.record(currentUser.caller(), linkId, version, next, note, Pages.channel());
      nextStatus.remove(linkId);
      nextNote.remove(linkId);
      Pages.info("connections.saved");
    } catch (EditConflict e) {
      Pages.error("connections.conflict");
    } catch (RuleViolation e) {
      Pages.error(e);
    }
    refresh();
  }

  /** The client id of a field in a connection's row, for messages next to it. */
  private String fieldId(long linkId, String field) {
    for (int i = 0; i < connections.size(); i++) {
      if (connections.get(i).getId() == linkId) {
        return "connectionsForm:connections:" + i + ":" + field;
      }
    }
    return null;
  }

  public List<AssetLink> getConnections() {
    return connections;
  }

  public Long getConnectFrom() {
    return connectFrom;
  }

  public Map<Long, String> getNextStatus() {
    return nextStatus;
  }

  public Map<Long, String> getNextNote() {
    return nextNote;
  }

  public List<LinkStatus> getLinkStatuses() {
    return List.of(LinkStatus.values());
  }

  /** Ticks an action off, or takes the tick back. */
  public void mark(long actionId, int version, boolean done) {
    try {
      conversations.markAction(currentUser.caller(), actionId, version, done, Pages.channel());
      Pages.info(done ? "action.markedDone" : "action.reopened");
    } catch (EditConflict e) {
      Pages.error("action.changed");
    } catch (RuleViolation e) {
      Pages.error(e);
    }
    refresh();
  }

  public Person getPerson() {
    return person;
  }

  public List<Conversations.Summary> getConversations() {
    return all;
  }

  public List<Conversations.Summary> getDrafts() {
    return all.stream().filter(Conversations.Summary::isDraft).toList();
  }

  public List<Conversations.Summary> getFinalised() {
    return all.stream().filter(c -> !c.isDraft()).toList();
  }

  public ConversationNotes getLatest() {
    return latest;
  }

  public Long getLatestId() {
    return latestId;
  }

  public List<TrackedAction> getOpenActions() {
    return actions.stream().filter(a -> !a.isDone()).toList();
  }

  public List<TrackedAction> getDoneActions() {
    return actions.stream().filter(TrackedAction::isDone).toList();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
