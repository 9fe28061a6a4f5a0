package org.casebook.person.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.casebook.person.NhsNumber;
import org.casebook.person.People;
import org.casebook.person.Person;
import org.casebook.person.PersonSearch;
import org.casebook.person.Postcode;
import org.casebook.platform.Messages;
import org.casebook.platform.web.Pages;
import org.casebook.security.CurrentUser;

/**
 * Finding a person in the team's register. Searches are posted, never put in the address, so names
 * and NHS numbers stay out of browser history and server logs.
 */
@Named
@ViewScoped
public class FindPeople implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject People people;
  @Inject CurrentUser currentUser;

  private String name;
  private LocalDate dateOfBirth;
  private String nhsNumber;
  private String postcode;
  private List<Person> results;
  private boolean searched;

  @PostConstruct
  void init() {
    results = people.mine(currentUser.caller());
  }

  public void search() {
    boolean fine = true;
    if (nhsNumber != null && !nhsNumber.isBlank()) {
      var problem = NhsNumber.problem(nhsNumber);
      if (problem.isPresent()) {
        Pages.fieldError("f:nhsNumber", Messages.text(problem.get().messageKey()));
        fine = false;
      }
    }
    if (postcode != null && postcode.length() > 8 && !Postcode.isValid(postcode)) {
      Pages.fieldError("f:postcode", Messages.text("person.postcode.invalid"));
      fine = false;
    }
    if (!fine) {
      return;
    }
    PersonSearch search = new PersonSearch(name, dateOfBirth, nhsNumber, postcode);
    searched = !search.isEmpty();
    results =
        searched ? people.search(currentUser.caller(), search) : people.mine(currentUser.caller());
  }

  public void clear() {
    name = null;
    dateOfBirth = null;
    nhsNumber = null;
    postcode = null;
    searched = false;
    results = people.mine(currentUser.caller());
  }

  public boolean isTooMany() {
    return results != null && results.size() >= PersonSearch.MAX_RESULTS;
  }

  public int getMaxResults() {
    return PersonSearch.MAX_RESULTS;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public void setDateOfBirth(LocalDate dateOfBirth) {
    this.dateOfBirth = dateOfBirth;
  }

  public String getNhsNumber() {
    return nhsNumber;
  }

  public void setNhsNumber(String nhsNumber) {
    this.nhsNumber = nhsNumber;
  }

  public String getPostcode() {
    return postcode;
  }

  public void setPostcode(String postcode) {
    this.postcode = postcode;
  }

  public List<Person> getResults() {
    return results;
  }

  public boolean isSearched() {
    return searched;
  }
}
