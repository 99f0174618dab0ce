package org.newsrel.brat;

import java.util.Objects;

/** A brat {@code #} line: {@code #1 AnnotatorNotes T66 free text}. */
public record Note(String id, String type, String targetId, String text, int line) {

  /**
   * How an attribution's confidence is written in our scheme: an {@code AnnotatorNotes} line on
   * the event whose text starts with this, then the probability ({@code confidence=0.8123}).
   */
  public static final String CONFIDENCE_PREFIX = "confidence=";

  public Note {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(targetId, "targetId");
    Objects.requireNonNull(text, "text");
  }
}
