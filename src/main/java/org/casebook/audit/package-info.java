/**
 * The access log: every time anyone opens, creates or changes a person's record, who did it, when
 * and through which page or API call. Managers and administrators read it per person.
 */
package org.casebook.audit;
