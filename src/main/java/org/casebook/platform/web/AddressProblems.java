package org.casebook.platform.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casebook.platform.FieldProblem;
import org.casebook.platform.Messages;

/**
 * Problems with the choices in a page's address (a GET form, such as a dashboard's filter): the
 * words for each field, to show beside it, and the same as a list for the summary at the top, each
 * linking to its field ({@code /WEB-INF/includes/problem-summary.xhtml}).
 */
public final class AddressProblems {

  private final Map<String, String> texts = new LinkedHashMap<>();

  /** Adds problems by field name; the first problem with a field is the one shown. */
  public void add(Map<String, FieldProblem> found) {
    found.forEach((field, problem) -> texts.putIfAbsent(field, Messages.text(problem)));
  }

  /** Each field's problem in words, by field name. */
  public Map<String, String> getTexts() {
    return Collections.unmodifiableMap(texts);
  }

  public boolean isAny() {
    return !texts.isEmpty();
  }

  public boolean has(String field) {
    return texts.containsKey(field);
  }

  /** A problem in the summary at the top, linking to its field. */
  public record Problem(String field, String text) {
    public String getAnchor() {
      return "#" + field;
    }

    public String getText() {
      return text;
    }
  }

  public List<Problem> getList() {
    return texts.entrySet().stream().map(e -> new Problem(e.getKey(), e.getValue())).toList();
  }
}
