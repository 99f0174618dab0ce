package org.newsrel;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.util.ErasureUtils;
import java.util.List;
import org.newsrel.core.EntityMention;
import org.newsrel.core.Event;
import org.newsrel.core.LayoutSpan;

/**
 * The keys newsrel's annotators write on a document {@code Annotation}. Values are
 * immutable lists of records holding offsets and strings, never CoreNLP tokens.
 */
public final class NewsrelAnnotations {

  private NewsrelAnnotations() {}

  /** Entity layer: every entity mention, sorted by offset, with canonical ids filled. */
  public static final class EntityMentionsAnnotation implements CoreAnnotation<List<EntityMention>> {
    @Override
    public Class<List<EntityMention>> getType() {
      return ErasureUtils.uncheckedCast(List.class);
    }
  }

  /** Attribution layer: Attribution / Attribution-no-source events, sorted by trigger offset. */
  public static final class AttributionsAnnotation implements CoreAnnotation<List<Event>> {
    @Override
    public Class<List<Event>> getType() {
      return ErasureUtils.uncheckedCast(List.class);
    }
  }

  /** Relation layer: Capture, Kill and any other rule-file relation, sorted by trigger offset. */
  public static final class RelationEventsAnnotation implements CoreAnnotation<List<Event>> {
    @Override
    public Class<List<Event>> getType() {
      return ErasureUtils.uncheckedCast(List.class);
    }
  }

  /**
   * News layout: datelines, bylines, photo credits, headlines and boilerplate lines, sorted
   * by offset, never overlapping (written by {@code newsrel_layout} before the sentence
   * splitter; the extractors take no argument from a span whose kind blocks extraction).
   */
  public static final class LayoutAnnotation implements CoreAnnotation<List<LayoutSpan>> {
    @Override
    public Class<List<LayoutSpan>> getType() {
      return ErasureUtils.uncheckedCast(List.class);
    }
  }
}
