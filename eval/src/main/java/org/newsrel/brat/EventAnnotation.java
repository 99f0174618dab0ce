package org.newsrel.brat;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A brat {@code E} line: {@code E1 Capture:T20 Captive:T21 Captor:T22}. The trigger and
 * the argument ids refer to text-bound annotations (or, rarely, other events).
 */
public record EventAnnotation(String id, String type, String triggerId, List<Arg> args, int line) {

  /** One {@code Role:Id} argument. */
  public record Arg(String role, String refId) {
    public Arg {
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(refId, "refId");
    }
  }

  public EventAnnotation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(triggerId, "triggerId");
    args = List.copyOf(args);
  }

  /** The first argument with this role, if any. */
  public Optional<String> arg(String role) {
    return args.stream().filter(a -> a.role().equals(role)).map(Arg::refId).findFirst();
  }
}
