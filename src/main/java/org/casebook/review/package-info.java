/**
 * Reviews of what came of a person's support: goal attainment and its T-score, Key Human
 * Indicators, and whether the resolution lasted.
 */
package org.casebook.review;
