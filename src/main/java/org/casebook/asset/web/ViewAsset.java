package org.casebook.asset.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.casebook.asset.Asset;
import org.casebook.asset.AssetFlag;
import org.casebook.asset.AssetLink;
import org.casebook.asset.AssetLinks;
import org.casebook.asset.Assets;
import org.casebook.asset.FlagReason;
import org.casebook.asset.LinkStatus;
import org.casebook.platform.EditConflict;
import org.casebook.platform.Messages;
import org.casebook.platform.NotFound;
import org.casebook.platform.RuleViolation;
import org.casebook.platform.Texts;
import org.casebook.platform.web.Pages;
import org.casebook.security.CurrentUser;

/**
 * One community asset: its details, what came of connecting people with it (counts only), flags for
 * the editors, and for editors checking, retiring and bringing it back.
 */
@Named
@ViewScoped
public class ViewAsset implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Assets assets;
  @Inject AssetLinks links;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  private Long id;
  private Long conversation;
  private Asset asset;
  private AssetLinks.Context context;
  private AssetLink link;
  private Assets.Outcomes outcomes;
  private List<AssetFlag> openFlags = List.of();
  private boolean editor;

  private FlagReason flagReason;
  private String flagNote;
  private String retireReason;

  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    if (id == null) {
      Pages.notFound();
      return;
    }
    try {
      refresh();
      if (conversation != null) {
        context = links.context(currentUser.caller(), conversation, Pages.channel());
        link = links.linkOf(currentUser.caller(), context.personId(), id).orElse(null);
      }
    } catch (NotFound | RuleViolation e) {
      Pages.notFound();
    }
  }

  private void refresh() {
    asset = assets.get(currentUser.caller(), id);
    editor = assets.mayEdit(currentUser.caller());
    outcomes = assets.outcomes(currentUser.caller(), id);
    openFlags =
        editor
            ? assets.flags(currentUser.caller(), id).stream().filter(f -> !f.isResolved()).toList()
            : List.of();
  }

  public void flag() {
    if (flagReason == null) {
      Pages.fieldError("flag:reason", Messages.text("asset.flag.reasonRequired"));
      return;
    }
    if (flagReason == FlagReason.OTHER && Texts.isBlank(flagNote)) {
      Pages.fieldError("flag:note", Messages.text("asset.flag.noteRequired"));
      return;
    }
    if (Texts.storedLength(flagNote) > AssetFlag.NOTE_MAX) {
      Pages.fieldError("flag:note", Messages.text("field.tooLong", AssetFlag.NOTE_MAX));
      return;
    }
    try {
      assets.flag(currentUser.caller(), id, flagReason, flagNote);
      flagReason = null;
      flagNote = null;
      refresh();
      Pages.info("asset.page.flag.done");
    } catch (RuleViolation e) {
      Pages.error(e);
    }
  }

  public void verify() {
    act(
        () -> assets.verify(currentUser.caller(), id, asset.getVersion()),
        "asset.page.verified.done");
  }

  public void retire() {
    if (Texts.isBlank(retireReason)) {
      Pages.fieldError("editor:retireReason", Messages.text("asset.retire.reasonRequired"));
      return;
    }
    act(
        () -> assets.retire(currentUser.caller(), id, asset.getVersion(), retireReason),
        "asset.page.retired.done");
    retireReason = null;
  }

  public void reinstate() {
    act(
        () -> assets.reinstate(currentUser.caller(), id, asset.getVersion()),
        "asset.page.reinstated.done");
  }

  public void suggest() {
    if (context == null) {
      return;
    }
    try {
      link =
          links.suggest(currentUser.caller(), context.conversationId(), id, null, Pages.channel());
      Pages.info("directory.suggested", asset.getName(), context.knownAs());
    } catch (RuleViolation e) {
      Pages.error(e);
    }
  }

  private void act(Runnable action, String doneKey) {
    try {
      action.run();
      refresh();
      Pages.info(doneKey);
    } catch (EditConflict e) {
      refresh();
      Pages.error("asset.edit.conflict.reloaded");
    } catch (RuleViolation e) {
      Pages.error(e);
    }
  }

  public boolean isDue() {
    return asset.isDueForVerification(LocalDate.now(clock), assets.verifyEveryDays());
  }

  public int getVerifyEveryDays() {
    return assets.verifyEveryDays();
  }

  public List<DayOfWeek> getDays() {
    return List.of(DayOfWeek.values());
  }

  public List<FlagReason> getFlagReasons() {
    return List.of(FlagReason.values());
  }

  public List<LinkStatus> getStatuses() {
    return List.of(LinkStatus.values());
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getConversation() {
    return conversation;
  }

  public void setConversation(Long conversation) {
    this.conversation = conversation;
  }

  public Asset getAsset() {
    return asset;
  }

  public AssetLinks.Context getContext() {
    return context;
  }

  public AssetLink getLink() {
    return link;
  }

  public Assets.Outcomes getOutcomes() {
    return outcomes;
  }

  public List<AssetFlag> getOpenFlags() {
    return openFlags;
  }

  public boolean isEditor() {
    return editor;
  }

  public FlagReason getFlagReason() {
    return flagReason;
  }

  public void setFlagReason(FlagReason flagReason) {
    this.flagReason = flagReason;
  }

  public String getFlagNote() {
    return flagNote;
  }

  public void setFlagNote(String flagNote) {
    this.flagNote = flagNote;
  }

  public String getRetireReason() {
    return retireReason;
  }

  public void setRetireReason(String retireReason) {
    this.retireReason = retireReason;
  }
}
