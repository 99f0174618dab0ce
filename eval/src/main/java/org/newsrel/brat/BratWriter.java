package org.newsrel.brat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a {@link BratDocument}'s annotations as brat standoff, in the order
 * T, E, A, N, R, #, * (each in list order), with code point offsets.
 */
public final class BratWriter {

  private BratWriter() {}

  public static String format(BratDocument doc) {
    CodePointOffsets offsets = new CodePointOffsets(doc.text());
    StringBuilder sb = new StringBuilder();
    for (TextBound t : doc.textBounds()) {
      sb.append(t.id()).append('\t').append(t.label()).append(' ');
      java.util.List<Fragment> fragments = splitAtLineBreaks(doc.text(), t.fragments());
      for (int k = 0; k < fragments.size(); k++) {
        Fragment f = fragments.get(k);
        if (k > 0) {
          sb.append(';');
        }
        sb.append(offsets.toCodePoint(f.begin())).append(' ').append(offsets.toCodePoint(f.end()));
      }
      sb.append('\t').append(BratReader.covered(doc.text(), fragments)).append('\n');
    }
    for (EventAnnotation e : doc.events()) {
      sb.append(e.id()).append('\t').append(e.type()).append(':').append(e.triggerId());
      for (EventAnnotation.Arg a : e.args()) {
        sb.append(' ').append(a.role()).append(':').append(a.refId());
      }
      sb.append('\n');
    }
    for (Attribute a : doc.attributes()) {
      sb.append(a.id()).append('\t').append(a.name()).append(' ').append(a.targetId());
      if (!a.value().equals("true")) {
        sb.append(' ').append(a.value());
      }
      sb.append('\n');
    }
    for (Normalization n : doc.normalizations()) {
      sb.append(n.id()).append('\t').append(n.type()).append(' ').append(n.targetId()).append(' ')
          .append(n.resource()).append(':').append(n.entryId()).append('\t').append(oneLine(n.entryText())).append('\n');
    }
    for (Relation r : doc.relations()) {
      sb.append(r.id()).append('\t').append(r.type()).append(' ').append(r.arg1Role()).append(':').append(r.arg1())
          .append(' ').append(r.arg2Role()).append(':').append(r.arg2()).append('\n');
    }
    for (Note n : doc.notes()) {
      sb.append(n.id()).append('\t').append(n.type()).append(' ').append(n.targetId()).append('\t')
          .append(oneLine(n.text())).append('\n');
    }
    for (Equiv q : doc.equivs()) {
      sb.append("*\t").append(q.type()).append(' ').append(String.join(" ", q.ids())).append('\n');
    }
    return sb.toString();
  }

  /**
   * Writes {@code NAME.ann} (and {@code NAME.txt} when {@code withText}) into {@code dir}
   * atomically: each file goes to a temporary file first and is renamed into place, so a
   * crash never leaves a partial file that looks complete.
   */
  public static void write(BratDocument doc, Path dir, boolean withText) throws IOException {
    Files.createDirectories(dir);
    if (withText) {
      writeAtomically(dir.resolve(doc.name() + ".txt"), doc.text());
    }
    writeAtomically(dir.resolve(doc.name() + ".ann"), format(doc));
  }

  public static void writeAtomically(Path target, String content) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Path tmp = target.resolveSibling(target.getFileName() + ".part");
    Files.writeString(tmp, content, StandardCharsets.UTF_8);
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * brat keeps one annotation per line, so a span that crosses a line break is written
   * as a discontinuous span, one fragment per line (what brat itself does), with the
   * white space around the break left out.
   */
  static java.util.List<Fragment> splitAtLineBreaks(String text, java.util.List<Fragment> fragments) {
    java.util.List<Fragment> out = new java.util.ArrayList<>();
    for (Fragment f : fragments) {
      int start = f.begin();
      for (int i = f.begin(); i <= f.end(); i++) {
        if (i == f.end() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
          int b = start;
          int e = i;
          while (b < e && Character.isWhitespace(text.charAt(b))) {
            b++;
          }
          while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
          }
          if (e > b || (f.begin() == f.end())) {
            out.add(new Fragment(b, e));
          }
          start = i + 1;
        }
      }
    }
    return out.isEmpty() ? fragments : out;
  }

  private static String oneLine(String s) {
    return s.replace('\n', ' ').replace('\r', ' ');
  }
}
