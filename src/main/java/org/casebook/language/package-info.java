/**
 * Strengths-based language: a checker over a lexicon that is data, catching deficit, labelling,
 * jargon, power and stigmatising phrases while leaving the person's own quoted words alone.
 */
package org.casebook.language;
