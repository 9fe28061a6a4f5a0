package org.casebook.training;

import java.time.LocalDate;
import java.util.List;
import org.casebook.conversation.ConversationNotes;

/**
 * What Casebook knows about a signed conversation that the anonymiser needs, read on the server and
 * never shown: the person's names, date of birth, address, postcode and ward, the names of the
 * people in their network, and the names of staff. The case key makes replacements the same every
 * time the same record is anonymised, and different from any other record's.
 */
public record CaseSource(
    String caseKey,
    String fullName,
    String preferredName,
    LocalDate dateOfBirth,
    String address,
    String postcode,
    String ward,
    List<String> networkNames,
    List<String> staffNames,
    ConversationNotes notes,
    LocalDate today) {

  @Override
  public String toString() {
    return "CaseSource[…]";
  }
}
