package org.casebook.person.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casebook.person.People;
import org.casebook.person.Person;
import org.casebook.person.PersonDetails;
import org.casebook.person.PersonSearch;
import org.casebook.platform.Messages;
import org.casebook.platform.api.InvalidInput;
import org.casebook.security.CurrentUser;

/**
 * People over REST, for integrations. Same rules as the pages: only social workers and managers,
 * only their own team's people, restricted records only for named workers; each read of a record is
 * in the access log.
 */
@Path("people")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PersonResource {

  @Inject People people;
  @Inject CurrentUser currentUser;
  @Context UriInfo uri;

  /** One line of a search result: enough to tell people apart, no more. */
  public record Summary(
      long id, String fullName, String preferredName, LocalDate dateOfBirth, String postcode) {
    static Summary of(Person p) {
      return new Summary(
          p.getId(), p.getFullName(), p.getPreferredName(), p.getDateOfBirth(), p.getPostcode());
    }
  }

  /** A whole record. */
  public record Record(
      long id,
      int version,
      String team,
      String leadWorker,
      boolean restricted,
      String fullName,
      String preferredName,
      String pronouns,
      LocalDate dateOfBirth,
      String nhsNumber,
      String address,
      String postcode,
      String ward,
      String communicationNeeds,
      String aboutMe) {
    static Record of(Person p) {
      return new Record(
          p.getId(),
          p.getVersion(),
          p.getTeam().getName(),
          p.getLeadWorker() == null ? null : p.getLeadWorker().getUsername(),
          p.isRestricted(),
          p.getFullName(),
          p.getPreferredName(),
          p.getPronouns(),
          p.getDateOfBirth(),
          p.getNhsNumber(),
          p.getAddress(),
          p.getPostcode(),
          p.getWard(),
          p.getCommunicationNeeds(),
          p.getAboutMe());
    }
  }

  /** What a caller sends to add or change a person; dates as YYYY-MM-DD. */
  public record Input(
      Integer version,
      String fullName,
      String preferredName,
      String pronouns,
      String dateOfBirth,
      String nhsNumber,
      String address,
      String postcode,
      String ward,
      String communicationNeeds,
      String aboutMe) {}

  @GET
  public List<Summary> search(
      @QueryParam("name") String name,
      @QueryParam("dateOfBirth") String dateOfBirth,
      @QueryParam("nhsNumber") String nhsNumber,
      @QueryParam("postcode") String postcode) {
    Map<String, String> problems = new LinkedHashMap<>();
    LocalDate dob = parseDate(dateOfBirth, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    PersonSearch search = new PersonSearch(name, dob, nhsNumber, postcode);
    List<Person> found =
        search.isEmpty()
            ? people.mine(currentUser.caller())
            : people.search(currentUser.caller(), search);
    return found.stream().map(Summary::of).toList();
  }

  @GET
  @Path("{id: [0-9]{1,18}}")
  public Record get(@PathParam("id") long id) {
    return Record.of(people.open(currentUser.caller(), id, channel("GET")));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(Input input) {
    Person created =
        people.create(
            currentUser.caller(),
            details(input),
            new People.Allocation(
                currentUser.isSocialWorker() ? currentUser.caller().accountId() : null,
                false,
                List.of()),
            channel("POST"));
    return Response.created(uri.getAbsolutePathBuilder().path(created.getId().toString()).build())
        .entity(Record.of(created))
        .build();
  }

  @PUT
  @Path("{id: [0-9]{1,18}}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Record update(@PathParam("id") long id, Input input) {
    if (input == null || input.version() == null) {
      throw new InvalidInput(Map.of("version", Messages.text("api.versionRequired")));
    }
    return Record.of(
        people.update(
            currentUser.caller(), id, input.version(), details(input), null, channel("PUT")));
  }

  private String channel(String method) {
    return "API " + method + " /api/" + uri.getPath().replaceFirst("^/", "");
  }

  private static PersonDetails details(Input input) {
    if (input == null) {
      throw new InvalidInput(Map.of("fullName", Messages.text("person.fullName.required")));
    }
    Map<String, String> problems = new LinkedHashMap<>();
    LocalDate dob = parseDate(input.dateOfBirth(), problems);
    PersonDetails details =
        new PersonDetails(
            input.fullName(),
            input.preferredName(),
            input.pronouns(),
            dob,
            input.nhsNumber(),
            input.address(),
            input.postcode(),
            input.ward(),
            input.communicationNeeds(),
            input.aboutMe());
    details
        .problems(LocalDate.now())
        .forEach(
            (field, p) -> problems.putIfAbsent(field, Messages.text(p.messageKey(), p.limit())));
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return details;
  }

  private static LocalDate parseDate(String text, Map<String, String> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      problems.put("dateOfBirth", Messages.text("api.dateFormat"));
      return null;
    }
  }
}
