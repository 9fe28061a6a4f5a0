package org.casebook.asset.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.casebook.asset.oruk.DirectoryImports;
import org.casebook.asset.oruk.ImportRun;
import org.casebook.asset.oruk.ImportRunLine;
import org.casebook.asset.oruk.OrukDocument;
import org.casebook.platform.Messages;
import org.casebook.platform.RuleViolation;
import org.casebook.platform.web.Pages;
import org.casebook.security.CurrentUser;

/**
 * Importing an Open Referral UK file into the directory (/directory/import.xhtml), for directory
 * editors. The import runs on the server in the background; the page shows its progress from the
 * database, so leaving the page and coming back (or another editor looking) shows the same.
 */
@Named
@ViewScoped
public class ImportDirectory implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The largest file the page accepts (web.xml lets a little more through, to say so here). */
  public static final int MAX_MEGABYTES = 50;

  static final int RECENT = 20;

  @Inject DirectoryImports imports;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  private boolean mayImport;
  private Long reportRunId;

  // Uploaded files and entities are not kept with the view: read afresh on each request.
  private transient Part file;
  private transient ImportRun running;
  private transient boolean runningRead;
  private transient List<ImportRun> recent;
  private transient List<ImportRunLine> report;

  @PostConstruct
  void init() {
    mayImport = imports.mayImport(currentUser.caller());
  }

  /** Starts the import of the chosen file, or says next to the field what is wrong with it. */
  public void start() {
    forget();
    if (!mayImport) {
      Pages.error("access.denied");
      return;
    }
    if (file == null || file.getSize() == 0) {
      Pages.fieldError("f:file", Messages.text("oruk.import.file.required"));
      return;
    }
    if (file.getSize() > MAX_MEGABYTES * 1024L * 1024L) {
      Pages.fieldError("f:file", Messages.text("oruk.import.file.tooBig", MAX_MEGABYTES));
      return;
    }
    try {
      ImportRun run = imports.start(currentUser.caller(), fileName(file), file.getInputStream());
      // Back to the page by GET, so reloading it does not send the file again.
      Pages.info("oruk.page.started", run.getTotal());
      Pages.keepMessages();
      Pages.redirect("/directory/import.xhtml");
    } catch (OrukDocument.Unreadable e) {
      Pages.fieldError("f:file", Messages.text(e.messageKey()));
    } catch (RuleViolation e) {
      Pages.error(e);
    } catch (IOException e) {
      Pages.fieldError("f:file", Messages.text("oruk.import.file.notJson"));
    } finally {
      file = null;
    }
  }

  /** The poll: progress is read again from the database. */
  public void refresh() {
    forget();
  }

  public void showReport(long runId) {
    forget();
    reportRunId = runId;
  }

  public void hideReport() {
    forget();
    reportRunId = null;
  }

  private void forget() {
    running = null;
    runningRead = false;
    recent = null;
    report = null;
  }

  private static String fileName(Part part) {
    String name = part.getSubmittedFileName();
    if (name == null) {
      return "-";
    }
    // Some browsers send the whole path of the file on the person's computer.
    return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  }

  public boolean isMayImport() {
    return mayImport;
  }

  /** Read with the list, so the progress and the list on one page always agree. */
  public ImportRun getRunning() {
    if (!runningRead && mayImport) {
      running =
          getRecent().stream()
              .filter(r -> r.isRunning() && !r.isStalled(clock.instant()))
              .findFirst()
              .orElse(null);
      runningRead = true;
    }
    return running;
  }

  public boolean isImportRunning() {
    return getRunning() != null;
  }

  public List<ImportRun> getRecent() {
    if (recent == null) {
      recent = mayImport ? imports.recent(currentUser.caller(), RECENT) : List.of();
    }
    return recent;
  }

  /** Shown as stopped: failed, or still "running" long after the server stopped. */
  public String statusKey(ImportRun run) {
    return run.isStalled(clock.instant())
        ? "oruk.status.STALLED"
        : "oruk.status." + run.getStatus().name();
  }

  public Long getReportRunId() {
    return reportRunId;
  }

  public ImportRun getReportRun() {
    if (reportRunId == null || !mayImport) {
      return null;
    }
    return getRecent().stream()
        .filter(r -> r.getId().equals(reportRunId))
        .findFirst()
        .orElseGet(() -> imports.get(currentUser.caller(), reportRunId));
  }

  public List<ImportRunLine> getReport() {
    if (report == null) {
      report =
          reportRunId == null || !mayImport
              ? List.of()
              : imports.report(currentUser.caller(), reportRunId);
    }
    return report;
  }

  /** What happened to a service, in words: the fields that changed, or why it was not taken. */
  public String detail(ImportRunLine line) {
    if (!line.getChanged().isEmpty()) {
      return line.getChanged().stream()
          .map(f -> Messages.text("oruk.field." + f))
          .collect(Collectors.joining(", "));
    }
    return line.getReason() == null ? "" : line.getReason();
  }

  public int getReportMax() {
    return ImportRunLine.REPORT_MAX;
  }

  public int getMaxMegabytes() {
    return MAX_MEGABYTES;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
