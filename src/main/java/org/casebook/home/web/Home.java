package org.casebook.home.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.casebook.account.Account;
import org.casebook.account.Accounts;
import org.casebook.person.People;
import org.casebook.person.Person;
import org.casebook.security.CurrentUser;

/** What the home page shows depends on the role: people for workers, the team for managers. */
@Named
@RequestScoped
public class Home {

  @Inject CurrentUser currentUser;
  @Inject People people;
  @Inject Accounts accounts;

  private List<Person> myPeople;
  private List<Account> workers;

  public List<Person> getMyPeople() {
    if (myPeople == null) {
      myPeople = currentUser.isWorksWithPeople() ? people.mine(currentUser.caller()) : List.of();
    }
    return myPeople;
  }

  public List<Account> getWorkers() {
    if (workers == null) {
      workers = currentUser.isTeamManager() ? accounts.myTeam(currentUser.caller()) : List.of();
    }
    return workers;
  }

  public long ledBy(Account worker) {
    return people.countLedBy(currentUser.caller(), worker.getId());
  }
}
