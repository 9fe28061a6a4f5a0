package org.casebook.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.text.Normalizer;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.casebook.platform.FieldProblem;
import org.casebook.platform.FieldsRefused;
import org.casebook.platform.Texts;

/**
 * One value of a coded list: the words people see, the value it is reported as in the Client Level
 * Data return, and (for "what happened next") what it means for the dashboard. Values in use are
 * never deleted: a value the council no longer uses is retired, so old contacts keep their words.
 */
@Entity
@Table(name = "coded_value")
public class CodedValue {

  public static final int LABEL_MAX = 150;
  public static final int CODE_MAX = 40;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "list_name", nullable = false, updatable = false, length = 20)
  private CodedList list;

  @Column(nullable = false, updatable = false, length = CODE_MAX)
  private String code;

  @Column(nullable = false, length = LABEL_MAX)
  private String label;

  @Column(name = "cld_value", length = LABEL_MAX)
  private String cldValue;

  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private NextStepMeaning meaning;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 60)
  private String updatedBy;

  @Version private int version;

  protected CodedValue() {}

  public CodedValue(
      CodedList list,
      String label,
      String cldValue,
      NextStepMeaning meaning,
      int position,
      String by,
      Instant at) {
    this.list = Objects.requireNonNull(list);
    change(label, cldValue, meaning, true, by, at);
    this.code = codeFor(this.label);
    this.position = position;
  }

  /** Changes the words, the reported value, the meaning and whether it is still offered. */
  public final void change(
      String label,
      String cldValue,
      NextStepMeaning meaning,
      boolean active,
      String by,
      Instant at) {
    Map<String, FieldProblem> problems = problems(list, label, cldValue, meaning);
    if (!problems.isEmpty()) {
      throw new FieldsRefused(problems);
    }
    this.label = Texts.oneLine(label);
    this.cldValue = Texts.oneLine(cldValue);
    this.meaning = list == CodedList.NEXT_STEP ? meaning : null;
    this.active = active;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  public void moveTo(int position) {
    this.position = position;
  }

  /** What must be put right before a value can be kept, field by field. */
  public static Map<String, FieldProblem> problems(
      CodedList list, String label, String cldValue, NextStepMeaning meaning) {
    Map<String, FieldProblem> problems = new LinkedHashMap<>();
    String l = Texts.oneLine(label);
    if (l == null) {
      problems.put("label", new FieldProblem("coded.label.required"));
    } else if (l.length() > LABEL_MAX) {
      problems.put("label", new FieldProblem("field.tooLong", LABEL_MAX));
    }
    String c = Texts.oneLine(cldValue);
    if (c != null && c.length() > LABEL_MAX) {
      problems.put("cldValue", new FieldProblem("field.tooLong", LABEL_MAX));
    }
    if (list == CodedList.NEXT_STEP && meaning == null) {
      problems.put("meaning", new FieldProblem("coded.meaning.required"));
    }
    return problems;
  }

  /**
   * A stable code from the first words of the label: "Discharge from hospital" →
   * DISCHARGE_FROM_HOSPITAL.
   */
  static String codeFor(String label) {
    String plain =
        Normalizer.normalize(label, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toUpperCase(Locale.ROOT)
            .replaceAll("[^A-Z0-9]+", "_")
            .replaceAll("^_+|_+$", "");
    if (plain.isEmpty()) {
      plain = "VALUE";
    }
    return plain.length() > CODE_MAX - 9 ? plain.substring(0, CODE_MAX - 9) : plain;
  }

  /** Makes the code unique within its list when another value already has it. */
  void distinguish(int n) {
    this.code = codeFor(label) + "_" + n;
  }

  public Long getId() {
    return id;
  }

  public CodedList getList() {
    return list;
  }

  public String getCode() {
    return code;
  }

  public String getLabel() {
    return label;
  }

  public String getCldValue() {
    return cldValue;
  }

  /** What the Client Level Data extract reports: the CLD value, or the label when none is set. */
  public String reported() {
    return cldValue == null ? label : cldValue;
  }

  public NextStepMeaning getMeaning() {
    return meaning;
  }

  public int getPosition() {
    return position;
  }

  public boolean isActive() {
    return active;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public int getVersion() {
    return version;
  }
}
