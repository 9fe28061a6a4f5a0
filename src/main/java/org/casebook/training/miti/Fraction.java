package org.casebook.training.miti;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * An exact fraction in lowest terms, so that a score exactly on a threshold (a reflection to
 * question ratio of 1, 40% complex reflections) meets it: no floating point is involved in any
 * comparison.
 *
 * <p>For showing, {@link #decimal(int)} and {@link #percent(int)} round down, never up. Every
 * threshold is a round number at the places shown, so a score shown as meeting a threshold meets
 * it, and one below a threshold is never shown as reaching it (39.96% shows as 39.9%, not 40.0%).
 */
public record Fraction(long numerator, long denominator) implements Comparable<Fraction> {

  public Fraction {
    if (denominator == 0) {
      throw new IllegalArgumentException("A fraction cannot have 0 below the line");
    }
    if (denominator < 0) {
      numerator = Math.negateExact(numerator);
      denominator = Math.negateExact(denominator);
    }
    long gcd = gcd(Math.abs(numerator), denominator);
    numerator /= gcd;
    denominator /= gcd;
  }

  /** The fraction, or empty ("no data") when the denominator is 0. */
  public static Optional<Fraction> of(long numerator, long denominator) {
    return denominator == 0 ? Optional.empty() : Optional.of(new Fraction(numerator, denominator));
  }

  /** A whole number. */
  public static Fraction whole(long n) {
    return new Fraction(n, 1);
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a == 0 ? 1 : a;
  }

  @Override
  public int compareTo(Fraction o) {
    return Long.compare(
        Math.multiplyExact(numerator, o.denominator), Math.multiplyExact(o.numerator, denominator));
  }

  /** At least {@code o}. */
  public boolean atLeast(Fraction o) {
    return compareTo(o) >= 0;
  }

  /** To this many decimal places, rounded down (towards minus infinity). */
  public BigDecimal decimal(int places) {
    return BigDecimal.valueOf(numerator)
        .divide(BigDecimal.valueOf(denominator), places, RoundingMode.FLOOR);
  }

  /** As a percentage (×100) to this many decimal places, rounded down. */
  public BigDecimal percent(int places) {
    return BigDecimal.valueOf(numerator)
        .multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(denominator), places, RoundingMode.FLOOR);
  }

  /** The nearest double, for charts; never for comparing. */
  public double doubleValue() {
    return (double) numerator / denominator;
  }

  @Override
  public String toString() {
    return denominator == 1 ? Long.toString(numerator) : numerator + "/" + denominator;
  }
}
