package org.casebook.person.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.casebook.person.People;
import org.casebook.person.Person;
import org.casebook.platform.NotFound;
import org.casebook.platform.web.Pages;
import org.casebook.security.CurrentUser;

/** A person's record. Opening it writes the access log. */
@Named
@RequestScoped
public class ViewPerson {

  @Inject People people;
  @Inject CurrentUser currentUser;

  private Long id;
  private Person person;

  public void load() {
    if (id == null) {
      Pages.notFound();
      return;
    }
    try {
      person = people.open(currentUser.caller(), id, Pages.channel());
    } catch (NotFound e) {
      Pages.notFound();
    }
  }

  public Person getPerson() {
    return person;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
