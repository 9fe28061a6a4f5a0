package org.casebook.anonymise;

/** What a replacement stands for. */
public enum Kind {
  /** A name Casebook knew in advance (the person, their network, workers). */
  KNOWN_NAME,
  /** A person's name not known in advance. */
  NAME,
  NHS_NUMBER,
  /** A National Insurance number. */
  NI_NUMBER,
  POSTCODE,
  PHONE,
  EMAIL,
  /** A date of birth, given as an age band. */
  DATE_OF_BIRTH,
  /** Any other date, shifted by the case's offset. */
  DATE,
  /** A house number and street, a flat, or a known address line. */
  ADDRESS,
  /** A known electoral ward or area name. */
  WARD,
  /** An age of 90 or more, given as "over 90". */
  AGE
}
