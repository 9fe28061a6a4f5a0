package org.casebook.conversation.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casebook.conversation.AgreedAction;
import org.casebook.conversation.ChangeTalk;
import org.casebook.conversation.Conversation;
import org.casebook.conversation.ConversationKind;
import org.casebook.conversation.ConversationNotes;
import org.casebook.conversation.Conversations;
import org.casebook.conversation.Goal;
import org.casebook.conversation.NetworkMember;
import org.casebook.conversation.NotesRefused;
import org.casebook.conversation.OwnedRisk;
import org.casebook.conversation.Strength;
import org.casebook.person.Person;
import org.casebook.platform.EditConflict;
import org.casebook.platform.FieldProblem;
import org.casebook.platform.Messages;
import org.casebook.platform.NotFound;
import org.casebook.platform.RuleViolation;
import org.casebook.platform.web.Pages;
import org.casebook.security.CurrentUser;
import org.primefaces.PrimeFaces;

/**
 * The conversation editor: a draft saved as the worker types (every few seconds and on leaving a
 * field), finalised when it is ready. Also used for an addendum to a finalised conversation, which
 * is saved only when the worker gives a reason.
 */
@Named
@ViewScoped
public class EditConversation implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FORM = "f:";

  @Inject Conversations conversations;
  @Inject CurrentUser currentUser;

  private Long id;
  private boolean addendum;
  private int version;
  private ConversationNotes notes;
  private ConversationKind kind;
  private long personId;
  private String personName;
  private String startedBy;
  private Instant savedAt;
  private String savedBy;
  private String reason;

  private boolean conflict;
  private ConversationNotes theirs;
  private int theirVersion;
  private String theirSavedBy;
  private Instant theirSavedAt;

  private String focus;
  private String linkSignature = "";

  /** Opens the draft (or, for an addendum, the finalised text to correct). */
  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    if (id == null) {
      Pages.notFound();
      return;
    }
    try {
      Conversation c = conversations.open(currentUser.caller(), id, Pages.channel());
      if (c.isFinal() != addendum) {
        Pages.redirect(
            (c.isFinal() ? "/conversation/view.xhtml?id=" : "/conversation/edit.xhtml?id=") + id);
        return;
      }
      Person person = conversations.personOf(currentUser.caller(), c);
      personId = person.getId();
      personName = person.getKnownAs();
      take(c);
      if (!addendum) {
        offerFirstRows();
      }
      linkSignature = linkSignature();
    } catch (NotFound e) {
      Pages.notFound();
    }
  }

  private void take(Conversation c) {
    version = c.getVersion();
    notes = c.notes();
    kind = c.getKind();
    startedBy = c.getStartedBy();
    savedAt = c.getSavedAt();
    savedBy = c.getSavedBy();
  }

  /** An empty list shows one empty row, so there is somewhere to start typing. */
  private void offerFirstRows() {
    if (notes.getStrengths().isEmpty()) {
      notes.getStrengths().add(new Strength());
    }
    if (notes.getNetwork().isEmpty()) {
      notes.getNetwork().add(new NetworkMember());
    }
    if (notes.getGoals().isEmpty()) {
      notes.getGoals().add(new Goal());
    }
    if (notes.getActions().isEmpty()) {
      notes.getActions().add(new AgreedAction());
    }
  }

  // --- saving ----------------------------------------------------------------------------------

  /** Called by the page every few seconds while there is unsaved typing, and on leaving a field. */
  public void autosave() {
    if (conflict || addendum) {
      return;
    }
    saveNow();
  }

  /** The "Save draft" button: the same save, with a message to say so. */
  public void saveDraft() {
    if (addendum) {
      return;
    }
    if (conflict) {
      Pages.error("conversation.conflict.first");
      return;
    }
    if (saveNow()) {
      Pages.info("conversation.draftSaved");
    }
  }

  private boolean saveNow() {
    refreshLinksIfRenamed();
    showProblems(notes.lengthProblems());
    try {
      version = conversations.saveDraft(currentUser.caller(), id, version, notes);
      savedAt = Instant.now();
      savedBy = currentUser.caller().username();
      return true;
    } catch (EditConflict e) {
      showConflict();
    } catch (RuleViolation e) {
      Pages.error(e);
      refreshMessages();
    }
    return false;
  }

  /** Signs the conversation: it becomes read-only. Any problems are shown next to their fields. */
  public String finalise() {
    if (conflict) {
      Pages.error("conversation.conflict.first");
      return null;
    }
    try {
      conversations.finalise(currentUser.caller(), id, version, notes, Pages.channel());
      Pages.info("conversation.finalised");
      Pages.keepMessages();
      return "/conversation/view?faces-redirect=true&id=" + id;
    } catch (NotesRefused e) {
      Pages.error("conversation.problems");
      showProblems(e.problems());
      // Keep what was typed on the server too, so nothing depends on this page staying open.
      saveNow();
    } catch (EditConflict e) {
      showConflict();
    } catch (RuleViolation e) {
      Pages.error(e);
    }
    return null;
  }

  /** Saves the correction as an addendum, with its reason; earlier versions are kept. */
  public String saveAddendum() {
    try {
      conversations.addAddendum(currentUser.caller(), id, version, reason, notes, Pages.channel());
      Pages.info("conversation.addendumAdded");
      Pages.keepMessages();
      return "/conversation/view?faces-redirect=true&id=" + id;
    } catch (NotesRefused e) {
      Pages.error("conversation.addendum.problems");
      showProblems(e.problems());
    } catch (EditConflict e) {
      showConflict();
    } catch (RuleViolation e) {
      Pages.error(e);
    }
    return null;
  }

  /** Deletes a draft started by mistake. */
  public String discard() {
    try {
      conversations.discardDraft(currentUser.caller(), id, version, Pages.channel());
      Pages.info("conversation.discarded");
      Pages.keepMessages();
      return "/person/view?faces-redirect=true&id=" + personId;
    } catch (EditConflict e) {
      showConflict();
    } catch (RuleViolation e) {
      Pages.error(e);
    }
    return null;
  }

  /** After a conflict the worker has seen both versions and keeps their own. */
  public void keepMine() {
    version = theirVersion;
    conflict = false;
    theirs = null;
    if (addendum) {
      Pages.info("conversation.conflict.keptAddendum");
    } else if (saveNow()) {
      Pages.info("conversation.conflict.kept");
    }
  }

  /** After a conflict the worker takes the saved version instead of their own. */
  public void takeTheirs() {
    notes = theirs;
    version = theirVersion;
    savedAt = theirSavedAt;
    savedBy = theirSavedBy;
    conflict = false;
    theirs = null;
    if (!addendum) {
      offerFirstRows();
    }
    Pages.info("conversation.conflict.taken");
  }

  private void showConflict() {
    Conversation now = conversations.open(currentUser.caller(), id, Pages.channel());
    theirs = now.notes();
    theirVersion = now.getVersion();
    theirSavedBy = now.getSavedBy();
    theirSavedAt = now.getSavedAt();
    conflict = true;
    Pages.error(now.isFinal() && !addendum ? "conversation.conflict.finalised" : "edit.conflict");
    refreshMessages();
  }

  /**
   * Goals link to strengths and people, and actions name people, by what was typed for them. When
   * that changes, those choices are drawn again (the worker is typing elsewhere at the time).
   */
  private void refreshLinksIfRenamed() {
    String now = linkSignature();
    if (!now.equals(linkSignature) && !addendum) {
      FacesContext context = FacesContext.getCurrentInstance();
      if (context.getPartialViewContext().isAjaxRequest()) {
        var render = context.getPartialViewContext().getRenderIds();
        for (String id : List.of("f:goalsList", "f:actionsList")) {
          if (!render.contains(id)) {
            render.add(id);
          }
        }
      }
    }
    linkSignature = now;
  }

  private String linkSignature() {
    StringBuilder sb = new StringBuilder();
    notes.getStrengths().forEach(x -> sb.append(x.getKey()).append('=').append(x.getDescription()));
    notes.getNetwork().forEach(x -> sb.append(x.getKey()).append('=').append(x.getLabel()));
    return sb.toString();
  }

  /** An autosave that hit a problem shows it, without touching the fields being typed in. */
  private static void refreshMessages() {
    FacesContext context = FacesContext.getCurrentInstance();
    if (context.getPartialViewContext().isAjaxRequest()) {
      PrimeFaces.current().ajax().update("f:msgs", "f:conflictPanel", "f:saveStatus");
    }
  }

  private void showProblems(Map<String, FieldProblem> problems) {
    FacesContext context = FacesContext.getCurrentInstance();
    List<String> fields = new ArrayList<>(problems.keySet());
    fields.sort(FieldLabels.pageOrder());
    for (String field : fields) {
      FieldProblem p = problems.get(field);
      String text =
          p.maybeNumber()
              .map(n -> Messages.text(p.messageKey(), n))
              .orElseGet(() -> Messages.text(p.messageKey()));
      context.addMessage(FORM + field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
      getProblems()
          .add(new Problem(FORM + field, FieldLabels.label(field, Messages::text) + ": " + text));
    }
    if (!problems.isEmpty()) {
      context.validationFailed();
    }
  }

  /** One problem in the list at the top of the page, linking to its field. */
  public record Problem(String clientId, String text) implements Serializable {
    public String getClientId() {
      return clientId;
    }

    public String getText() {
      return text;
    }
  }

  /** This request's problems, in page order, each with where it is. */
  @SuppressWarnings("unchecked")
  public List<Problem> getProblems() {
    return (List<Problem>)
        FacesContext.getCurrentInstance()
            .getAttributes()
            .computeIfAbsent(Problem.class.getName(), k -> new ArrayList<Problem>());
  }

  // --- rows ------------------------------------------------------------------------------------

  public void addStrength() {
    notes.getStrengths().add(new Strength());
    focus = "strengths:" + (notes.getStrengths().size() - 1) + ":category";
    keepDraft();
  }

  public void addMember() {
    notes.getNetwork().add(new NetworkMember());
    focus = "network:" + (notes.getNetwork().size() - 1) + ":name";
    keepDraft();
  }

  public void addChangeTalk() {
    notes.getChangeTalk().add(new ChangeTalk());
    focus = "changeTalk:" + (notes.getChangeTalk().size() - 1) + ":words";
    keepDraft();
  }

  public void addRisk() {
    notes.getRisks().add(new OwnedRisk());
    focus = "risks:" + (notes.getRisks().size() - 1) + ":risk";
    keepDraft();
  }

  public void addGoal() {
    notes.getGoals().add(new Goal());
    focus = "goals:" + (notes.getGoals().size() - 1) + ":words";
    keepDraft();
  }

  public void addAction() {
    notes.getActions().add(new AgreedAction());
    focus = "actions:" + (notes.getActions().size() - 1) + ":owner";
    keepDraft();
  }

  /** Removes a row from whichever list holds it; focus goes to that list's "add" button. */
  public void remove(Object row) {
    focus = removeFrom(notes.getStrengths(), row, "addStrength");
    focus = focus != null ? focus : removeFrom(notes.getNetwork(), row, "addMember");
    focus = focus != null ? focus : removeFrom(notes.getChangeTalk(), row, "addChangeTalk");
    focus = focus != null ? focus : removeFrom(notes.getRisks(), row, "addRisk");
    focus = focus != null ? focus : removeFrom(notes.getGoals(), row, "addGoal");
    focus = focus != null ? focus : removeFrom(notes.getActions(), row, "addAction");
    keepDraft();
  }

  /** Adding or removing a row sends everything typed, so it is saved at the same time. */
  private void keepDraft() {
    if (!addendum && !conflict) {
      saveNow();
    }
  }

  private static String removeFrom(List<?> list, Object row, String addButton) {
    return list.removeIf(item -> item == row) ? addButton : null;
  }

  // --- for the page ----------------------------------------------------------------------------

  /** The field to move focus to after a row was added or removed, then forgotten. */
  public String getFocus() {
    String f = focus;
    focus = null;
    return f == null ? "" : FORM + f;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public int getVersion() {
    return version;
  }

  public boolean isAddendum() {
    return addendum;
  }

  public void setAddendum(boolean addendum) {
    this.addendum = addendum;
  }

  public ConversationNotes getNotes() {
    return notes;
  }

  public ConversationKind getKind() {
    return kind;
  }

  public long getPersonId() {
    return personId;
  }

  public String getPersonName() {
    return personName;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public Instant getSavedAt() {
    return savedAt;
  }

  public String getSavedBy() {
    return savedBy;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public boolean isConflict() {
    return conflict;
  }

  public ConversationNotes getTheirs() {
    return theirs;
  }

  public String getTheirSavedBy() {
    return theirSavedBy;
  }

  public Instant getTheirSavedAt() {
    return theirSavedAt;
  }

  public String getKeepKey() {
    return "conversation-" + id + (addendum ? "-addendum" : "");
  }
}
