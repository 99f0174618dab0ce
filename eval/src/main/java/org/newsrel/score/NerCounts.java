package org.newsrel.score;

import java.util.OptionalDouble;

/**
 * SemEval-2013 / nervaluate categories: correct, incorrect, partial, missed, spurious.
 * {@code POSSIBLE = COR+INC+PAR+MIS}, {@code ACTUAL = COR+INC+PAR+SPU}. For strict and exact,
 * P = COR/ACT and R = COR/POS; for partial and type, P = (COR + 0.5·PAR)/ACT and
 * R = (COR + 0.5·PAR)/POS. F1 is their harmonic mean, computed as {@code 2·credit/(ACT+POS)}
 * so that, like {@link Prf#f1()}, it is 0 rather than empty when only one of P and R is
 * defined; empty values follow {@link Ratio}.
 */
public record NerCounts(NerScheme scheme, int cor, int inc, int par, int mis, int spu) {

  public NerCounts {
    if (cor < 0 || inc < 0 || par < 0 || mis < 0 || spu < 0) {
      throw new IllegalArgumentException("negative count");
    }
  }

  public static NerCounts zero(NerScheme scheme) {
    return new NerCounts(scheme, 0, 0, 0, 0, 0);
  }

  public int possible() {
    return cor + inc + par + mis;
  }

  public int actual() {
    return cor + inc + par + spu;
  }

  private double credit() {
    return scheme.halfCreditForPartial() ? cor + 0.5 * par : cor;
  }

  public OptionalDouble precision() {
    return Ratio.of(credit(), actual());
  }

  public OptionalDouble recall() {
    return Ratio.of(credit(), possible());
  }

  public OptionalDouble f1() {
    return Ratio.of(2 * credit(), actual() + possible());
  }

  public NerCounts plus(NerCounts o) {
    if (o.scheme != scheme) {
      throw new IllegalArgumentException("cannot add " + o.scheme + " to " + scheme);
    }
    return new NerCounts(scheme, cor + o.cor, inc + o.inc, par + o.par, mis + o.mis, spu + o.spu);
  }

  /** {@code strict COR=2 INC=3 PAR=0 MIS=0 SPU=0}. */
  @Override
  public String toString() {
    return scheme.key() + " COR=" + cor + " INC=" + inc + " PAR=" + par + " MIS=" + mis + " SPU=" + spu;
  }
}
