package org.newsrel.json;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.Arrays;
import java.util.List;

/** Character offsets of a document's tokens, to report spans as token ranges. */
public record TokenIndex(int[] begins, int[] ends) {

  public static TokenIndex of(Annotation doc) {
    List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
    int n = tokens == null ? 0 : tokens.size();
    int[] b = new int[n];
    int[] e = new int[n];
    for (int i = 0; i < n; i++) {
      b[i] = tokens.get(i).beginPosition();
      e[i] = tokens.get(i).endPosition();
    }
    return new TokenIndex(b, e);
  }

  /** Index of the first token ending after {@code begin}. */
  public int firstToken(int begin) {
    int i = Arrays.binarySearch(ends, begin + 1);
    i = i >= 0 ? i : -i - 1;
    // binarySearch finds some token with end >= begin+1; step back over equal ends
    while (i > 0 && ends[i - 1] > begin) {
      i--;
    }
    return i;
  }

  /** One past the index of the last token starting before {@code end}. */
  public int endToken(int end) {
    int i = Arrays.binarySearch(begins, end);
    return i >= 0 ? i : -i - 1;
  }
}
