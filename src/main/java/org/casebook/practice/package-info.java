/**
 * Practice audit: each signed conversation's practice figures, the monthly case-file audit a team
 * manager carries out against the practice principles (a reproducible random sample per worker, or
 * records added by hand), the manager's feedback and the worker's response.
 */
package org.casebook.practice;
