package org.newsrel.brat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads brat standoff ({@code T E A M N R # *} lines) against its text, checking every
 * line: well-formed, offsets inside the text, span text equal to the slice of the text
 * (fragments of a discontinuous span joined by one space, as brat writes them), ids
 * unique, references resolvable. Every error names the file and line.
 */
public final class BratReader {

  private static final Pattern ID = Pattern.compile("[TEAMNR#][0-9A-Za-z_-]*|\\*");
  private static final Pattern FRAGMENT = Pattern.compile("(\\d+) (\\d+)");

  private BratReader() {}

  /** Reads {@code NAME.txt} and {@code NAME.ann}; the document's name is the .txt file's stem. */
  public static BratDocument read(Path txt, Path ann) throws BratFormatException {
    String text = TextFiles.readUtf8(txt);
    String annContent = TextFiles.readUtf8(ann);
    return parse(stem(txt), text, ann.toString(), annContent);
  }

  public static String stem(Path file) {
    String n = file.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }

  /**
   * A document read leniently: the annotations of every well-formed line whose references
   * resolve, and every problem found, in line order (reference problems after line
   * problems), each naming the file and line.
   */
  public record Parsed(BratDocument document, List<BratFormatException> problems) {
    public Parsed {
      problems = List.copyOf(problems);
    }
  }

  /**
   * Parses the content of an .ann file; the first problem, if any, is thrown (see
   * {@link #parseAll} for all of them).
   *
   * @param name the document name
   * @param text the document text
   * @param annFile the .ann file's name, used in error messages
   * @param ann the .ann content
   */
  public static BratDocument parse(String name, String text, String annFile, String ann) throws BratFormatException {
    Parsed p = parseAll(name, text, annFile, ann);
    if (!p.problems().isEmpty()) {
      throw p.problems().get(0);
    }
    return p.document();
  }

  /** Reads {@code NAME.txt} and {@code NAME.ann} leniently (see {@link #parseAll}); an unreadable file throws. */
  public static Parsed readAll(Path txt, Path ann) throws BratFormatException {
    String text = TextFiles.readUtf8(txt);
    String annContent = TextFiles.readUtf8(ann);
    return parseAll(stem(txt), text, ann.toString(), annContent);
  }

  /**
   * Parses the content of an .ann file, going on past problems: a line with a problem is
   * left out and its problem kept, and so is an annotation whose reference does not
   * resolve, so that the document returned only holds what the reader guarantees.
   */
  public static Parsed parseAll(String name, String text, String annFile, String ann) {
    CodePointOffsets offsets = new CodePointOffsets(text);
    List<TextBound> tbs = new ArrayList<>();
    List<EventAnnotation> events = new ArrayList<>();
    List<Attribute> attrs = new ArrayList<>();
    List<Normalization> norms = new ArrayList<>();
    List<Relation> rels = new ArrayList<>();
    List<Note> notes = new ArrayList<>();
    List<Equiv> equivs = new ArrayList<>();
    List<BratFormatException> problems = new ArrayList<>();
    Map<String, Integer> idLine = new HashMap<>();

    String[] lines = ann.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int lineNo = i + 1;
      String line = lines[i];
      if (line.isBlank()) {
        continue;
      }
      try {
        String[] cols = line.split("\t", -1);
        String id = cols[0];
        if (!ID.matcher(id).matches()) {
          throw new BratFormatException(annFile, lineNo, "malformed line (no annotation id such as T1, E1, A1, N1, R1, #1 or *): '"
              + abbreviate(line) + "'");
        }
        if (!id.equals("*")) {
          Integer first = idLine.putIfAbsent(id, lineNo);
          if (first != null) {
            throw new BratFormatException(annFile, lineNo, "duplicate id " + id + " (first on line " + first + ")");
          }
        }
        if (cols.length < 2 || cols[1].isBlank()) {
          throw new BratFormatException(annFile, lineNo, "annotation " + id + " has no TAB-separated body");
        }
        switch (id.charAt(0)) {
          case 'T' -> tbs.add(parseTextBound(annFile, lineNo, cols, text, offsets));
          case 'E' -> events.add(parseEvent(annFile, lineNo, id, cols[1]));
          case 'A', 'M' -> attrs.add(parseAttribute(annFile, lineNo, id, cols[1]));
          case 'N' -> norms.add(parseNormalization(annFile, lineNo, id, cols));
          case 'R' -> rels.add(parseRelation(annFile, lineNo, id, cols[1]));
          case '#' -> notes.add(parseNote(annFile, lineNo, id, cols));
          case '*' -> equivs.add(parseEquiv(annFile, lineNo, cols[1]));
          default -> throw new BratFormatException(annFile, lineNo, "unknown annotation kind '" + id + "'");
        }
      } catch (BratFormatException e) {
        problems.add(e);
      }
    }
    BratDocument doc = new BratDocument(name, text, tbs, events, attrs, norms, rels, notes, equivs);
    List<BratFormatException> unresolved = new ArrayList<>();
    BratDocument resolved = checkReferences(annFile, doc, unresolved);
    problems.addAll(unresolved);
    return new Parsed(resolved, problems);
  }

  private static TextBound parseTextBound(String file, int lineNo, String[] cols, String text, CodePointOffsets offsets)
      throws BratFormatException {
    String id = cols[0];
    if (cols.length < 3) {
      throw new BratFormatException(file, lineNo, "text-bound " + id + " needs 'LABEL START END<TAB>TEXT'");
    }
    String body = cols[1];
    int sp = body.indexOf(' ');
    if (sp <= 0) {
      throw new BratFormatException(file, lineNo, "text-bound " + id + " has no offsets: '" + body + "'");
    }
    String label = body.substring(0, sp);
    List<Fragment> fragments = new ArrayList<>();
    for (String part : body.substring(sp + 1).split(";", -1)) {
      Matcher m = FRAGMENT.matcher(part.trim());
      if (!m.matches()) {
        throw new BratFormatException(file, lineNo, "text-bound " + id + ": malformed offsets '" + part + "'");
      }
      long b;
      long e;
      try {
        b = Long.parseLong(m.group(1));
        e = Long.parseLong(m.group(2));
      } catch (NumberFormatException ex) {
        throw new BratFormatException(file, lineNo, "text-bound " + id + ": offset too large '" + part + "'");
      }
      if (e < b) {
        throw new BratFormatException(file, lineNo, "text-bound " + id + ": end " + e + " before start " + b);
      }
      if (e > offsets.length()) {
        throw new BratFormatException(file, lineNo, "text-bound " + id + ": offset " + e
            + " is past the end of the text (" + offsets.length() + " characters)");
      }
      fragments.add(new Fragment(offsets.toCharIndex((int) b), offsets.toCharIndex((int) e)));
    }
    // Fragments may be listed out of text order (PolNeAR does this; the span text follows
    // the listed order) but must not overlap.
    List<Fragment> sorted = new ArrayList<>(fragments);
    sorted.sort(null);
    for (int k = 1; k < sorted.size(); k++) {
      if (sorted.get(k).begin() < sorted.get(k - 1).end()) {
        throw new BratFormatException(file, lineNo, "text-bound " + id + ": fragments overlap");
      }
    }
    String written = String.join("\t", java.util.Arrays.copyOfRange(cols, 2, cols.length));
    String expected = covered(text, fragments);
    if (!written.equals(expected)) {
      throw new BratFormatException(file, lineNo, "text-bound " + id + ": span text '" + abbreviate(written)
          + "' does not match the text at those offsets '" + abbreviate(expected) + "'");
    }
    return new TextBound(id, label, fragments, written, lineNo);
  }

  /** The text a brat span covers: its fragments joined by a single space. */
  public static String covered(String text, List<Fragment> fragments) {
    StringBuilder sb = new StringBuilder();
    for (Fragment f : fragments) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(text, f.begin(), f.end());
    }
    return sb.toString();
  }

  private static EventAnnotation parseEvent(String file, int lineNo, String id, String body) throws BratFormatException {
    String[] parts = body.trim().split(" +");
    String[] trig = parts[0].split(":", -1);
    if (trig.length != 2 || trig[0].isEmpty() || trig[1].isEmpty()) {
      throw new BratFormatException(file, lineNo, "event " + id + ": expected 'Type:Tn', got '" + parts[0] + "'");
    }
    List<EventAnnotation.Arg> args = new ArrayList<>();
    for (int k = 1; k < parts.length; k++) {
      String[] a = parts[k].split(":", -1);
      if (a.length != 2 || a[0].isEmpty() || a[1].isEmpty()) {
        throw new BratFormatException(file, lineNo, "event " + id + ": expected 'Role:Id', got '" + parts[k] + "'");
      }
      args.add(new EventAnnotation.Arg(a[0], a[1]));
    }
    return new EventAnnotation(id, trig[0], trig[1], args, lineNo);
  }

  private static Attribute parseAttribute(String file, int lineNo, String id, String body) throws BratFormatException {
    String[] parts = body.trim().split(" +");
    if (parts.length < 2 || parts.length > 3) {
      throw new BratFormatException(file, lineNo, "attribute " + id + ": expected 'Name Target [Value]', got '" + body + "'");
    }
    return new Attribute(id, parts[0], parts[1], parts.length == 3 ? parts[2] : "true", lineNo);
  }

  private static Normalization parseNormalization(String file, int lineNo, String id, String[] cols)
      throws BratFormatException {
    String[] parts = cols[1].trim().split(" +");
    if (parts.length != 3) {
      throw new BratFormatException(file, lineNo, "normalization " + id
          + ": expected 'Type Target Resource:Entry', got '" + cols[1] + "'");
    }
    int colon = parts[2].indexOf(':');
    if (colon <= 0 || colon == parts[2].length() - 1) {
      throw new BratFormatException(file, lineNo, "normalization " + id + ": reference '" + parts[2]
          + "' is not of the form resource:entry");
    }
    String entryText = cols.length > 2 ? cols[2] : "";
    return new Normalization(id, parts[0], parts[1], parts[2].substring(0, colon), parts[2].substring(colon + 1),
        entryText, lineNo);
  }

  private static Relation parseRelation(String file, int lineNo, String id, String body) throws BratFormatException {
    String[] parts = body.trim().split(" +");
    if (parts.length != 3) {
      throw new BratFormatException(file, lineNo, "relation " + id + ": expected 'Type Arg1:Id Arg2:Id', got '" + body + "'");
    }
    String[] a1 = parts[1].split(":", -1);
    String[] a2 = parts[2].split(":", -1);
    if (a1.length != 2 || a2.length != 2) {
      throw new BratFormatException(file, lineNo, "relation " + id + ": arguments must be 'Role:Id'");
    }
    return new Relation(id, parts[0], a1[0], a1[1], a2[0], a2[1], lineNo);
  }

  private static Note parseNote(String file, int lineNo, String id, String[] cols) throws BratFormatException {
    String[] parts = cols[1].trim().split(" +");
    if (parts.length != 2) {
      throw new BratFormatException(file, lineNo, "note " + id + ": expected 'Type Target', got '" + cols[1] + "'");
    }
    return new Note(id, parts[0], parts[1], cols.length > 2 ? cols[2] : "", lineNo);
  }

  private static Equiv parseEquiv(String file, int lineNo, String body) throws BratFormatException {
    String[] parts = body.trim().split(" +");
    if (parts.length < 3) {
      throw new BratFormatException(file, lineNo, "equivalence needs a type and at least two ids: '" + body + "'");
    }
    return new Equiv(parts[0], List.of(parts).subList(1, parts.length), lineNo);
  }

  /**
   * The document without the annotations whose references do not resolve, each of which
   * adds a problem to {@code problems}.
   */
  private static BratDocument checkReferences(String file, BratDocument doc, List<BratFormatException> problems) {
    Set<String> ids = new HashSet<>();
    doc.textBounds().forEach(t -> ids.add(t.id()));
    doc.events().forEach(e -> ids.add(e.id()));
    doc.relations().forEach(r -> ids.add(r.id()));
    List<EventAnnotation> events = new ArrayList<>();
    for (EventAnnotation e : doc.events()) {
      boolean ok = true;
      if (doc.textBound(e.triggerId()).isEmpty()) {
        problems.add(new BratFormatException(file, e.line(), "event " + e.id() + ": trigger " + e.triggerId()
            + " is not a text-bound annotation in this file"));
        ok = false;
      }
      for (EventAnnotation.Arg a : e.args()) {
        if (!ids.contains(a.refId())) {
          problems.add(new BratFormatException(file, e.line(), "event " + e.id() + ": argument " + a.role() + ":"
              + a.refId() + " refers to an id not in this file"));
          ok = false;
        }
      }
      if (ok) {
        events.add(e);
      }
    }
    Set<String> eventIds = new HashSet<>();
    events.forEach(e -> eventIds.add(e.id()));
    ids.removeIf(id -> id.startsWith("E") && !eventIds.contains(id));
    List<Attribute> attrs = new ArrayList<>();
    for (Attribute a : doc.attributes()) {
      if (ids.contains(a.targetId())) {
        attrs.add(a);
      } else {
        problems.add(new BratFormatException(file, a.line(), "attribute " + a.id() + " refers to " + a.targetId()
            + ", not in this file"));
      }
    }
    List<Normalization> norms = new ArrayList<>();
    for (Normalization n : doc.normalizations()) {
      if (ids.contains(n.targetId())) {
        norms.add(n);
      } else {
        problems.add(new BratFormatException(file, n.line(), "normalization " + n.id() + " refers to " + n.targetId()
            + ", not in this file"));
      }
    }
    List<Relation> rels = new ArrayList<>();
    for (Relation r : doc.relations()) {
      if (ids.contains(r.arg1()) && ids.contains(r.arg2())) {
        rels.add(r);
      } else {
        problems.add(new BratFormatException(file, r.line(), "relation " + r.id() + " refers to an id not in this file"));
      }
    }
    problems.sort(java.util.Comparator.comparingInt(BratFormatException::line));
    return new BratDocument(doc.name(), doc.text(), doc.textBounds(), events, attrs, norms, rels, doc.notes(),
        doc.equivs());
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
