/**
 * The front door: contacts about a person, how they arrived (route of access), what happened next,
 * and which requests are repeats of earlier ones.
 */
package org.casebook.contact;
