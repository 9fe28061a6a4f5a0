package org.casebook.conversation;

import jakarta.json.bind.annotation.JsonbTransient;
import java.util.UUID;
import org.casebook.platform.Texts;

/** Someone in the person's life, as drawn on the ecomap. */
public class NetworkMember implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  public static final int CLOSENESS_MIN = 1;
  public static final int CLOSENESS_MAX = 5;

  private String key = UUID.randomUUID().toString();
  private String name;
  private String relationship;
  private NetworkGroup group;
  private Integer closeness;
  private ContactFrequency contact;
  private String supportGiven;
  private String supportReceived;

  public NetworkMember() {}

  public NetworkMember(String name, String relationship, NetworkGroup group, Integer closeness) {
    this.name = name;
    this.relationship = relationship;
    this.group = group;
    this.closeness = closeness;
  }

  /** Someone in the person's network with how often they are in touch and the support each way. */
  public NetworkMember(
      String name,
      String relationship,
      NetworkGroup group,
      Integer closeness,
      ContactFrequency contact,
      String supportGiven,
      String supportReceived) {
    this(name, relationship, group, closeness);
    this.contact = contact;
    this.supportGiven = supportGiven;
    this.supportReceived = supportReceived;
  }

  boolean isBlank() {
    return Texts.isBlank(name)
        && Texts.isBlank(relationship)
        && group == null
        && closeness == null
        && contact == null
        && Texts.isBlank(supportGiven)
        && Texts.isBlank(supportReceived);
  }

  /** The name as shown: the relationship alone when no name was given. */
  @JsonbTransient
  public String getLabel() {
    String shown = Texts.oneLine(name);
    return shown != null ? shown : Texts.oneLine(relationship);
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getRelationship() {
    return relationship;
  }

  public void setRelationship(String relationship) {
    this.relationship = relationship;
  }

  public NetworkGroup getGroup() {
    return group;
  }

  public void setGroup(NetworkGroup group) {
    this.group = group;
  }

  public Integer getCloseness() {
    return closeness;
  }

  public void setCloseness(Integer closeness) {
    this.closeness = closeness;
  }

  public ContactFrequency getContact() {
    return contact;
  }

  public void setContact(ContactFrequency contact) {
    this.contact = contact;
  }

  /** What this person does for the person the conversation is about. */
  public String getSupportGiven() {
    return supportGiven;
  }

  public void setSupportGiven(String supportGiven) {
    this.supportGiven = supportGiven;
  }

  /** What the person the conversation is about does for them. */
  public String getSupportReceived() {
    return supportReceived;
  }

  public void setSupportReceived(String supportReceived) {
    this.supportReceived = supportReceived;
  }
}
