package org.casebook.report;

import java.util.Arrays;
import java.util.Optional;

/** The files a report is downloaded as, each with its extension and content type. */
public enum ReportFormat {
  CSV("csv", "text/csv; charset=UTF-8"),
  XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
  PDF("pdf", "application/pdf");

  private final String extension;
  private final String contentType;

  ReportFormat(String extension, String contentType) {
    this.extension = extension;
    this.contentType = contentType;
  }

  public String extension() {
    return extension;
  }

  public String contentType() {
    return contentType;
  }

  /** The format a download's address asks for by its ending ("/outcomes/export.xlsx"). */
  public static Optional<ReportFormat> ofPath(String path) {
    return Arrays.stream(values()).filter(f -> path.endsWith("." + f.extension)).findFirst();
  }

  /** The report written in this format. */
  public byte[] write(Report report) {
    return switch (this) {
      case CSV -> ReportCsv.write(report);
      case XLSX -> ReportXlsx.write(report);
      case PDF -> ReportPdf.write(report);
    };
  }
}
