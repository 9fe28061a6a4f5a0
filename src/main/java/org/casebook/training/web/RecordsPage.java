package org.casebook.training.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.casebook.platform.NotFound;
import org.casebook.platform.RuleViolation;
import org.casebook.platform.web.Pages;
import org.casebook.security.Caller;
import org.casebook.security.CurrentUser;
import org.casebook.training.Theme;
import org.casebook.training.TrainingCase;
import org.casebook.training.TrainingCases;

/**
 * Choosing a record for the library: signed records as anonymised previews, newest first, with a
 * theme to narrow them, and a button to take one in. Trainers only; the original is never shown.
 */
@Named
@ViewScoped
public class RecordsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TrainingCases cases;
  @Inject CurrentUser currentUser;

  private String theme;
  private int page;
  private List<TrainingCases.Preview> previews = List.of();
  private boolean themeUnknown;

  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    theme = params.get("theme");
    try {
      page = Math.max(0, Integer.parseInt(params.getOrDefault("page", "0").strip()));
    } catch (NumberFormatException e) {
      page = 0;
    }
    Theme chosen = Theme.parse(theme).orElse(null);
    themeUnknown = theme != null && !theme.isBlank() && chosen == null;
    try {
      previews = themeUnknown ? List.of() : cases.previews(currentUser.caller(), chosen, page);
    } catch (Caller.AccessDenied e) {
      Pages.forbidden();
    }
  }

  /** Takes the record into the library and opens the new case for review. */
  public String take(long conversationId) {
    try {
      TrainingCase tc = cases.request(currentUser.caller(), conversationId);
      Pages.info("training.case.taken.done", tc.getReference());
      Pages.keepMessages();
      return "/training/case?faces-redirect=true&id=" + tc.getId();
    } catch (Caller.AccessDenied e) {
      Pages.forbidden();
    } catch (NotFound e) {
      Pages.error("training.records.gone");
    } catch (RuleViolation e) {
      Pages.error(e);
    }
    return null;
  }

  public List<Theme> getThemes() {
    return Theme.all();
  }

  public String getTheme() {
    return theme;
  }

  public boolean isThemeUnknown() {
    return themeUnknown;
  }

  public int getPage() {
    return page;
  }

  public boolean isMore() {
    return previews.size() == TrainingCases.PAGE;
  }

  public List<TrainingCases.Preview> getPreviews() {
    return previews;
  }

  /** The address of another page of previews, keeping the theme. */
  public String pageQuery(int to) {
    String chosen = Theme.parse(theme).map(Enum::name).orElse(null);
    return "page=" + to + (chosen == null ? "" : "&theme=" + chosen);
  }
}
