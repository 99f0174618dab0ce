package org.newsrel.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The project's one JSON writer (no JSON dependency): for the CLI's document files, the
 * evaluation reports and the server serializer. Writes maps with their keys sorted,
 * iterables in order, strings escaped (also U+2028/U+2029), integers as they are, doubles
 * with four decimals, and {@code null} for null, empty optionals and non-finite numbers.
 * {@link #write} indents by two spaces so that files diff line by line; {@link #compact}
 * writes one line.
 *
 * <p>Why not a JSON library (issue 21, reviewed 2026-12-07): the JSON-P implementation that
 * CoreNLP already brings (org.glassfish javax.json) cannot write this layout (its pretty
 * printer indents by four spaces, starts with a newline and writes {@code []} over two
 * lines; it neither sorts keys nor rounds doubles), so every {@code .json} file and report
 * would change; Jackson is not on the classpath and would become a dependency of the jar
 * users import, and matching these bytes there takes a custom pretty printer, a double
 * serializer, sorted map entries, Optional support and character escapes for U+2028/U+2029,
 * about as much code as this class. Speed is not a reason either way: a 2,000-entity
 * document (an attribution-dense PolNeAR article has ~200) takes 17-40 ms with this
 * writer and 19-39 ms with JSON-P's generator over the same maps, warm, on the shared
 * 2-core machine (the {@code %.4f} formatting dominates both).
 */
public final class Json {

  private Json() {}

  /** Indented JSON, ending with a newline. */
  public static String write(Object value) {
    StringBuilder sb = new StringBuilder();
    write(value, sb, 0);
    return sb.append('\n').toString();
  }

  /** The same JSON on one line, without white space. */
  public static String compact(Object value) {
    StringBuilder sb = new StringBuilder();
    write(value, sb, -1);
    return sb.toString();
  }

  private static void write(Object v, StringBuilder sb, int indent) {
    if (v instanceof Optional<?> o) {
      v = o.orElse(null);
    }
    if (v instanceof OptionalDouble od) {
      v = od.isPresent() ? od.getAsDouble() : null;
    }
    if (v == null) {
      sb.append("null");
    } else if (v instanceof String s) {
      string(s, sb);
    } else if (v instanceof Boolean b) {
      sb.append(b);
    } else if (v instanceof Integer || v instanceof Long || v instanceof Short) {
      sb.append(v);
    } else if (v instanceof Number n) {
      double d = n.doubleValue();
      sb.append(Double.isFinite(d) ? String.format(Locale.ROOT, "%.4f", d) : "null");
    } else if (v instanceof Map<?, ?> m) {
      Map<String, Object> sorted = new TreeMap<>();
      m.forEach((k, x) -> sorted.put(String.valueOf(k), x));
      if (sorted.isEmpty()) {
        sb.append("{}");
        return;
      }
      sb.append("{").append(nl(indent));
      int i = 0;
      for (Map.Entry<String, Object> e : sorted.entrySet()) {
        pad(sb, deeper(indent));
        string(e.getKey(), sb);
        sb.append(indent >= 0 ? ": " : ":");
        write(e.getValue(), sb, deeper(indent));
        sb.append(++i < sorted.size() ? "," : "").append(nl(indent));
      }
      pad(sb, indent);
      sb.append('}');
    } else if (v instanceof Iterable<?> it) {
      java.util.List<Object> items = new java.util.ArrayList<>();
      it.forEach(items::add);
      if (items.isEmpty()) {
        sb.append("[]");
        return;
      }
      sb.append("[").append(nl(indent));
      for (int i = 0; i < items.size(); i++) {
        pad(sb, deeper(indent));
        write(items.get(i), sb, deeper(indent));
        sb.append(i + 1 < items.size() ? "," : "").append(nl(indent));
      }
      pad(sb, indent);
      sb.append(']');
    } else {
      throw new IllegalArgumentException("cannot write " + v.getClass().getName() + " as JSON");
    }
  }

  private static void pad(StringBuilder sb, int indent) {
    if (indent >= 0) {
      sb.append("  ".repeat(indent));
    }
  }

  private static String nl(int indent) {
    return indent >= 0 ? "\n" : "";
  }

  private static int deeper(int indent) {
    return indent >= 0 ? indent + 1 : indent;
  }

  static void string(String s, StringBuilder sb) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
