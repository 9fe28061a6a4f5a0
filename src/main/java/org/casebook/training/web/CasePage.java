package org.casebook.training.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebook.platform.NotFound;
import org.casebook.platform.web.Pages;
import org.casebook.platform.web.Refusals;
import org.casebook.security.Caller;
import org.casebook.security.CurrentUser;
import org.casebook.security.Role;
import org.casebook.training.CaseStatus;
import org.casebook.training.CaseStep;
import org.casebook.training.Highlights;
import org.casebook.training.Section;
import org.casebook.training.Snapshot;
import org.casebook.training.Theme;
import org.casebook.training.TrainingCase;
import org.casebook.training.TrainingCases;

/**
 * One training case. The trainer preparing it reads the anonymised snapshot with every replacement
 * and flagged detail highlighted, changes words where a detail could still point to someone, gives
 * it a title, themes, tags and teaching notes, and submits it; a second trainer approves it or
 * sends it back; an approved case can be withdrawn. Trainees read approved cases. What was typed is
 * kept when something must be put right or a colleague saved first.
 */
@Named
@ViewScoped
public class CasePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TrainingCases cases;
  @Inject CurrentUser currentUser;

  private Long id;
  private int version;
  private transient TrainingCase trainingCase;
  private transient List<CaseStep> steps;
  private transient Map<Long, String> names;
  private String title;
  private List<String> themes = new ArrayList<>();
  private String tags;
  private String teachingNotes;
  private final Map<String, String> sectionTexts = new HashMap<>();
  private boolean checked;
  private boolean approveChecked;
  private String reason;
  private String withdrawReason;

  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    if (id == null) {
      Pages.notFound();
      return;
    }
    if (read()) {
      fill();
    }
  }

  private boolean read() {
    try {
      trainingCase = cases.read(currentUser.caller(), id);
      steps = null;
      names = null;
      return true;
    } catch (NotFound | Caller.AccessDenied e) {
      Pages.notFound();
    }
    return false;
  }

  private void fill() {
    version = trainingCase.getVersion();
    title = trainingCase.getTitle();
    themes = new ArrayList<>();
    for (Theme t : trainingCase.getThemes()) {
      themes.add(t.name());
    }
    tags = trainingCase.getTags();
    teachingNotes = trainingCase.getTeachingNotes();
    sectionTexts.clear();
    for (Section s : trainingCase.getSnapshot().getSections()) {
      sectionTexts.put(s.getKey(), s.getText());
    }
  }

  private TrainingCase.Review review() {
    Set<Theme> chosen = EnumSet.noneOf(Theme.class);
    for (String t : themes) {
      Theme.parse(t).ifPresent(chosen::add);
    }
    return new TrainingCase.Review(title, chosen, tags, teachingNotes, new HashMap<>(sectionTexts));
  }

  public void save() {
    try {
      TrainingCase tc = cases.save(currentUser.caller(), id, version, review());
      version = tc.getVersion();
      trainingCase = tc;
      fill();
      Pages.info("training.case.saved");
    } catch (RuntimeException e) {
      refused(e, "review");
    }
  }

  public String submit() {
    try {
      cases.submit(currentUser.caller(), id, version, review(), checked);
      Pages.info("training.case.submitted");
      return again();
    } catch (RuntimeException e) {
      refused(e, "review");
    }
    return null;
  }

  public String discard() {
    try {
      cases.discard(currentUser.caller(), id, version);
      Pages.info("training.case.discarded");
      Pages.keepMessages();
      return "/training/index?faces-redirect=true";
    } catch (RuntimeException e) {
      refused(e, "review");
    }
    return null;
  }

  public String approve() {
    try {
      cases.approve(currentUser.caller(), id, version, approveChecked);
      Pages.info("training.case.approved");
      return again();
    } catch (RuntimeException e) {
      refused(e, "approval");
    }
    return null;
  }

  public String sendBack() {
    try {
      cases.sendBack(currentUser.caller(), id, version, reason);
      Pages.info("training.case.sentBack");
      return again();
    } catch (RuntimeException e) {
      refused(e, "approval");
    }
    return null;
  }

  public String withdraw() {
    try {
      cases.withdraw(currentUser.caller(), id, version, withdrawReason);
      Pages.info("training.case.withdrawn");
      return again();
    } catch (RuntimeException e) {
      refused(e, "withdrawal");
    }
    return null;
  }

  private String again() {
    Pages.keepMessages();
    return "/training/case?faces-redirect=true&id=" + id;
  }

  private void refused(RuntimeException e, String form) {
    Refusals.show(e, form, CasePage::fieldId, "training.case.conflict");
    read();
  }

  /** The page's id for a problem's field ("section:network:0" is the box "section_network_0"). */
  static String fieldId(String field) {
    return field.replace(':', '_');
  }

  // --- what the page shows ----------------------------------------------------------------------

  public TrainingCase getCase() {
    if (trainingCase == null && id != null) {
      read();
    }
    return trainingCase;
  }

  public Snapshot getSnapshot() {
    return getCase() == null ? null : trainingCase.getSnapshot();
  }

  public List<Highlights.Piece> pieces(Section s) {
    return Highlights.pieces(s.getText(), s.getReplacements(), s.getFlags());
  }

  private Caller caller() {
    return currentUser.caller();
  }

  public boolean isTrainer() {
    return caller() != null && caller().is(Role.TRAINER);
  }

  public boolean isMine() {
    return getCase() != null
        && caller() != null
        && trainingCase.getRequestedBy() == caller().accountId();
  }

  public boolean isPreparing() {
    return isTrainer() && isMine() && trainingCase.getStatus() == CaseStatus.PREPARING;
  }

  public boolean isApproving() {
    return isTrainer()
        && !isMine()
        && getCase() != null
        && trainingCase.getStatus() == CaseStatus.SUBMITTED;
  }

  public boolean isWithdrawable() {
    return isTrainer() && getCase() != null && trainingCase.getStatus() == CaseStatus.APPROVED;
  }

  public List<CaseStep> getSteps() {
    if (steps == null && isTrainer() && getCase() != null) {
      steps = cases.steps(caller(), id);
    }
    return steps == null ? List.of() : steps;
  }

  public String nameOf(Long accountId) {
    if (accountId == null || getCase() == null) {
      return "";
    }
    if (names == null) {
      Set<Long> ids = new HashSet<>();
      ids.add(trainingCase.getRequestedBy());
      if (trainingCase.getApprovedBy() != null) {
        ids.add(trainingCase.getApprovedBy());
      }
      if (trainingCase.getWithdrawnBy() != null) {
        ids.add(trainingCase.getWithdrawnBy());
      }
      names = cases.staffNames(ids);
    }
    return names.getOrDefault(accountId, "");
  }

  public List<Theme> getThemesOffered() {
    return Theme.all();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public List<String> getThemes() {
    return themes;
  }

  public void setThemes(List<String> themes) {
    this.themes = themes == null ? new ArrayList<>() : new ArrayList<>(themes);
  }

  public String getTags() {
    return tags;
  }

  public void setTags(String tags) {
    this.tags = tags;
  }

  public String getTeachingNotes() {
    return teachingNotes;
  }

  public void setTeachingNotes(String teachingNotes) {
    this.teachingNotes = teachingNotes;
  }

  public Map<String, String> getSectionTexts() {
    return sectionTexts;
  }

  public boolean isChecked() {
    return checked;
  }

  public void setChecked(boolean checked) {
    this.checked = checked;
  }

  public boolean isApproveChecked() {
    return approveChecked;
  }

  public void setApproveChecked(boolean approveChecked) {
    this.approveChecked = approveChecked;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getWithdrawReason() {
    return withdrawReason;
  }

  public void setWithdrawReason(String withdrawReason) {
    this.withdrawReason = withdrawReason;
  }
}
