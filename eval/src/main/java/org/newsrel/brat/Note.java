package org.newsrel.brat;

import java.util.Objects;

/** A brat {@code #} line: {@code #1 AnnotatorNotes T66 free text}. */
public record Note(String id, String type, String targetId, String text, int line) {
  public Note {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(targetId, "targetId");
    Objects.requireNonNull(text, "text");
  }
}
