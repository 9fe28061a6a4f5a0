package org.casebook.contact;

/**
 * The council's coded lists for the front door. Their values are data, aligned with the national
 * Adult Social Care Client Level Data return, so a council can word, add, reorder and retire them.
 */
public enum CodedList {
  /** Who got in touch. */
  SOURCE,
  /** How the person came to adult social care (CLD "Request_Route_of_Access"). */
  ROUTE,
  /** What happened next (CLD event outcome of the request). */
  NEXT_STEP;

  public String getMessageKey() {
    return "coded.list." + name();
  }
}
