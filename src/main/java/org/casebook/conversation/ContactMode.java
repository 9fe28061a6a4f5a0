package org.casebook.conversation;

/** How the conversation happened. */
public enum ContactMode {
  VISIT,
  PHONE,
  VIDEO
}
