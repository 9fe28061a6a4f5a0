package org.casebook.contact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Turns a person's contacts into requests and says which requests are repeats.
 *
 * <p>Contacts a few days apart are one request: a contact no more than {@code mergeDays} after the
 * latest contact of the request before it joins that request (the default is 4 days, so a Monday
 * call and a Thursday follow-up are one request). A request is a <em>repeat</em> when the request
 * before it had its latest contact, or its resolution, no more than {@code windowMonths} months
 * before the new request began (both ends counted: exactly three months earlier is within three
 * months).
 */
public final class Requests {

  private Requests() {}

  /** One contact: when it came, and when what followed was resolved (if it has been). */
  public record Contact(long id, LocalDate on, LocalDate resolvedOn) {
    public Contact {
      Objects.requireNonNull(on);
    }
  }

  /**
   * Contacts counted as one request.
   *
   * @param contacts the contacts, earliest first
   * @param repeat whether the request repeats the one before it
   * @param previous the request it repeats, or null
   */
  public record Request(List<Contact> contacts, boolean repeat, Request previous) {
    public LocalDate began() {
      return contacts.get(0).on();
    }

    public LocalDate lastContact() {
      return contacts.get(contacts.size() - 1).on();
    }

    /** The latest resolution of any of its contacts, or null. */
    public LocalDate resolvedOn() {
      return contacts.stream()
          .map(Contact::resolvedOn)
          .filter(Objects::nonNull)
          .max(Comparator.naturalOrder())
          .orElse(null);
    }

    /** The latest thing known about the request: its last contact or its resolution. */
    LocalDate lastKnown() {
      LocalDate resolved = resolvedOn();
      return resolved != null && resolved.isAfter(lastContact()) ? resolved : lastContact();
    }
  }

  /** The person's contacts in any order, as requests in date order. */
  public static List<Request> of(List<Contact> contacts, int mergeDays, int windowMonths) {
    if (mergeDays < 0 || windowMonths < 1) {
      throw new IllegalArgumentException("merge days 0 or more, window 1 month or more");
    }
    List<Contact> sorted =
        contacts.stream()
            .sorted(Comparator.comparing(Contact::on).thenComparingLong(Contact::id))
            .toList();
    List<List<Contact>> groups = new ArrayList<>();
    for (Contact c : sorted) {
      List<Contact> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
      if (last != null && !c.on().isAfter(last.get(last.size() - 1).on().plusDays(mergeDays))) {
        last.add(c);
      } else {
        List<Contact> group = new ArrayList<>();
        group.add(c);
        groups.add(group);
      }
    }
    List<Request> requests = new ArrayList<>();
    Request before = null;
    for (List<Contact> group : groups) {
      LocalDate began = group.get(0).on();
      boolean repeat =
          before != null && !before.lastKnown().isBefore(began.minusMonths(windowMonths));
      Request r = new Request(List.copyOf(group), repeat, repeat ? before : null);
      requests.add(r);
      before = r;
    }
    return requests;
  }
}
