package org.newsrel.score;

/**
 * The four evaluation schemes of SemEval-2013 task 9.1 as implemented by nervaluate
 * (github.com/MantisAI/nervaluate, README.md and src/nervaluate/strategies.py).
 */
public enum NerScheme {
  /** Exact boundaries and same type. */
  STRICT(false),
  /** Exact boundaries, type ignored. */
  EXACT(false),
  /** Overlapping boundaries count half (PAR), type ignored. */
  PARTIAL(true),
  /** Some overlap and same type. */
  TYPE(true);

  private final boolean halfCreditForPartial;

  NerScheme(boolean halfCreditForPartial) {
    this.halfCreditForPartial = halfCreditForPartial;
  }

  /** Whether precision and recall use {@code COR + 0.5·PAR} (partial and type) or {@code COR}. */
  public boolean halfCreditForPartial() {
    return halfCreditForPartial;
  }

  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
