package org.casebook.asset.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.casebook.asset.Assets;
import org.casebook.asset.PostcodeCsv;
import org.casebook.platform.Messages;
import org.casebook.platform.web.Pages;
import org.casebook.security.CurrentUser;

/**
 * Directory editors load the council's postcode directory (postcode, latitude, longitude, ward), so
 * the directory can search from a person's postcode.
 */
@Named
@ViewScoped
public class LoadPostcodes implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int MAX_MEGABYTES = 50;

  @Inject Assets assets;
  @Inject CurrentUser currentUser;

  private transient Part file;
  private long known;
  private Assets.PostcodesLoaded loaded;
  private int skipped;
  private List<String> problems = List.of();

  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    if (!assets.mayEdit(currentUser.caller())) {
      Pages.notFound();
      return;
    }
    known = assets.countPostcodes(currentUser.caller());
  }

  public void upload() {
    loaded = null;
    problems = List.of();
    if (file == null || file.getSize() == 0) {
      Pages.fieldError("f:file", Messages.text("postcodes.file.required"));
      return;
    }
    if (file.getSize() > MAX_MEGABYTES * 1024L * 1024L) {
      Pages.fieldError("f:file", Messages.text("postcodes.file.tooBig", MAX_MEGABYTES));
      return;
    }
    PostcodeCsv.Result read;
    try (Reader in = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
      read = PostcodeCsv.read(in);
    } catch (IOException e) {
      Pages.fieldError("f:file", Messages.text("postcodes.file.unreadable"));
      return;
    }
    if (!read.ok()) {
      Pages.fieldError("f:file", Messages.text(read.fatal()));
      return;
    }
    loaded = assets.loadPostcodes(currentUser.caller(), read.rows());
    skipped = read.skipped();
    problems = read.problems();
    known = assets.countPostcodes(currentUser.caller());
    Pages.info("postcodes.loaded", loaded.added(), loaded.updated(), skipped);
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public long getKnown() {
    return known;
  }

  public Assets.PostcodesLoaded getLoaded() {
    return loaded;
  }

  public int getSkipped() {
    return skipped;
  }

  public List<String> getProblems() {
    return problems;
  }

  public int getMaxMegabytes() {
    return MAX_MEGABYTES;
  }
}
