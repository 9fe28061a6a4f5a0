package org.casebook.language.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.casebook.language.Category;
import org.casebook.language.LanguageService;
import org.casebook.security.CurrentUser;

/**
 * The language checker for other council systems: {@code POST /api/language/check} with the text as
 * {@code text/plain}, answered with the findings (UTF-16 offsets of the text as sent), from the
 * council's lexicon as it stands (the shipped entries it uses and its own).
 */
@Path("language")
@RequestScoped
public class LanguageResource {

  @Inject LanguageService language;
  @Inject CurrentUser currentUser;

  /**
   * One finding as the API gives it; {@code replacement} (left out when there is none) is the words
   * that can stand in place of the text as they are.
   */
  public record Item(
      int start,
      int end,
      String text,
      Category category,
      String suggestion,
      String explanation,
      String replacement) {}

  /** The answer: every finding, in order. */
  public record Findings(List<Item> findings) {}

  @POST
  @Path("check")
  @Consumes(MediaType.TEXT_PLAIN)
  @Produces(MediaType.APPLICATION_JSON)
  public Findings check(String text) {
    return new Findings(
        language.check(currentUser.caller(), text).stream()
            .map(
                f ->
                    new Item(
                        f.start(),
                        f.end(),
                        f.text(),
                        f.category(),
                        f.suggestion(),
                        f.explanation(),
                        f.replacement()))
            .toList());
  }
}
