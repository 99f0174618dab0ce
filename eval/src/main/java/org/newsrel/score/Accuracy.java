package org.newsrel.score;

import java.util.OptionalDouble;

/** {@code correct} out of {@code total}; empty ({@link Ratio}) when nothing was counted. */
public record Accuracy(int correct, int total) {

  public static final Accuracy ZERO = new Accuracy(0, 0);

  public Accuracy {
    if (correct < 0 || total < correct) {
      throw new IllegalArgumentException("bad accuracy " + correct + "/" + total);
    }
  }

  public static Accuracy of(boolean correct) {
    return new Accuracy(correct ? 1 : 0, 1);
  }

  public OptionalDouble value() {
    return Ratio.of(correct, total);
  }

  public Accuracy plus(Accuracy o) {
    return new Accuracy(correct + o.correct, total + o.total);
  }

  @Override
  public String toString() {
    return correct + "/" + total + " = " + Ratio.format(value());
  }
}
