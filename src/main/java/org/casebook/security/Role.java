package org.casebook.security;

/** The kinds of Casebook user. The names are the Jakarta Security group names. */
public enum Role {
  SOCIAL_WORKER,
  TEAM_MANAGER,
  TRAINER,
  /** A leader (head of service): sees the outcomes of every team as counts, and no one's record. */
  LEADER,
  ADMIN;

  /** Social workers and team managers work with people's records, so they belong to a team. */
  public boolean needsTeam() {
    return this == SOCIAL_WORKER || this == TEAM_MANAGER;
  }

  /** Only these roles ever see identifiable records of people. */
  public boolean worksWithPeople() {
    return this == SOCIAL_WORKER || this == TEAM_MANAGER;
  }

  public String messageKey() {
    return "role." + name();
  }
}
