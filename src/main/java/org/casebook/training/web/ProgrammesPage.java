package org.casebook.training.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.casebook.platform.FieldsRefused;
import org.casebook.platform.web.FieldErrors;
import org.casebook.platform.web.Pages;
import org.casebook.security.Caller;
import org.casebook.security.CurrentUser;
import org.casebook.security.Role;
import org.casebook.training.Programme;
import org.casebook.training.Programmes;
import org.casebook.training.TrainingAccess;

/** Skills programmes: trainers see and start them; trainees see the ones they are in. */
@Named
@RequestScoped
public class ProgrammesPage {

  @Inject Programmes programmes;
  @Inject TrainingAccess access;
  @Inject CurrentUser currentUser;

  private List<Programme> list = List.of();
  private String name;
  private String description;

  public void load() {
    Caller caller = currentUser.caller();
    if (!access.mayUse(caller)) {
      Pages.forbidden();
      return;
    }
    list = programmes.programmes(caller);
  }

  public String create() {
    try {
      Programme p = programmes.create(currentUser.caller(), name, description);
      Pages.info("training.programme.created", p.getName());
      Pages.keepMessages();
      return "/training/programme?faces-redirect=true&id=" + p.getId();
    } catch (FieldsRefused e) {
      FieldErrors.show("create", e.problems(), "form.problems");
      list = programmes.programmes(currentUser.caller());
    } catch (Caller.AccessDenied e) {
      Pages.forbidden();
    }
    return null;
  }

  public boolean isTrainer() {
    return currentUser.caller() != null && currentUser.caller().is(Role.TRAINER);
  }

  public List<Programme> getList() {
    return list;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
