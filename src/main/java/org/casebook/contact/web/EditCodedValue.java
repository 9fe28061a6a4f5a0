package org.casebook.contact.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.casebook.contact.CodedList;
import org.casebook.contact.CodedLists;
import org.casebook.contact.CodedValue;
import org.casebook.contact.NextStepMeaning;
import org.casebook.platform.EditConflict;
import org.casebook.platform.FieldsRefused;
import org.casebook.platform.NotFound;
import org.casebook.platform.RuleViolation;
import org.casebook.platform.web.FieldErrors;
import org.casebook.platform.web.Pages;
import org.casebook.security.CurrentUser;

/** Adds a value to a coded list, or changes or retires one. Administrators only. */
@Named
@ViewScoped
public class EditCodedValue implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CodedLists codedLists;
  @Inject CurrentUser currentUser;

  private Long id;
  private CodedList list;
  private int version;
  private String code;
  private String label;
  private String cldValue;
  private NextStepMeaning meaning;
  private boolean active = true;

  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    if (id != null) {
      try {
        CodedValue value = codedLists.find(id);
        list = value.getList();
        version = value.getVersion();
        code = value.getCode();
        label = value.getLabel();
        cldValue = value.getCldValue();
        meaning = value.getMeaning();
        active = value.isActive();
      } catch (NotFound e) {
        Pages.notFound();
      }
    } else if (list == null) {
      Pages.notFound();
    }
  }

  public String save() {
    try {
      if (id == null) {
        codedLists.add(currentUser.caller(), list, label, cldValue, meaning);
      } else {
        codedLists.change(currentUser.caller(), id, version, label, cldValue, meaning, active);
      }
      Pages.info("coded.saved");
      Pages.keepMessages();
      return "/admin/coded-lists?faces-redirect=true";
    } catch (FieldsRefused e) {
      FieldErrors.show("f", e.problems(), "form.problems");
    } catch (EditConflict e) {
      Pages.error("coded.conflict");
    } catch (RuleViolation e) {
      Pages.error(e);
    }
    return null;
  }

  public boolean isNew() {
    return id == null;
  }

  public List<NextStepMeaning> getMeanings() {
    return List.of(NextStepMeaning.values());
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public CodedList getList() {
    return list;
  }

  public void setList(CodedList list) {
    this.list = list;
  }

  public String getCode() {
    return code;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public String getCldValue() {
    return cldValue;
  }

  public void setCldValue(String cldValue) {
    this.cldValue = cldValue;
  }

  public NextStepMeaning getMeaning() {
    return meaning;
  }

  public void setMeaning(NextStepMeaning meaning) {
    this.meaning = meaning;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
