package org.casebook.contact;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A person's front-door history worked out from scratch: which request each contact belongs to,
 * whether each request repeats the one before within 3, 6 and 12 months, and for each resolution
 * when the person next made a new request. Worked out again whenever a contact or resolution is
 * added, because either can be entered late.
 */
public final class RequestHistory {

  /** The windows the dashboard reports; the council marks repeats by one of them. */
  public static final List<Integer> WINDOWS = List.of(3, 6, 12);

  private RequestHistory() {}

  public record ContactIn(long id, LocalDate on) {}

  /**
   * A resolution: the first contact of the request it resolves (null when there was none recorded)
   * and when.
   */
  public record ResolutionIn(long id, Long contactId, LocalDate resolvedOn) {}

  /** Where one contact stands. */
  public record Placed(
      boolean requestStart,
      LocalDate began,
      Long previousId,
      boolean repeat3,
      boolean repeat6,
      boolean repeat12) {}

  /** Contacts placed by id, and the date each resolution's person came back (absent if not). */
  public record Outcome(Map<Long, Placed> contacts, Map<Long, LocalDate> cameBack) {}

  public static Outcome of(
      List<ContactIn> contacts, List<ResolutionIn> resolutions, int mergeDays) {
    Map<Long, LocalDate> resolvedOn = new HashMap<>();
    for (ResolutionIn r : resolutions) {
      if (r.contactId() != null) {
        resolvedOn.merge(r.contactId(), r.resolvedOn(), (a, b) -> a.isAfter(b) ? a : b);
      }
    }
    List<Requests.Contact> in =
        contacts.stream()
            .map(c -> new Requests.Contact(c.id(), c.on(), resolvedOn.get(c.id())))
            .toList();
    List<Requests.Request> by3 = Requests.of(in, mergeDays, 3);
    List<Requests.Request> by6 = Requests.of(in, mergeDays, 6);
    List<Requests.Request> by12 = Requests.of(in, mergeDays, 12);

    Map<Long, Placed> placed = new HashMap<>();
    Map<Long, Long> requestOf = new HashMap<>();
    for (int i = 0; i < by3.size(); i++) {
      Requests.Request request = by3.get(i);
      long first = request.contacts().get(0).id();
      Long previous = i == 0 ? null : by3.get(i - 1).contacts().get(0).id();
      for (Requests.Contact c : request.contacts()) {
        placed.put(
            c.id(),
            new Placed(
                c.id() == first,
                request.began(),
                previous,
                request.repeat(),
                by6.get(i).repeat(),
                by12.get(i).repeat()));
        requestOf.put(c.id(), first);
      }
    }

    Map<Long, LocalDate> cameBack = new HashMap<>();
    for (ResolutionIn r : resolutions) {
      Long own = r.contactId() == null ? null : requestOf.get(r.contactId());
      by3.stream()
          .filter(q -> !Objects.equals(q.contacts().get(0).id(), own))
          .map(Requests.Request::began)
          .filter(d -> !d.isBefore(r.resolvedOn()))
          .min(LocalDate::compareTo)
          .ifPresent(d -> cameBack.put(r.id(), d));
    }
    return new Outcome(placed, cameBack);
  }
}
