package org.casebook.person.web;

import java.io.Serializable;
import java.time.LocalDate;
import org.casebook.person.Person;
import org.casebook.person.PersonDetails;

/** What the add/change form holds while the worker types; nothing here is saved until Save. */
public class PersonForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String fullName;
  private String preferredName;
  private String pronouns;
  private LocalDate dateOfBirth;
  private String nhsNumber;
  private String address;
  private String postcode;
  private String ward;
  private String communicationNeeds;
  private String aboutMe;

  static PersonForm of(Person p) {
    PersonForm f = new PersonForm();
    f.fullName = p.getFullName();
    f.preferredName = p.getPreferredName();
    f.pronouns = p.getPronouns();
    f.dateOfBirth = p.getDateOfBirth();
    f.nhsNumber = p.getNhsNumberFormatted();
    f.address = p.getAddress();
    f.postcode = p.getPostcode();
    f.ward = p.getWard();
    f.communicationNeeds = p.getCommunicationNeeds();
    f.aboutMe = p.getAboutMe();
    return f;
  }

  PersonDetails details() {
    return new PersonDetails(
        fullName,
        preferredName,
        pronouns,
        dateOfBirth,
        nhsNumber,
        address,
        postcode,
        ward,
        communicationNeeds,
        aboutMe);
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getPreferredName() {
    return preferredName;
  }

  public void setPreferredName(String preferredName) {
    this.preferredName = preferredName;
  }

  public String getPronouns() {
    return pronouns;
  }

  public void setPronouns(String pronouns) {
    this.pronouns = pronouns;
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

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getPostcode() {
    return postcode;
  }

  public void setPostcode(String postcode) {
    this.postcode = postcode;
  }

  public String getWard() {
    return ward;
  }

  public void setWard(String ward) {
    this.ward = ward;
  }

  public String getCommunicationNeeds() {
    return communicationNeeds;
  }

  public void setCommunicationNeeds(String communicationNeeds) {
    this.communicationNeeds = communicationNeeds;
  }

  public String getAboutMe() {
    return aboutMe;
  }

  public void setAboutMe(String aboutMe) {
    this.aboutMe = aboutMe;
  }
}
