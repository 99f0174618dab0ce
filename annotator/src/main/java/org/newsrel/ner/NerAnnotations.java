package org.newsrel.ner;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.util.ErasureUtils;
import java.util.Map;

/** Keys the entity layer writes besides {@code NewsrelAnnotations.EntityMentionsAnnotation}. */
public final class NerAnnotations {

  private NerAnnotations() {}

  /** Acronyms defined or recognised in the document, mapped to their expansion ("NIS" to "National Intelligence Service"). */
  public static final class AcronymsAnnotation implements CoreAnnotation<Map<String, String>> {
    @Override
    public Class<Map<String, String>> getType() {
      return ErasureUtils.uncheckedCast(Map.class);
    }
  }
}
