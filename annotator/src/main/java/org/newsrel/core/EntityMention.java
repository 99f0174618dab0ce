package org.newsrel.core;

import java.util.Objects;

/**
 * One entity mention of the entity layer.
 *
 * @param span where it is in the text
 * @param type PERSON, ORGANIZATION, LOCATION, NATIONALITY, DATE, NUMBER, TITLE or GROUP
 * @param canonicalId readable id shared by every mention of the same real-world entity
 *     ({@code volodymyr-zelensky}), or null where the type carries no identity
 * @param canonicalName the fullest name seen for that entity, or null
 * @param confidence in [0,1]
 * @param rule which rule or model produced it (for error analysis)
 */
public record EntityMention(
    TextSpan span, String type, String canonicalId, String canonicalName, double confidence, String rule) {

  public EntityMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(rule, "rule");
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence " + confidence);
    }
  }

  public EntityMention withIdentity(String id, String name) {
    return new EntityMention(span, type, id, name, confidence, rule);
  }
}
