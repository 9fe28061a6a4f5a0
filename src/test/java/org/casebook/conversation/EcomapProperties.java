package org.casebook.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.casebook.conversation.EcomapTest.Drawn;

class EcomapProperties {

  @Provide
  Arbitrary<List<NetworkMember>> networks() {
    Arbitrary<String> words =
        Arbitraries.oneOf(
                Arbitraries.strings().alpha().withChars(" -'&<>\"").ofMinLength(0).ofMaxLength(40),
                Arbitraries.strings().all().ofMinLength(0).ofMaxLength(12),
                Arbitraries.of("Sue", "Dr Patel", "Age UK lunch club", "Mrs Hargreaves-Smith"))
            .injectNull(0.2);
    Arbitrary<NetworkGroup> groups = Arbitraries.of(NetworkGroup.class).injectNull(0.15);
    Arbitrary<Integer> closeness = Arbitraries.integers().between(0, 6).injectNull(0.2);
    Arbitrary<NetworkMember> members =
        Combinators.combine(words, words, groups, closeness).as(NetworkMember::new);
    return members.list().ofMinSize(0).ofMaxSize(45);
  }

  @Property(tries = 150)
  void anyNetworkIsDrawnWellFormedWithNothingClippedOverlappingOrHidden(
      @ForAll("networks") List<NetworkMember> network) {
    String svg = Ecomap.svg("Margaret", network, EcomapTest.labels());
    Drawn drawn = Drawn.of(svg);
    long shown = network.stream().filter(m -> m.getLabel() != null).count();
    assertEquals(shown, drawn.members().size());
    assertEquals(shown, drawn.lines().size());
    EcomapTest.assertNoCoordinateOutside(drawn);
    EcomapTest.assertNothingOverlapsOrHides(drawn);
    assertEquals(svg, Ecomap.svg("Margaret", network, EcomapTest.labels()));
  }
}
