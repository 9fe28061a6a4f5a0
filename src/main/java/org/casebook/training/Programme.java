package org.casebook.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.casebook.platform.FieldProblem;
import org.casebook.platform.FieldsRefused;

/**
 * A skills programme run by trainers: staff enrolled in it are its trainees, who see the library
 * and do the exercises set in it. Closed programmes keep their work; their trainees no longer see
 * the training area through them.
 */
@Entity
@Table(name = "training_programme")
public class Programme {

  public static final int NAME_MAX = 200;
  public static final int DESCRIPTION_MAX = 5_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = NAME_MAX)
  private String name;

  @Lob @Column private String description;

  @Column(name = "created_by", nullable = false, updatable = false)
  private long createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Version private int version;

  protected Programme() {}

  Programme(String name, String description, long by, Instant at) {
    describe(name, description);
    this.createdBy = by;
    this.createdAt = at;
  }

  /** Names and describes the programme: a name is needed. */
  void describe(String typedName, String typedDescription) {
    Map<String, FieldProblem> problems = new LinkedHashMap<>();
    String n = typedName == null ? "" : typedName.strip();
    if (n.isEmpty()) {
      problems.put("name", new FieldProblem("training.programme.name.required"));
    } else if (n.length() > NAME_MAX) {
      problems.put("name", new FieldProblem("field.tooLong", NAME_MAX));
    }
    String d = typedDescription == null ? null : typedDescription.replace("\r\n", "\n").strip();
    if (d != null && d.length() > DESCRIPTION_MAX) {
      problems.put("description", new FieldProblem("field.tooLong", DESCRIPTION_MAX));
    }
    if (!problems.isEmpty()) {
      throw new FieldsRefused(problems);
    }
    this.name = n;
    this.description = d == null || d.isEmpty() ? null : d;
  }

  void close(Instant at) {
    if (closedAt == null) {
      closedAt = at;
    }
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public long getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public boolean isClosed() {
    return closedAt != null;
  }

  public int getVersion() {
    return version;
  }
}
