package org.casebook.training.miti;

import static org.casebook.training.miti.Behaviour.AFFIRM;
import static org.casebook.training.miti.Behaviour.COMPLEX_REFLECTION;
import static org.casebook.training.miti.Behaviour.CONFRONT;
import static org.casebook.training.miti.Behaviour.EMPHASISING_AUTONOMY;
import static org.casebook.training.miti.Behaviour.GIVING_INFORMATION;
import static org.casebook.training.miti.Behaviour.PERSUADE;
import static org.casebook.training.miti.Behaviour.QUESTION;
import static org.casebook.training.miti.Behaviour.SEEKING_COLLABORATION;
import static org.casebook.training.miti.Behaviour.SIMPLE_REFLECTION;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The sample practice conversation (a social worker and Ivy, about getting back to her allotment)
 * and a practice educator's reference coding of it, for tests and demonstrations.
 */
final class AllotmentSample {

  static final String RESOURCE = "/training/sample-transcript-allotment.txt";

  private AllotmentSample() {}

  static String text() {
    try (InputStream in = AllotmentSample.class.getResourceAsStream(RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Transcript transcript() {
    return Transcript.parse(text()).transcript().orElseThrow();
  }

  /**
   * The reference codes, turn by turn, with why. Turn 29 (arranging the next visit) is a
   * structuring statement and has no code.
   */
  static List<CodedUtterance> referenceCodes() {
    return List.of(
        // Asks what Ivy would like to talk about.
        new CodedUtterance(1, SEEKING_COLLABORATION),
        // "It's been a good few months": close to her words.
        new CodedUtterance(3, SIMPLE_REFLECTION),
        // Adds what the plot means: her life with Frank.
        new CodedUtterance(5, COMPLEX_REFLECTION),
        new CodedUtterance(7, QUESTION),
        // Both sides of her ambivalence.
        new CodedUtterance(9, COMPLEX_REFLECTION),
        // A warning with an edge: "at your age".
        new CodedUtterance(11, CONFRONT),
        // The apology is not coded; the decision is hers; her strength named.
        new CodedUtterance(13, EMPHASISING_AUTONOMY, AFFIRM),
        // Adds "the company", then asks.
        new CodedUtterance(15, COMPLEX_REFLECTION, QUESTION),
        // Advice without permission.
        new CodedUtterance(17, PERSUADE),
        // Reflects, then asks permission to share ideas.
        new CodedUtterance(19, SIMPLE_REFLECTION, SEEKING_COLLABORATION),
        // Neutral information, then asks what she makes of it.
        new CodedUtterance(21, GIVING_INFORMATION, SEEKING_COLLABORATION),
        // "On your own terms": goes beyond what she said.
        new CodedUtterance(23, COMPLEX_REFLECTION),
        // Her careful thinking named, then asks.
        new CodedUtterance(25, AFFIRM, QUESTION),
        // Summary of her steps; offers a choice of who rings.
        new CodedUtterance(27, SIMPLE_REFLECTION, SEEKING_COLLABORATION),
        new CodedUtterance(29));
  }

  /** Cultivating change talk 4, softening sustain talk 3, partnership 4, empathy 4. */
  static Globals referenceGlobals() {
    return Globals.of(4, 3, 4, 4);
  }

  static Coding reference() {
    return new Coding(referenceCodes(), referenceGlobals());
  }
}
