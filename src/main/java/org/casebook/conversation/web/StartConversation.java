package org.casebook.conversation.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.casebook.conversation.Conversation;
import org.casebook.conversation.ConversationKind;
import org.casebook.conversation.Conversations;
import org.casebook.person.People;
import org.casebook.person.Person;
import org.casebook.platform.Messages;
import org.casebook.platform.NotFound;
import org.casebook.platform.RuleViolation;
import org.casebook.platform.web.Pages;
import org.casebook.security.CurrentUser;

/** Choosing the kind of conversation to start, with any drafts for the person offered first. */
@Named
@ViewScoped
public class StartConversation implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Conversations conversations;
  @Inject People people;
  @Inject CurrentUser currentUser;

  private Long person;
  private String personName;
  private ConversationKind kind;
  private List<Conversations.Summary> drafts = List.of();

  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    if (person == null) {
      Pages.notFound();
      return;
    }
    try {
      Person p = people.open(currentUser.caller(), person, Pages.channel());
      personName = p.getKnownAs();
      drafts =
          conversations.forPerson(currentUser.caller(), person).stream()
              .filter(Conversations.Summary::isDraft)
              .toList();
    } catch (NotFound e) {
      Pages.notFound();
    }
  }

  public String start() {
    if (kind == null) {
      Pages.fieldError("f:kind", Messages.text("conversation.kind.required"));
      return null;
    }
    try {
      Conversation c = conversations.start(currentUser.caller(), person, kind, Pages.channel());
      return "/conversation/edit?faces-redirect=true&id=" + c.getId();
    } catch (NotFound e) {
      Pages.notFound();
    } catch (RuleViolation e) {
      Pages.error(e);
    }
    return null;
  }

  public Long getPerson() {
    return person;
  }

  public void setPerson(Long person) {
    this.person = person;
  }

  public String getPersonName() {
    return personName;
  }

  public ConversationKind getKind() {
    return kind;
  }

  public void setKind(ConversationKind kind) {
    this.kind = kind;
  }

  public List<Conversations.Summary> getDrafts() {
    return drafts;
  }
}
