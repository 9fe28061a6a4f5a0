package org.casebook.anonymise;

/**
 * One piece of the submitted text replaced: where it was (UTF-16 offsets of the submitted text, end
 * exclusive), what it was, what stands there now and where (offsets of the output text). The
 * original words are never kept here, so nothing personal can reach a log through it.
 */
public record Replacement(
    int start, int end, Kind kind, String replacement, int outStart, int outEnd) {

  @Override
  public String toString() {
    return kind
        + "["
        + start
        + ","
        + end
        + ") -> \""
        + replacement
        + "\" ["
        + outStart
        + ","
        + outEnd
        + ")";
  }
}
