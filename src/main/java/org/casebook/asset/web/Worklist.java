package org.casebook.asset.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.casebook.asset.Asset;
import org.casebook.asset.AssetFlag;
import org.casebook.asset.Assets;
import org.casebook.platform.EditConflict;
import org.casebook.platform.NotFound;
import org.casebook.platform.RuleViolation;
import org.casebook.platform.web.Pages;
import org.casebook.security.CurrentUser;

/** The directory editors' worklist: workers' flags, and assets due to be checked. */
@Named
@ViewScoped
public class Worklist implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SHOW_DUE = 100;

  @Inject Assets assets;
  @Inject CurrentUser currentUser;

  private List<AssetFlag> flags = List.of();
  private List<Asset> due = List.of();
  private long dueCount;

  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    if (!assets.mayEdit(currentUser.caller())) {
      Pages.notFound();
      return;
    }
    refresh();
  }

  private void refresh() {
    flags = assets.openFlags(currentUser.caller());
    due = assets.dueForVerification(currentUser.caller(), SHOW_DUE);
    dueCount = assets.countDueForVerification(currentUser.caller());
  }

  public void dismiss(long flagId) {
    try {
      assets.dismissFlag(currentUser.caller(), flagId);
      Pages.info("worklist.flag.dismissed");
    } catch (EditConflict | NotFound | RuleViolation e) {
      Pages.error("asset.flag.alreadyResolved");
    }
    refresh();
  }

  public void verify(long assetId, int version) {
    try {
      assets.verify(currentUser.caller(), assetId, version);
      Pages.info("asset.page.verified.done");
    } catch (EditConflict | NotFound e) {
      Pages.error("asset.edit.conflict.reloaded");
    } catch (RuleViolation e) {
      Pages.error(e);
    }
    refresh();
  }

  public List<AssetFlag> getFlags() {
    return flags;
  }

  public List<Asset> getDue() {
    return due;
  }

  public long getDueCount() {
    return dueCount;
  }

  public int getShowDue() {
    return SHOW_DUE;
  }

  public int getVerifyEveryDays() {
    return assets.verifyEveryDays();
  }
}
