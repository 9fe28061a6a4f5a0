package org.casebook.conversation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.casebook.conversation.Conversations;
import org.casebook.security.CurrentUser;

/** My caseload: my people with what needs attention first, my drafts, and actions due. */
@Named
@RequestScoped
public class Caseload {

  @Inject Conversations conversations;
  @Inject CurrentUser currentUser;

  private List<Conversations.CaseloadEntry> people;
  private List<Conversations.Draft> drafts;
  private List<Conversations.ActionItem> actionsDue;

  public void load() {
    people = conversations.caseload(currentUser.caller());
    drafts = conversations.myDrafts(currentUser.caller());
    actionsDue = conversations.actionsDue(currentUser.caller());
  }

  public List<Conversations.CaseloadEntry> getPeople() {
    return people;
  }

  public List<Conversations.Draft> getDrafts() {
    return drafts;
  }

  public List<Conversations.ActionItem> getActionsDue() {
    return actionsDue;
  }
}
