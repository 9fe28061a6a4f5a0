package org.casebook.asset.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.casebook.asset.AssetCategory;
import org.casebook.asset.DirectoryGaps;
import org.casebook.asset.WardGaps;
import org.casebook.asset.WardGapsCsv;
import org.casebook.platform.UkDates;
import org.casebook.platform.web.Pages;
import org.casebook.security.Caller;
import org.casebook.security.CurrentUser;

/**
 * Gaps by ward, for team managers and administrators. Anyone else who reaches the page (web.xml
 * lets every role into the directory) gets the "not allowed" page from the server.
 */
@Named
@RequestScoped
public class WardGapsPage {

  @Inject DirectoryGaps directoryGaps;
  @Inject CurrentUser currentUser;

  private DirectoryGaps.Report report;

  public void load() {
    try {
      report = directoryGaps.byWard(currentUser.caller());
    } catch (Caller.AccessDenied e) {
      Pages.forbidden();
    }
  }

  public DirectoryGaps.Report getReport() {
    return report;
  }

  public WardGaps getGaps() {
    return report == null ? null : report.gaps();
  }

  public List<AssetCategory> getCategories() {
    return Arrays.asList(AssetCategory.values());
  }

  public String getFrom() {
    return report == null ? "" : UkDates.show(report.from());
  }

  public String getTo() {
    return report == null ? "" : UkDates.show(report.to());
  }

  /** Assets per 10 conversations to one decimal place, or blank with no conversations. */
  public String ratio(Double ratio) {
    return WardGapsCsv.ratio(ratio);
  }

  public boolean isNothingToShow() {
    return report == null || report.gaps().rows().isEmpty();
  }
}
