package org.casebook.training;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.casebook.anonymise.AnonymisedCase;
import org.casebook.anonymise.Anonymiser;
import org.casebook.anonymise.CaseFacts;
import org.casebook.anonymise.Flag;
import org.casebook.anonymise.KnownAddress;
import org.casebook.anonymise.KnownPerson;
import org.casebook.anonymise.NameLists;
import org.casebook.anonymise.Replacement;
import org.casebook.anonymise.Result;

/**
 * The anonymiser, built once with the shipped name lists, opened for one record at a time with what
 * Casebook knows about it, so every field of the record is anonymised the same way.
 */
@ApplicationScoped
public class CaseAnonymisers {

  private final Anonymiser anonymiser = new Anonymiser(NameLists.shipped());

  /** The anonymiser itself, for texts that come with names only (the API). */
  public Anonymiser anonymiser() {
    return anonymiser;
  }

  public SnapshotMaker.CaseAnonymiser forCase(CaseSource source) {
    List<KnownPerson> people = new ArrayList<>();
    people.add(
        new KnownPerson(
            KnownPerson.Role.PERSON, source.fullName(), source.preferredName(), List.of()));
    for (String name : source.networkNames()) {
      people.add(new KnownPerson(KnownPerson.Role.NETWORK, name));
    }
    for (String name : source.staffNames()) {
      people.add(new KnownPerson(KnownPerson.Role.WORKER, name));
    }
    List<KnownAddress> addresses = new ArrayList<>();
    if (source.address() != null || source.postcode() != null) {
      addresses.add(new KnownAddress(source.address(), source.postcode()));
    }
    CaseFacts facts =
        new CaseFacts(
            source.caseKey(),
            people,
            source.dateOfBirth(),
            addresses,
            source.ward() == null ? List.of() : List.of(source.ward()),
            source.today());
    AnonymisedCase open = anonymiser.open(facts);
    return text -> marks(open.anonymise(text));
  }

  static Anonymised marks(Result r) {
    List<Mark> replacements = new ArrayList<>();
    for (Replacement x : r.replacements()) {
      replacements.add(new Mark(x.outStart(), x.outEnd(), x.kind().name()));
    }
    List<Mark> flags = new ArrayList<>();
    for (Flag f : r.flags()) {
      flags.add(new Mark(f.start(), f.end(), f.reason()));
    }
    return new Anonymised(r.text(), replacements, flags);
  }
}
