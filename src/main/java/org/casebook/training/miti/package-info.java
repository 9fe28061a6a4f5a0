/**
 * Motivational interviewing practice coding with the MITI 4.2.1: a practice transcript parsed into
 * turns, coded turn by turn and rated on the four globals, its summary scores against the published
 * thresholds, and the agreement between two coders of the same transcript.
 *
 * <p>Plain Java with no container dependency: pages and storage sit on top of {@link
 * org.casebook.training.miti.Transcript}, {@link org.casebook.training.miti.Coding}, {@link
 * org.casebook.training.miti.MitiSummary} and {@link org.casebook.training.miti.Agreement}. Nothing
 * here throws for what a person typed: problems come back as data with a message key from {@code
 * i18n/miti.properties}.
 */
package org.casebook.training.miti;
