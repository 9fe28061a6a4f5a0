package org.casebook.contact.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.casebook.contact.CodedList;
import org.casebook.contact.CodedLists;
import org.casebook.contact.CodedValue;
import org.casebook.platform.NotFound;
import org.casebook.platform.RuleViolation;
import org.casebook.platform.web.Pages;
import org.casebook.security.CurrentUser;

/** The council's coded lists, for administrators: order, words, reported values, retired ones. */
@Named
@RequestScoped
public class CodedListsPage {

  @Inject CodedLists codedLists;
  @Inject CurrentUser currentUser;

  public List<CodedList> getLists() {
    return List.of(CodedList.values());
  }

  public List<CodedValue> values(CodedList list) {
    return codedLists.all(list);
  }

  public void move(long id, boolean up) {
    try {
      codedLists.move(currentUser.caller(), id, up);
      Pages.info("coded.moved");
    } catch (NotFound e) {
      Pages.error("coded.gone");
    } catch (RuleViolation e) {
      Pages.error(e);
    }
  }
}
