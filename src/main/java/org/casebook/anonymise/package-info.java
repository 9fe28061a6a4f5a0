/**
 * Anonymisation of case records for the training library: known and unknown names become consistent
 * pseudonyms, identifiers become plain bracketed words, dates shift and dates of birth become age
 * bands, and rarer details are flagged for the reviewer. Plain Java, no container.
 */
package org.casebook.anonymise;
