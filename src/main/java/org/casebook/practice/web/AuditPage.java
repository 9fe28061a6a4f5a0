package org.casebook.practice.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casebook.platform.EditConflict;
import org.casebook.platform.FieldsRefused;
import org.casebook.platform.NotFound;
import org.casebook.platform.RuleViolation;
import org.casebook.platform.web.FieldErrors;
import org.casebook.platform.web.Pages;
import org.casebook.practice.AuditForm;
import org.casebook.practice.Audits;
import org.casebook.practice.PracticeAudit;
import org.casebook.practice.Principle;
import org.casebook.security.CurrentUser;

/**
 * One case-file audit. The team manager reads the record beside the form, with its language
 * findings and figures, scores each principle, writes feedback and sends it; the worker reads the
 * feedback and responds, which closes it. What was typed is kept when something must be put right
 * or a colleague saved first.
 */
@Named
@ViewScoped
public class AuditPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Audits audits;
  @Inject CurrentUser currentUser;

  private Long id;
  private int version;
  private transient Audits.Reading reading;
  private final Map<String, String> scores = new HashMap<>();
  private final Map<String, String> comments = new HashMap<>();
  private String feedback;
  private String response;

  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    if (id == null) {
      Pages.notFound();
      return;
    }
    if (open()) {
      fill(reading.audit());
    }
  }

  private boolean open() {
    try {
      reading = audits.open(currentUser.caller(), id, Pages.channel());
      return true;
    } catch (NotFound e) {
      Pages.notFound();
    } catch (RuleViolation e) {
      Pages.error(e);
    }
    return false;
  }

  private void fill(PracticeAudit audit) {
    version = audit.getVersion();
    AuditForm form = audit.form();
    scores.clear();
    comments.clear();
    for (Principle p : Principle.values()) {
      Integer s = form.scores().get(p);
      scores.put(p.key(), s == null ? null : s.toString());
      comments.put(p.key(), form.comments().get(p));
    }
    feedback = form.feedback();
  }

  private AuditForm form() {
    Map<Principle, Integer> s = new EnumMap<>(Principle.class);
    Map<Principle, String> c = new EnumMap<>(Principle.class);
    for (Principle p : Principle.values()) {
      String score = scores.get(p.key());
      if (score != null && !score.isBlank()) {
        try {
          s.put(p, Integer.valueOf(score.strip()));
        } catch (NumberFormatException e) {
          s.put(p, 0);
        }
      }
      c.put(p, comments.get(p.key()));
    }
    return new AuditForm(s, c, feedback);
  }

  public void save() {
    try {
      PracticeAudit audit = audits.save(currentUser.caller(), id, version, form());
      version = audit.getVersion();
      Pages.info("practice.saved");
      reading = audits.reread(currentUser.caller(), id);
    } catch (RuntimeException e) {
      refused(e);
    }
  }

  public String send() {
    try {
      audits.send(currentUser.caller(), id, version, form(), Pages.channel());
      Pages.info("practice.sentToWorker", reading == null ? "" : reading.workerName());
      Pages.keepMessages();
      return "/practice/audit?faces-redirect=true&id=" + id;
    } catch (RuntimeException e) {
      refused(e);
    }
    return null;
  }

  public String respond() {
    try {
      audits.respond(currentUser.caller(), id, version, response);
      Pages.info("practice.responded");
      Pages.keepMessages();
      return "/practice/audit?faces-redirect=true&id=" + id;
    } catch (RuntimeException e) {
      refused(e);
    }
    return null;
  }

  /** Shows what stopped the save, keeping everything typed, and the audit as it now stands. */
  private void refused(RuntimeException e) {
    if (e instanceof FieldsRefused f) {
      FieldErrors.show("f", f.problems(), "form.problems");
    } else if (e instanceof EditConflict) {
      Pages.error("practice.conflict");
    } else if (e instanceof NotFound) {
      Pages.notFound();
      return;
    } else if (e instanceof RuleViolation r) {
      Pages.error(r);
    } else {
      throw e;
    }
    FacesContext.getCurrentInstance().validationFailed();
  }

  public List<Principle> getPrinciples() {
    return List.of(Principle.values());
  }

  public List<Integer> getScoresOffered() {
    return List.of(1, 2, 3, 4);
  }

  public Audits.Reading getReading() {
    if (reading == null && id != null) {
      try {
        reading = audits.reread(currentUser.caller(), id);
      } catch (RuleViolation e) {
        return null;
      }
    }
    return reading;
  }

  /** The score given, as a number, for reading back. */
  public Integer scoreOf(Principle p) {
    return getReading() == null ? null : reading.audit().form().scores().get(p);
  }

  public String commentOf(Principle p) {
    return getReading() == null ? null : reading.audit().form().comments().get(p);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Map<String, String> getScores() {
    return scores;
  }

  public Map<String, String> getComments() {
    return comments;
  }

  public String getFeedback() {
    return feedback;
  }

  public void setFeedback(String feedback) {
    this.feedback = feedback;
  }

  public String getResponse() {
    return response;
  }

  public void setResponse(String response) {
    this.response = response;
  }
}
