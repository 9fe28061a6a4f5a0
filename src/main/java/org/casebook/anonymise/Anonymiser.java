package org.casebook.anonymise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Anonymises case records for the training library. Built once from the shipped {@link NameLists}
 * and shared: it holds nothing about any case. {@link #open} gives a case whose texts are all
 * anonymised with the same pseudonyms and date shift.
 *
 * <p>Pseudonyms and date shifts come from the case key by HMAC-SHA256. Give the installation's own
 * secret (from configuration, never committed) so that someone who guesses a case key cannot
 * recompute them; without one the case key alone is used.
 */
public final class Anonymiser {

  private final NameLists lists;
  private final Flags flags;
  private final byte[] secret;

  public Anonymiser(NameLists lists) {
    this(lists, null);
  }

  public Anonymiser(NameLists lists, byte[] secret) {
    this.lists = lists;
    this.flags = new Flags(lists);
    this.secret = secret == null ? null : secret.clone();
  }

  /** An anonymiser with the shipped lists and no installation secret. */
  public static Anonymiser shipped() {
    return new Anonymiser(NameLists.shipped());
  }

  public AnonymisedCase open(CaseFacts facts) {
    return new AnonymisedCase(lists, flags, facts, secret);
  }

  /**
   * One text with the names the caller knows (as the REST API takes them): each name is a known
   * name of role OTHER, and the case key is derived from the names, so the same names give the same
   * pseudonyms.
   */
  public Result anonymise(String text, List<String> names) {
    List<String> given = names == null ? List.of() : names;
    CaseFacts.Builder facts =
        CaseFacts.builder(
            "names|"
                + given.stream()
                    .filter(n -> n != null && !n.isBlank())
                    .map(n -> NameLists.fold(n.strip()))
                    .sorted()
                    .collect(Collectors.joining("|")));
    for (String name : new ArrayList<>(given)) {
      if (name != null && !name.isBlank()) {
        facts.person(new KnownPerson(KnownPerson.Role.OTHER, name.strip()));
      }
    }
    return open(facts.build()).anonymise(text);
  }

  @Override
  public String toString() {
    int[] sizes = lists.sizes();
    return String.format(
        Locale.ROOT, "Anonymiser[%d first names, %d surnames]", sizes[0], sizes[1]);
  }
}
