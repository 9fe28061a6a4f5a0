/**
 * What the dashboards share: figures as captioned tables with a chart drawn from each, rates and
 * averages that say "no data" rather than 0, and the same tables written as CSV, spreadsheet and
 * PDF downloads, so the page and the files cannot disagree.
 */
package org.casebook.report;
