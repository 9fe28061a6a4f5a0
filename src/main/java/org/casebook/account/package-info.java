/**
 * Staff accounts and teams: who works in Casebook, in which team and role. Administrators create,
 * edit, deactivate and reset them; nothing is ever deleted.
 */
package org.casebook.account;
