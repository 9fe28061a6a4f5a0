package org.casebook.conversation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.casebook.conversation.Conversation;
import org.casebook.conversation.ConversationNotes;
import org.casebook.conversation.ConversationRevision;
import org.casebook.conversation.Conversations;
import org.casebook.person.Person;
import org.casebook.platform.NotFound;
import org.casebook.platform.web.Pages;
import org.casebook.security.CurrentUser;

/**
 * A conversation, read-only: as it stands now, or any earlier signed version from its history.
 * Opening it writes the access log.
 */
@Named
@RequestScoped
public class ViewConversation {

  @Inject Conversations conversations;
  @Inject CurrentUser currentUser;
  @Inject org.casebook.asset.AssetLinks assetLinks;

  private Long id;
  private Integer version;
  private Conversation conversation;
  private Person person;
  private ConversationRevision shown;
  private ConversationNotes notes;
  private List<org.casebook.asset.AssetLink> connections = List.of();

  public void load() {
    if (id == null) {
      Pages.notFound();
      return;
    }
    try {
      conversation = conversations.open(currentUser.caller(), id, Pages.channel());
      person = conversations.personOf(currentUser.caller(), conversation);
      connections = assetLinks.forConversation(currentUser.caller(), id);
      if (version != null) {
        shown =
            conversation.getRevisions().stream()
                .filter(r -> r.getNumber() == version)
                .findFirst()
                .orElse(null);
        if (shown == null) {
          Pages.notFound();
          return;
        }
        notes = shown.notes();
      } else {
        notes = conversation.notes();
        List<ConversationRevision> revisions = conversation.getRevisions();
        shown = revisions.isEmpty() ? null : revisions.get(revisions.size() - 1);
      }
    } catch (NotFound e) {
      Pages.notFound();
    }
  }

  /** Community assets suggested in this conversation, and where each stands now. */
  public List<org.casebook.asset.AssetLink> getConnections() {
    return connections;
  }

  /** True when an earlier version, not the current one, is on the screen. */
  public boolean isEarlierVersion() {
    return version != null && shown != null && shown.getNumber() < conversation.getRevisionCount();
  }

  public Conversation getConversation() {
    return conversation;
  }

  public Person getPerson() {
    return person;
  }

  public ConversationRevision getShown() {
    return shown;
  }

  public ConversationNotes getNotes() {
    return notes;
  }

  public List<ConversationRevision> getRevisions() {
    return conversation == null ? List.of() : conversation.getRevisions();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Integer getVersion() {
    return version;
  }

  public void setVersion(Integer version) {
    this.version = version;
  }
}
