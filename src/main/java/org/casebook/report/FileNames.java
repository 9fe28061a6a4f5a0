package org.casebook.report;

import java.text.Normalizer;
import java.util.Locale;

/** Names for downloaded files, made from what the figures are for. */
public final class FileNames {

  private static final int MOST = 40;

  private FileNames() {}

  /** Plain letters and digits joined by hyphens, safe in any file name and header. */
  public static String slug(String words) {
    String plain =
        Normalizer.normalize(words, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (plain.length() > MOST) {
      plain = plain.substring(0, MOST).replaceAll("-+$", "");
    }
    return plain.isEmpty() ? "x" : plain;
  }
}
