/**
 * Outcomes: the dashboard of counts for managers and leaders (contacts, repeats, resolutions,
 * reviews) with its downloads, and the quarterly Client Level Data extract for the national return.
 */
package org.casebook.outcome;
