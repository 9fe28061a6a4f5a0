package org.casebook.conversation;

/** The part of the ecomap a person in someone's network belongs to. */
public enum NetworkGroup {
  FAMILY,
  FRIENDS,
  NEIGHBOURS,
  COMMUNITY,
  PROFESSIONALS
}
