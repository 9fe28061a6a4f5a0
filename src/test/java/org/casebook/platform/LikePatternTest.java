package org.casebook.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LikePatternTest {

  @Test
  void wildcardsAndTheEscapeCharacterMatchThemselves() {
    assertEquals("100!%", LikePattern.escape("100%"));
    assertEquals("o!_her", LikePattern.escape("o_her"));
    assertEquals("wow!!", LikePattern.escape("wow!"));
    assertEquals("%garden%", LikePattern.containing("garden"));
    assertEquals("%50!% off%", LikePattern.containing("50% off"));
  }
}
