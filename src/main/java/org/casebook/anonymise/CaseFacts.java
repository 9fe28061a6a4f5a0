package org.casebook.anonymise;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What Casebook knows about a case, for anonymising its records. The case key seeds the pseudonyms
 * and the date shift (through HMAC-SHA256), so the same case always gets the same replacements and
 * different cases get different ones: use something that is not shown to trainees, such as the
 * record's internal identifier.
 *
 * @param today the day age bands are worked out on
 */
public record CaseFacts(
    String caseKey,
    List<KnownPerson> people,
    LocalDate dateOfBirth,
    List<KnownAddress> addresses,
    List<String> wards,
    LocalDate today) {

  public CaseFacts {
    Objects.requireNonNull(caseKey, "caseKey");
    people = people == null ? List.of() : List.copyOf(people);
    addresses = addresses == null ? List.of() : List.copyOf(addresses);
    wards = wards == null ? List.of() : List.copyOf(wards);
    today = today == null ? LocalDate.now(ZoneId.of("Europe/London")) : today;
  }

  public static Builder builder(String caseKey) {
    return new Builder(caseKey);
  }

  /** Never the facts themselves: they are personal data and must not reach a log. */
  @Override
  public String toString() {
    return "CaseFacts["
        + people.size()
        + " people, "
        + addresses.size()
        + " addresses, "
        + wards.size()
        + " wards]";
  }

  /** Builds the facts a piece at a time. */
  public static final class Builder {
    private final String caseKey;
    private final List<KnownPerson> people = new ArrayList<>();
    private final List<KnownAddress> addresses = new ArrayList<>();
    private final List<String> wards = new ArrayList<>();
    private LocalDate dateOfBirth;
    private LocalDate today;

    private Builder(String caseKey) {
      this.caseKey = caseKey;
    }

    public Builder person(KnownPerson person) {
      people.add(person);
      return this;
    }

    public Builder person(
        KnownPerson.Role role, String fullName, String preferredName, String... otherNames) {
      return person(new KnownPerson(role, fullName, preferredName, List.of(otherNames)));
    }

    public Builder dateOfBirth(LocalDate dateOfBirth) {
      this.dateOfBirth = dateOfBirth;
      return this;
    }

    public Builder address(String line, String postcode) {
      addresses.add(new KnownAddress(line, postcode));
      return this;
    }

    public Builder ward(String ward) {
      wards.add(ward);
      return this;
    }

    public Builder today(LocalDate today) {
      this.today = today;
      return this;
    }

    public CaseFacts build() {
      return new CaseFacts(caseKey, people, dateOfBirth, addresses, wards, today);
    }
  }
}
