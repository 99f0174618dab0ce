package org.newsrel.brat;

import java.util.Objects;

/**
 * A brat {@code N} line: {@code N1 Reference T7 newsrel:angela-merkel Angela Merkel}.
 *
 * @param resource the part of the reference before the colon ({@code newsrel})
 * @param entryId the part after it ({@code volodymyr-zelensky})
 * @param entryText the trailing text (may be empty)
 */
public record Normalization(
    String id, String type, String targetId, String resource, String entryId, String entryText, int line) {
  public Normalization {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(targetId, "targetId");
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(entryText, "entryText");
  }
}
