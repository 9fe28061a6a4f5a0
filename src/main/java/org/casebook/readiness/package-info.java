/**
 * Readiness: the leaders' yearly self-assessment against the 18 questions of the readiness
 * framework for a community asset based approach, with theme scores, a radar chart and earlier
 * years beside it.
 */
package org.casebook.readiness;
