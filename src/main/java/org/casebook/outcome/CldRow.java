package org.casebook.outcome;

import java.time.LocalDate;

/**
 * One request event of the Client Level Data extract, with the person already pseudonymised.
 *
 * @param person the pseudonymous person identifier ({@link Pseudonyms})
 * @param reference the event's reference: the id of the contact that began the request
 * @param start the day the request began
 * @param end the day what happened next was decided: the resolution's date if one was recorded for
 *     the request, else the day of the contact
 * @param outcome what happened next, as reported ({@code CodedValue.reported()})
 * @param route the route of access, as reported
 */
public record CldRow(
    String person, long reference, LocalDate start, LocalDate end, String outcome, String route) {}
