package org.newsrel.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An event of any layer: an Attribution (roles Source, Cue, Content) or a relation such
 * as Capture or Kill (roles Captor, Captive, Place, Time, ...).
 *
 * @param type brat event label: Attribution, Attribution-no-source, Capture, Kill, ...
 * @param trigger the trigger span (the cue for attributions; the opening quotation mark
 *     for a quote that continues the previous speaker)
 * @param arguments role-labelled arguments, at most one per role
 * @param attributes brat attributes on the event: Kind for attributions, Modality for relations
 * @param confidence in [0,1]
 * @param rule which rule or model produced it
 */
public record Event(
    String type, TextSpan trigger, List<Argument> arguments, List<Attribute> attributes,
    double confidence, String rule) {

  /** A brat attribute on an event, e.g. {@code Kind=Direct} or {@code Modality=Asserted}. */
  public record Attribute(String name, String value) {
    public Attribute {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
    }
  }

  public Event {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(rule, "rule");
    arguments = List.copyOf(arguments);
    attributes = List.copyOf(attributes);
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence " + confidence);
    }
    long roles = arguments.stream().map(Argument::role).distinct().count();
    if (roles != arguments.size()) {
      throw new IllegalArgumentException("repeated role in " + arguments);
    }
  }

  public Optional<Argument> argument(String role) {
    return arguments.stream().filter(a -> a.role().equals(role)).findFirst();
  }

  public Optional<String> attribute(String name) {
    return attributes.stream().filter(a -> a.name().equals(name)).map(Attribute::value).findFirst();
  }
}
