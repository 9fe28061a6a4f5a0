package org.casebook.language.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.casebook.language.Category;
import org.casebook.language.LexiconRow;
import org.casebook.language.Lexicons;
import org.casebook.platform.web.Pages;
import org.casebook.security.Caller;
import org.casebook.security.CurrentUser;

/**
 * The council's lexicon, for administrators: every entry, shipped and the council's own, found by
 * words, category and source. The filter is a plain GET form, so a filtered list can be bookmarked.
 */
@Named
@RequestScoped
public class LexiconPage {

  @Inject Lexicons lexicons;
  @Inject CurrentUser currentUser;

  private String search;
  private String category;
  private String source;
  private List<LexiconRow> all = List.of();
  private List<LexiconRow> rows = List.of();

  public void load() {
    try {
      all = lexicons.rows(currentUser.caller());
    } catch (Caller.AccessDenied e) {
      Pages.forbidden();
      return;
    }
    Category c = parse(Category.class, category);
    LexiconRow.Source s = parse(LexiconRow.Source.class, source);
    rows = all.stream().filter(r -> r.matches(search, c, s)).toList();
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String name) {
    try {
      return name == null || name.isBlank() ? null : Enum.valueOf(type, name);
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  public List<LexiconRow> getRows() {
    return rows;
  }

  public int getTotal() {
    return all.size();
  }

  public List<Category> getCategories() {
    return List.of(Category.values());
  }

  public List<LexiconRow.Source> getSources() {
    return List.of(LexiconRow.Source.values());
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }
}
