package org.casebook.language.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casebook.language.Category;
import org.casebook.language.CouncilEntry;
import org.casebook.language.Entry;
import org.casebook.language.EntryDraft;
import org.casebook.language.Finding;
import org.casebook.language.LanguageChecker;
import org.casebook.language.LexiconRow;
import org.casebook.language.Lexicons;
import org.casebook.platform.EditConflict;
import org.casebook.platform.FieldsRefused;
import org.casebook.platform.Messages;
import org.casebook.platform.NotFound;
import org.casebook.platform.RuleViolation;
import org.casebook.platform.Texts;
import org.casebook.platform.web.FieldErrors;
import org.casebook.platform.web.Pages;
import org.casebook.security.Caller;
import org.casebook.security.CurrentUser;

/**
 * Adds an entry to the council's lexicon, rewords or retires one, or switches a shipped entry off
 * or on; and tries an entry on a sample sentence before it is kept. Administrators only. Problems
 * are shown beside their fields and nothing typed is lost, a conflict with another administrator's
 * change included.
 */
@Named
@ViewScoped
public class EditLexiconEntry implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Lexicons lexicons;
  @Inject CurrentUser currentUser;

  /** A piece of the sample sentence, and whether the entry caught it. */
  public record Piece(String text, boolean found) implements Serializable {
    public String getText() {
      return text;
    }

    public boolean isFound() {
      return found;
    }
  }

  /** Words the entry caught in the sample, and what would replace them (null: advice only). */
  public record Caught(String text, String replacement) implements Serializable {
    public String getText() {
      return text;
    }

    public String getReplacement() {
      return replacement;
    }
  }

  private Long id;
  private String shippedCode;
  private LexiconRow shippedRow;
  private int version;
  private boolean conflict;

  private String code;
  private Category category;
  private String phrases;
  private String suggestion;
  private String explanation;
  private String replace;
  private String notFollowedBy;
  private String notPrecededBy;
  private boolean active = true;

  private String sample;
  private boolean tried;
  private List<Piece> pieces = List.of();
  private List<Caught> caught = List.of();

  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    try {
      if (id != null) {
        fill(lexicons.find(currentUser.caller(), id));
      } else if (shippedCode != null) {
        fill(lexicons.shipped(currentUser.caller(), shippedCode));
      } else {
        currentUser.caller().require(org.casebook.security.Role.ADMIN);
      }
    } catch (Caller.AccessDenied e) {
      Pages.forbidden();
    } catch (NotFound e) {
      Pages.notFound();
    }
  }

  private void fill(CouncilEntry e) {
    version = e.getVersion();
    code = e.getCode();
    category = e.getCategory();
    phrases = String.join("\n", e.getPhraseList());
    suggestion = e.getSuggestion();
    explanation = e.getExplanation();
    replace = e.getReplaceWith();
    notFollowedBy = e.getNotFollowedBy();
    notPrecededBy = e.getNotPrecededBy();
    active = e.isActive();
  }

  private void fill(LexiconRow row) {
    shippedRow = row;
    version = row.getVersion();
    code = row.getCode();
    active = row.isActive();
  }

  private EntryDraft draft() {
    return new EntryDraft(
        code, category, phrases, suggestion, explanation, replace, notFollowedBy, notPrecededBy);
  }

  public String save() {
    try {
      Caller caller = currentUser.caller();
      if (isShipped()) {
        lexicons.useShipped(caller, code, version, active);
      } else if (id == null) {
        lexicons.add(caller, draft());
      } else {
        lexicons.change(caller, id, version, draft(), active);
      }
      Pages.info("lexicon.saved");
      Pages.keepMessages();
      return "/admin/language?faces-redirect=true";
    } catch (FieldsRefused e) {
      FieldErrors.besideFields("f", e.problems());
    } catch (EditConflict e) {
      conflict = true;
      Pages.error("lexicon.conflict");
    } catch (NotFound e) {
      Pages.error("lexicon.gone");
    } catch (RuleViolation e) {
      Pages.error(e);
    }
    return null;
  }

  /** Keeps what this administrator typed over what the other one saved. */
  public String saveMine() {
    Caller caller = currentUser.caller();
    version =
        isShipped()
            ? lexicons.shipped(caller, code).getVersion()
            : lexicons.find(caller, id).getVersion();
    conflict = false;
    return save();
  }

  /** Drops what this administrator typed and shows what is saved now. */
  public void takeTheirs() {
    Caller caller = currentUser.caller();
    if (isShipped()) {
      fill(lexicons.shipped(caller, code));
    } else {
      fill(lexicons.find(caller, id));
    }
    conflict = false;
    Pages.info("lexicon.taken");
  }

  /** Shows what the entry, as it stands on the form, catches in the sample sentence. */
  public void tryIt() {
    tried = false;
    if (Texts.isBlank(sample)) {
      Pages.fieldError("f:sample", Messages.text("lexicon.try.sampleRequired"));
      return;
    }
    if (sample.length() > EntryDraft.PHRASES_MAX) {
      Pages.fieldError("f:sample", Messages.text("field.tooLong", EntryDraft.PHRASES_MAX));
      return;
    }
    Optional<Entry> entry = isShipped() ? Optional.of(shippedRow.entry()) : draft().trial();
    if (entry.isEmpty()) {
      Pages.fieldError("f:sample", Messages.text("lexicon.try.phrasesFirst"));
      return;
    }
    List<Finding> findings = new LanguageChecker(List.of(entry.get())).check(sample);
    List<Piece> ps = new ArrayList<>();
    int at = 0;
    for (Finding f : findings) {
      if (f.start() > at) {
        ps.add(new Piece(sample.substring(at, f.start()), false));
      }
      ps.add(new Piece(f.text(), true));
      at = f.end();
    }
    if (at < sample.length()) {
      ps.add(new Piece(sample.substring(at), false));
    }
    pieces = ps;
    caught = findings.stream().map(f -> new Caught(f.text(), f.replacement())).toList();
    tried = true;
  }

  public boolean isNew() {
    return id == null && shippedCode == null;
  }

  public boolean isShipped() {
    return shippedCode != null;
  }

  public String getTitle() {
    if (isNew()) {
      return Messages.text("lexicon.entry.add");
    }
    return Messages.text("lexicon.entry.change", code);
  }

  public LexiconRow getShippedRow() {
    return shippedRow;
  }

  public List<Category> getCategories() {
    return List.of(Category.values());
  }

  public boolean isConflict() {
    return conflict;
  }

  public boolean isTried() {
    return tried;
  }

  public List<Piece> getPieces() {
    return pieces;
  }

  public List<Caught> getCaught() {
    return caught;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getShippedCode() {
    return shippedCode;
  }

  public void setShippedCode(String shippedCode) {
    this.shippedCode = shippedCode;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public Category getCategory() {
    return category;
  }

  public void setCategory(Category category) {
    this.category = category;
  }

  public String getPhrases() {
    return phrases;
  }

  public void setPhrases(String phrases) {
    this.phrases = phrases;
  }

  public String getSuggestion() {
    return suggestion;
  }

  public void setSuggestion(String suggestion) {
    this.suggestion = suggestion;
  }

  public String getExplanation() {
    return explanation;
  }

  public void setExplanation(String explanation) {
    this.explanation = explanation;
  }

  public String getReplace() {
    return replace;
  }

  public void setReplace(String replace) {
    this.replace = replace;
  }

  public String getNotFollowedBy() {
    return notFollowedBy;
  }

  public void setNotFollowedBy(String notFollowedBy) {
    this.notFollowedBy = notFollowedBy;
  }

  public String getNotPrecededBy() {
    return notPrecededBy;
  }

  public void setNotPrecededBy(String notPrecededBy) {
    this.notPrecededBy = notPrecededBy;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public String getSample() {
    return sample;
  }

  public void setSample(String sample) {
    this.sample = sample;
  }
}
