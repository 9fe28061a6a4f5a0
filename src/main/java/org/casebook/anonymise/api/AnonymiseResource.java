package org.casebook.anonymise.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.casebook.anonymise.Kind;
import org.casebook.anonymise.Result;
import org.casebook.platform.Messages;
import org.casebook.platform.api.InvalidInput;
import org.casebook.security.CurrentUser;
import org.casebook.training.CaseAnonymisers;

/**
 * The anonymiser for other council systems: {@code POST /api/anonymise} with the text and the names
 * the caller knows, answered with the anonymised text and each replacement (offsets in the text as
 * sent). Any member of staff may use it: it reads no record, keeps nothing and logs nothing of what
 * was sent.
 */
@Path("anonymise")
@RequestScoped
public class AnonymiseResource {

  /** The longest text anonymised at once. */
  public static final int MAX_CHARACTERS = 1_000_000;

  /** The most names one request may give. */
  public static final int MAX_NAMES = 1_000;

  @Inject CaseAnonymisers anonymisers;
  @Inject CurrentUser currentUser;

  /** What is sent: the text, and the names known to be in it. */
  public static class Input {
    public String text;
    public List<String> names;
  }

  /** One replacement as the API gives it: where it was in the text sent, what kind, what now. */
  public record Item(int start, int end, Kind kind, String replacement) {}

  /** The answer: the anonymised text and every replacement, in order. */
  public record Answer(String text, List<Item> replacements) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Answer anonymise(Input input) {
    currentUser.caller();
    if (input == null || input.text == null) {
      throw new InvalidInput(Map.of("text", Messages.text("anonymise.text.required")));
    }
    if (input.text.length() > MAX_CHARACTERS) {
      throw new InvalidInput(
          Map.of("text", Messages.text("anonymise.text.tooLong", MAX_CHARACTERS)));
    }
    if (input.names != null && input.names.size() > MAX_NAMES) {
      throw new InvalidInput(Map.of("names", Messages.text("anonymise.names.tooMany", MAX_NAMES)));
    }
    Result r = anonymisers.anonymiser().anonymise(input.text, input.names);
    return new Answer(
        r.text(),
        r.replacements().stream()
            .map(x -> new Item(x.start(), x.end(), x.kind(), x.replacement()))
            .toList());
  }
}
