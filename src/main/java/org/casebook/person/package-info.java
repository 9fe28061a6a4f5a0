/**
 * The person register: the people a team works with, found by name, date of birth, NHS number or
 * postcode, seen only by their own team (and, when restricted, only by named workers and managers).
 */
package org.casebook.person;
