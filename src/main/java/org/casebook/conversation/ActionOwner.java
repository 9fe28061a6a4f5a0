package org.casebook.conversation;

/** Who agreed to do something. */
public enum ActionOwner {
  THE_PERSON,
  NETWORK_MEMBER,
  COMMUNITY_GROUP,
  THE_COUNCIL
}
