package org.casebook.asset.oruk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/**
 * One line of an import's report: which service, and what changed in it (field names) or why it was
 * not taken. Unchanged services have no line; only the first {@link #REPORT_MAX} lines of an import
 * are kept.
 */
@Entity
@Table(name = "import_run_line")
public class ImportRunLine {

  public static final int REPORT_MAX = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "run_id", nullable = false)
  private long runId;

  @Column(name = "line_no", nullable = false)
  private int lineNo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ImportRun.Outcome outcome;

  @Column(name = "service_id", length = 100)
  private String serviceId;

  @Column(name = "service_name", length = 150)
  private String serviceName;

  /** Field names, comma separated ({@link AssetChanges#NAMES}, and lastVerifiedOn). */
  @Column(length = 500)
  private String changed;

  @Column(length = 1000)
  private String reason;

  protected ImportRunLine() {}

  ImportRunLine(
      long runId,
      int lineNo,
      ImportRun.Outcome outcome,
      String serviceId,
      String serviceName,
      List<String> changed,
      String reason) {
    this.runId = runId;
    this.lineNo = lineNo;
    this.outcome = outcome;
    this.serviceId = ImportRun.cut(serviceId, 100);
    this.serviceName = ImportRun.cut(serviceName, 150);
    this.changed = changed == null || changed.isEmpty() ? null : String.join(",", changed);
    this.reason = ImportRun.cut(reason, 1000);
  }

  public Long getId() {
    return id;
  }

  public long getRunId() {
    return runId;
  }

  public int getLineNo() {
    return lineNo;
  }

  public ImportRun.Outcome getOutcome() {
    return outcome;
  }

  public String getServiceId() {
    return serviceId;
  }

  public String getServiceName() {
    return serviceName;
  }

  /** The names of the fields that changed, in form order. */
  public List<String> getChanged() {
    return changed == null ? List.of() : Arrays.asList(changed.split(","));
  }

  public String getReason() {
    return reason;
  }
}
