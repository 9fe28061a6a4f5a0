package org.casebook.training.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.casebook.platform.web.Pages;
import org.casebook.security.Caller;
import org.casebook.security.CurrentUser;
import org.casebook.security.Role;
import org.casebook.training.Theme;
import org.casebook.training.TrainingCase;
import org.casebook.training.TrainingCases;

/**
 * The training library: approved cases, searched by theme, tag and words (a GET form, so a search
 * can be bookmarked). Trainers may include withdrawn cases to see their trail. For trainers and
 * trainees.
 */
@Named
@RequestScoped
public class LibraryPage {

  @Inject TrainingCases cases;
  @Inject CurrentUser currentUser;

  private String theme;
  private String tag;
  private String words;
  private boolean withdrawn;
  private boolean themeUnknown;
  private List<TrainingCase> found = List.of();
  private List<String> tagsOffered = List.of();

  public void load() {
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    theme = params.get("theme");
    tag = params.get("tag");
    words = params.get("words");
    withdrawn = "yes".equals(params.get("withdrawn"));
    Theme chosen = Theme.parse(theme).orElse(null);
    themeUnknown = theme != null && !theme.isBlank() && chosen == null;
    try {
      Caller caller = currentUser.caller();
      tagsOffered = cases.tags(caller);
      found = themeUnknown ? List.of() : cases.library(caller, chosen, tag, words, withdrawn);
    } catch (Caller.AccessDenied e) {
      Pages.forbidden();
    }
  }

  public boolean isTrainer() {
    return currentUser.caller() != null && currentUser.caller().is(Role.TRAINER);
  }

  public List<Theme> getThemes() {
    return Theme.all();
  }

  public String getTheme() {
    return theme;
  }

  public String getTag() {
    return tag;
  }

  public String getWords() {
    return words;
  }

  public boolean isWithdrawn() {
    return withdrawn;
  }

  public boolean isThemeUnknown() {
    return themeUnknown;
  }

  public List<TrainingCase> getFound() {
    return found;
  }

  public List<String> getTagsOffered() {
    return tagsOffered;
  }

  public boolean selected(String typed, String value) {
    return typed != null && typed.strip().equalsIgnoreCase(value);
  }
}
