package org.casebook.conversation;

/** The three kinds of good-life planning conversation. */
public enum ConversationKind {
  /** Listen and connect: what matters, who is around, what is already there in the community. */
  LISTEN_AND_CONNECT,
  /** Work intensively with someone in crisis, to make things safe and stable. */
  WORK_INTENSIVELY,
  /** Build a good life: longer-term plans, goals and support. */
  BUILD_A_GOOD_LIFE
}
