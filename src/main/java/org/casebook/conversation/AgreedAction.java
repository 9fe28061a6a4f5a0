package org.casebook.conversation;

import java.util.UUID;
import org.casebook.platform.Texts;

/** Who will do what, by when. Ticking it off later does not change the signed conversation. */
public class AgreedAction implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  private String key = UUID.randomUUID().toString();
  private ActionOwner owner;
  private String networkKey;
  private String ownerName;
  private String what;
  private String byWhen;

  public AgreedAction() {}

  public AgreedAction(ActionOwner owner, String ownerName, String what, String byWhen) {
    this.owner = owner;
    this.ownerName = ownerName;
    this.what = what;
    this.byWhen = byWhen;
  }

  boolean isBlank() {
    return owner == null
        && Texts.isBlank(networkKey)
        && Texts.isBlank(ownerName)
        && Texts.isBlank(what)
        && Texts.isBlank(byWhen);
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public ActionOwner getOwner() {
    return owner;
  }

  public void setOwner(ActionOwner owner) {
    this.owner = owner;
  }

  /** The network member who will do it, when the owner is a network member. */
  public String getNetworkKey() {
    return networkKey;
  }

  public void setNetworkKey(String networkKey) {
    this.networkKey = networkKey;
  }

  /** The group, team or person's name when it is not a network member. */
  public String getOwnerName() {
    return ownerName;
  }

  public void setOwnerName(String ownerName) {
    this.ownerName = ownerName;
  }

  public String getWhat() {
    return what;
  }

  public void setWhat(String what) {
    this.what = what;
  }

  /** As typed; checked when the conversation is finalised. */
  public String getByWhen() {
    return byWhen;
  }

  public void setByWhen(String byWhen) {
    this.byWhen = byWhen;
  }
}
