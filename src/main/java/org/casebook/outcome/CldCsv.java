package org.casebook.outcome;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.casebook.platform.Csv;

/**
 * The Client Level Data extract as a CSV file in the layout of the national return: its column
 * names, in its order, for the columns Casebook holds; dates as YYYY-MM-DD; UTF-8 without a byte
 * order mark, CRLF line ends. It carries no name, NHS number, date of birth or postcode.
 */
public final class CldCsv {

  /** The national return's own words for Casebook's rows: people, and requests. */
  public static final String CLIENT_TYPE = "Service User";

  public static final String EVENT_TYPE = "Request";

  public static final List<String> COLUMNS =
      List.of(
          "LA_Code",
          "Reporting_Period_Start_Date",
          "Reporting_Period_End_Date",
          "LA_Person_Unique_Identifier",
          "Client_Type",
          "Event_Type",
          "Event_Reference",
          "Event_Start_Date",
          "Event_End_Date",
          "Event_Outcome",
          "Request_Route_of_Access");

  private CldCsv() {}

  public static byte[] write(String laCode, ReportingQuarter quarter, List<CldRow> rows) {
    StringBuilder csv = new StringBuilder();
    Csv.line(csv, COLUMNS);
    String code = laCode == null ? "" : laCode.strip();
    for (CldRow r : rows) {
      Csv.line(
          csv,
          List.of(
              code,
              quarter.start().toString(),
              quarter.end().toString(),
              r.person(),
              CLIENT_TYPE,
              EVENT_TYPE,
              Long.toString(r.reference()),
              r.start().toString(),
              r.end().toString(),
              r.outcome(),
              r.route()));
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** "client-level-data-2026-27-Q3.csv". */
  public static String fileName(ReportingQuarter quarter) {
    return "client-level-data-" + quarter.financialYear() + "-Q" + quarter.quarter() + ".csv";
  }
}
