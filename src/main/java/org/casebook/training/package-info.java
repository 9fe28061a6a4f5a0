/**
 * Training: the anonymised case library (a trainer prepares an anonymised snapshot of a signed
 * conversation, never seeing the original; a second trainer approves it), and the exercises built
 * on it. Nothing here ever returns a person's identifiable details to a trainer or a trainee.
 */
package org.casebook.training;
