package org.casebook.training;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.casebook.training.miti.Behaviour;
import org.casebook.training.miti.CodedUtterance;
import org.casebook.training.miti.Coding;
import org.casebook.training.miti.GlobalScore;
import org.casebook.training.miti.Globals;

/**
 * A MITI coding as kept with an attempt: the codes given to each turn (by the codes' names) and the
 * four global ratings. Read back as the MITI package's {@link Coding}.
 */
public class MitiAnswer {

  private static final Jsonb JSONB = JsonbBuilder.create();

  private Map<String, List<String>> codes = new TreeMap<>();
  private Map<String, Integer> globals = new LinkedHashMap<>();

  public Map<String, List<String>> getCodes() {
    return codes;
  }

  public void setCodes(Map<String, List<String>> codes) {
    this.codes = codes == null ? new TreeMap<>() : new TreeMap<>(codes);
  }

  public Map<String, Integer> getGlobals() {
    return globals;
  }

  public void setGlobals(Map<String, Integer> globals) {
    this.globals = globals == null ? new LinkedHashMap<>() : new LinkedHashMap<>(globals);
  }

  /** The answer from what a page holds: codes by turn number, ratings by global. */
  public static MitiAnswer of(
      Map<Integer, List<Behaviour>> byTurn, Map<GlobalScore, Integer> rated) {
    MitiAnswer a = new MitiAnswer();
    byTurn.forEach(
        (turn, list) -> {
          if (list != null && !list.isEmpty()) {
            a.codes.put(String.valueOf(turn), list.stream().map(Enum::name).toList());
          }
        });
    rated.forEach(
        (g, r) -> {
          if (r != null) {
            a.globals.put(g.name(), r);
          }
        });
    return a;
  }

  public Coding coding() {
    List<CodedUtterance> coded = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : codes.entrySet()) {
      List<Behaviour> list = new ArrayList<>();
      for (String name : e.getValue()) {
        Behaviour.find(name).ifPresent(list::add);
      }
      coded.add(new CodedUtterance(Integer.parseInt(e.getKey()), list));
    }
    Map<GlobalScore, Integer> ratings = new EnumMap<>(GlobalScore.class);
    for (Map.Entry<String, Integer> e : globals.entrySet()) {
      for (GlobalScore g : GlobalScore.values()) {
        if (g.name().equals(e.getKey())) {
          ratings.put(g, e.getValue());
        }
      }
    }
    return new Coding(coded, Globals.of(ratings));
  }

  public String toJson() {
    return JSONB.toJson(this);
  }

  public static MitiAnswer fromJson(String json) {
    return json == null || json.isBlank()
        ? new MitiAnswer()
        : JSONB.fromJson(json, MitiAnswer.class);
  }
}
