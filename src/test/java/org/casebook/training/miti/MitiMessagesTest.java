package org.casebook.training.miti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Every message key the MITI classes name has a text in {@code i18n/miti.properties}, in words we
 * would use, and none clashes with the main bundle it will be merged into.
 */
class MitiMessagesTest {

  private static Properties load(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = MitiMessagesTest.class.getResourceAsStream(resource)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  /** Every key the API hands to pages. */
  private static List<String> keysNamed() throws IllegalAccessException {
    List<String> keys = new ArrayList<>();
    for (Behaviour b : Behaviour.values()) {
      keys.add(b.getNameKey());
      keys.add(b.getDescriptionKey());
    }
    for (Adherence a : Adherence.values()) {
      keys.add(a.getNameKey());
    }
    for (GlobalScore g : GlobalScore.values()) {
      keys.addAll(List.of(g.getNameKey(), g.getDescriptionKey(), g.getLowKey(), g.getHighKey()));
    }
    for (SummaryScore s : SummaryScore.values()) {
      keys.addAll(
          List.of(
              s.getNameKey(),
              s.getDescriptionKey(),
              s.getFormulaKey(),
              s.getThresholdKey(),
              s.getValueKey(),
              s.getNoDataKey()));
    }
    for (Level l : Level.values()) {
      keys.add(l.getNameKey());
    }
    for (Speaker s : Speaker.values()) {
      keys.add(s.getNameKey());
    }
    for (Class<?> c : List.of(TranscriptProblem.class, CodingProblem.class, GlobalsProblem.class)) {
      for (Field f : c.getFields()) {
        if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
          keys.add((String) f.get(null));
        }
      }
    }
    return keys;
  }

  @Test
  void everyKeyNamedHasAText() throws Exception {
    Properties miti = load("/i18n/miti.properties");
    List<String> keys = keysNamed();
    assertTrue(keys.size() > 80, "keys: " + keys.size());
    for (String key : keys) {
      assertTrue(miti.containsKey(key), "missing from miti.properties: " + key);
      assertFalse(miti.getProperty(key).isBlank(), key);
    }
  }

  @Test
  void noKeyClashesWithTheMainBundle() throws Exception {
    Properties miti = load("/i18n/miti.properties");
    Properties messages = load("/i18n/messages.properties");
    for (String key : miti.stringPropertyNames()) {
      assertTrue(key.startsWith("miti."), key);
      assertFalse(messages.containsKey(key), "already in messages.properties: " + key);
    }
  }

  @Test
  void textsAreAboutPeopleAndWorkAsMessageFormatPatterns() throws Exception {
    Properties miti = load("/i18n/miti.properties");
    for (String key : miti.stringPropertyNames()) {
      String text = miti.getProperty(key);
      String lower = text.toLowerCase(Locale.ROOT);
      assertFalse(lower.contains("service user"), key);
      assertFalse(lower.contains("client"), key);
      assertFalse(text.contains("'"), "typographic apostrophes only, for MessageFormat: " + key);
      String formatted = MessageFormat.format(text, "X", "Y", "Z");
      assertFalse(formatted.contains("{0}"), key);
    }
    assertEquals(
        "Line 3: “Karen” is a third speaker. A practice transcript has two: the practitioner and"
            + " the person. If this line carries on someone’s turn, take out the colon after"
            + " “Karen”.",
        MessageFormat.format(
            miti.getProperty("miti.transcript.problem.line"),
            3,
            MessageFormat.format(miti.getProperty(TranscriptProblem.THIRD_SPEAKER), "Karen")));
  }
}
