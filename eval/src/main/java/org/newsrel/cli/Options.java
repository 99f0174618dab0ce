package org.newsrel.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A command's options, declared once: the declaration drives parsing, defaults, the
 * "required" check, the rejection of unknown options and the usage text.
 */
final class Options {

  /** One option; {@code valueName == null} makes it a flag; a {@code repeatable} one may be given many times. */
  record Opt(String name, String valueName, String help, String defaultValue, boolean required, boolean repeatable) {
    static Opt required(String name, String valueName, String help) {
      return new Opt(name, valueName, help, null, true, false);
    }

    static Opt optional(String name, String valueName, String help, String defaultValue) {
      return new Opt(name, valueName, help, defaultValue, false, false);
    }

    static Opt flag(String name, String help) {
      return new Opt(name, null, help, null, false, false);
    }

    static Opt repeatable(String name, String valueName, String help) {
      return new Opt(name, valueName, help, null, false, true);
    }
  }

  private final String command;
  private final String summary;
  private final List<Opt> opts;
  private final List<String> positional;
  private final Map<String, String> values = new LinkedHashMap<>();
  private final Map<String, List<String>> repeated = new LinkedHashMap<>();

  Options(String command, String summary, List<String> positional, List<Opt> opts) {
    this.command = command;
    this.summary = summary;
    this.positional = positional;
    this.opts = opts;
  }

  String usage() {
    StringBuilder sb = new StringBuilder("usage: newsrel ").append(command);
    positional.forEach(p -> sb.append(' ').append(p));
    for (Opt o : opts) {
      String one = "--" + o.name() + (o.valueName() == null ? "" : " " + o.valueName()) + (o.repeatable() ? " ..." : "");
      sb.append(' ').append(o.required() ? one : "[" + one + "]");
    }
    sb.append("\n  ").append(summary).append('\n');
    for (Opt o : opts) {
      sb.append(String.format("  --%-10s %s%s%n", o.name(), o.help(),
          o.defaultValue() == null ? "" : " (default " + o.defaultValue() + ")"));
    }
    return sb.toString();
  }

  /** Parses {@code args} (after the command word); returns the positional arguments. */
  List<String> parse(String[] args) throws UsageException {
    List<String> pos = new java.util.ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("-h") || a.equals("--help")) {
        throw new UsageException(usage());
      }
      if (!a.startsWith("--")) {
        pos.add(a);
        continue;
      }
      String name = a.substring(2);
      String inline = null;
      int eq = name.indexOf('=');
      if (eq > 0) {
        inline = name.substring(eq + 1);
        name = name.substring(0, eq);
      }
      Opt o = find(name);
      String value;
      if (o.valueName() == null) {
        value = "true";
      } else if (inline != null) {
        value = inline;
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        throw new UsageException("option --" + name + " needs a value\n" + usage());
      }
      values.put(name, value);
      if (o.repeatable()) {
        repeated.computeIfAbsent(name, k -> new java.util.ArrayList<>()).add(value);
      }
    }
    for (Opt o : opts) {
      if (o.required() && !values.containsKey(o.name())) {
        throw new UsageException("missing --" + o.name() + "\n" + usage());
      }
    }
    if (pos.size() != positional.size()) {
      throw new UsageException("expected " + positional.size() + " argument(s) " + positional + ", got " + pos + "\n"
          + usage());
    }
    return pos;
  }

  private Opt find(String name) throws UsageException {
    for (Opt o : opts) {
      if (o.name().equals(name)) {
        return o;
      }
    }
    throw new UsageException("unknown option --" + name + "\n" + usage());
  }

  String get(String name) {
    String v = values.get(name);
    return v != null ? v : find0(name).defaultValue();
  }

  /** Every value of a repeatable option, in command-line order. */
  List<String> all(String name) {
    return repeated.getOrDefault(name, List.of());
  }

  /**
   * The {@code --prop key=value} options as pipeline property overrides: each needs a
   * non-empty key and an {@code =}; a key given twice is an error.
   */
  java.util.Properties properties(String name) throws UsageException {
    return properties(name, all(name));
  }

  static java.util.Properties properties(String name, List<String> values) throws UsageException {
    java.util.Properties p = new java.util.Properties();
    for (String v : values) {
      int eq = v.indexOf('=');
      String key = eq < 0 ? "" : v.substring(0, eq).strip();
      if (key.isEmpty() || key.contains(" ")) {
        throw new UsageException("--" + name + " must be KEY=VALUE (e.g. newsrel_attribution.nested=true), got '" + v + "'");
      }
      if (p.containsKey(key)) {
        throw new UsageException("--" + name + " " + key + " given twice");
      }
      p.setProperty(key, v.substring(eq + 1).strip());
    }
    return p;
  }

  boolean flag(String name) {
    return values.containsKey(name);
  }

  Path path(String name) {
    String v = get(name);
    return v == null ? null : Path.of(v);
  }

  int positiveInt(String name) throws UsageException {
    String v = get(name);
    try {
      int n = Integer.parseInt(v);
      if (n < 1) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " must be a positive whole number, got '" + v + "'");
    }
  }

  double fraction(String name) throws UsageException {
    String v = get(name);
    try {
      double d = Double.parseDouble(v);
      if (!(d > 0 && d <= 1)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " must be a number in (0, 1], got '" + v + "'");
    }
  }

  private Opt find0(String name) {
    return opts.stream().filter(o -> o.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("undeclared option " + name));
  }
}
