/**
 * Who is signed in and what they may do: the sign-in page and HTTP Basic for the API, the database
 * identity store with lock-out, roles, and the current user.
 */
package org.casebook.security;
