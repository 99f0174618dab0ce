package org.newsrel.run;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.newsrel.core.Argument;
import org.newsrel.core.DocumentLayers;
import org.newsrel.core.EntityMention;
import org.newsrel.core.Event;
import org.newsrel.core.LayoutSpan;
import org.newsrel.core.TextSpan;
import org.newsrel.json.TokenIndex;

/**
 * What {@code annotate} keeps of a finished document, on disk
 * ({@code OUT/.newsrel-records/NAME.rec}): its layers with document-level ids (without the
 * text, which is the input file), its token offsets (for the JSON's token ranges), the
 * SHA-256 of its text and of the pipeline configuration. The corpus-wide identity pass
 * reads every record back (layers only), and the final pass rebuilds each document's
 * {@code .ann} and {@code .json} from its record and text; {@code --resume} skips a document
 * whose record is {@link Decision#COMPLETE}.
 *
 * <p>Binary, lossless (strings as UTF-16 code units, doubles as their bits), written to a
 * temporary file and renamed into place, and ending with an end marker: a record that
 * cannot be read to its end is treated as missing.
 */
public final class DocumentRecord {

  static final String DIR = ".newsrel-records";
  static final String SUFFIX = ".rec";
  private static final String MAGIC = "newsrel-document-record";
  private static final int VERSION = 2; // 2: with the news layout
  private static final String END = "end-of-record";

  /** The identity of a record: whose it is and what produced it. */
  record Header(String name, String textHash, String configHash) {}

  /** Whether a document's earlier output can be reused by {@code --resume}. */
  enum Decision {
    /** record readable, same text, same configuration, output files there: skipped */
    COMPLETE,
    /** no record, or one cut short or unreadable (killed while writing; another format) */
    NO_RECORD,
    /** the input text is not the one the record was made from */
    TEXT_CHANGED,
    /** made with other pipeline properties or another build of newsrel */
    CONFIG_CHANGED,
    /** the record is fine but NAME.txt, NAME.ann or NAME.json is missing (deleted, or retired as *.stale) */
    OUTPUT_MISSING
  }

  private DocumentRecord() {}

  static Path path(Path outDir, String name) {
    return outDir.resolve(DIR).resolve(name + SUFFIX);
  }

  /**
   * The resume decision for one document. {@code header} is the record's header, null when
   * there is none or it could not be read to its end.
   */
  static Decision decide(Header header, String name, String textHash, String configHash, boolean outputsPresent) {
    if (header == null || !header.name().equals(name)) {
      return Decision.NO_RECORD;
    }
    if (!header.textHash().equals(textHash)) {
      return Decision.TEXT_CHANGED;
    }
    if (!header.configHash().equals(configHash)) {
      return Decision.CONFIG_CHANGED;
    }
    return outputsPresent ? Decision.COMPLETE : Decision.OUTPUT_MISSING;
  }

  /** {@link #decide} for the files in {@code outDir}. */
  static Decision decide(Path outDir, String name, String textHash, String configHash) {
    boolean outputs = Files.isRegularFile(outDir.resolve(name + ".txt"));
    for (String suffix : Batch.OUTPUT_SUFFIXES) {
      outputs &= Files.isRegularFile(outDir.resolve(name + suffix));
    }
    return decide(readHeader(path(outDir, name)), name, textHash, configHash, outputs);
  }

  /** Hex SHA-256 of a text (its UTF-16 code units, so any Java string hashes). */
  static String hash(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        md.update((byte) (c >> 8));
        md.update((byte) c);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes the record atomically (temporary file, then rename). */
  static void write(Path outDir, Header h, DocumentLayers layers, TokenIndex tokens) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeUTF(MAGIC);
      out.writeInt(VERSION);
      str(out, h.name());
      str(out, h.textHash());
      str(out, h.configHash());
      out.writeInt(layers.tokenCount());
      out.writeInt(layers.entities().size());
      for (EntityMention m : layers.entities()) {
        span(out, m.span());
        str(out, m.type());
        str(out, m.canonicalId());
        str(out, m.canonicalName());
        out.writeDouble(m.confidence());
        str(out, m.rule());
      }
      events(out, layers.attributions());
      events(out, layers.relations());
      out.writeInt(layers.layout().size());
      for (LayoutSpan l : layers.layout()) {
        span(out, l.span());
        str(out, l.kind().name());
      }
      ints(out, tokens.begins());
      ints(out, tokens.ends());
      out.writeUTF(END);
    }
    Path target = path(outDir, h.name());
    Files.createDirectories(target.getParent());
    Path tmp = target.resolveSibling(target.getFileName() + ".part");
    Files.write(tmp, bytes.toByteArray());
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Deletes the record of a document (it failed in this run), if any. */
  static void delete(Path outDir, String name) throws IOException {
    Files.deleteIfExists(path(outDir, name));
  }

  /** The header of a record, or null when there is none or it is not a whole record. */
  static Header readHeader(Path file) {
    try {
      return read(file, false, "").header();
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** A record read back: header, layers (with {@code text}) and, when asked for, token offsets. */
  record Loaded(Header header, DocumentLayers layers, TokenIndex tokens) {}

  /**
   * Reads a record; the layers get {@code text} as their text (the linking pass passes ""
   * and no tokens: what cross-document identity needs and no more).
   */
  static Loaded read(Path file, boolean withTokens, String text) throws IOException {
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file));
        DataInputStream in = new DataInputStream(raw)) {
      if (!in.readUTF().equals(MAGIC) || in.readInt() != VERSION) {
        throw new IOException(file + ": not a newsrel document record of version " + VERSION);
      }
      Header h = new Header(str(in), str(in), str(in));
      int tokenCount = in.readInt();
      int n = in.readInt();
      List<EntityMention> entities = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        entities.add(new EntityMention(span(in), str(in), str(in), str(in), in.readDouble(), str(in)));
      }
      List<Event> attributions = events(in);
      List<Event> relations = events(in);
      int nl = in.readInt();
      List<LayoutSpan> layout = new ArrayList<>(nl);
      for (int i = 0; i < nl; i++) {
        layout.add(new LayoutSpan(span(in), LayoutSpan.Kind.valueOf(str(in))));
      }
      TokenIndex tokens = null;
      if (withTokens) {
        tokens = new TokenIndex(ints(in), ints(in));
      } else {
        skipInts(in);
        skipInts(in);
      }
      if (!in.readUTF().equals(END)) {
        throw new IOException(file + ": record cut short");
      }
      return new Loaded(h, new DocumentLayers(h.name(), text, entities, attributions, relations, tokenCount, layout),
          tokens);
    }
  }

  private static void events(DataOutputStream out, List<Event> events) throws IOException {
    out.writeInt(events.size());
    for (Event e : events) {
      str(out, e.type());
      span(out, e.trigger());
      out.writeInt(e.arguments().size());
      for (Argument a : e.arguments()) {
        str(out, a.role());
        out.writeInt(a.fragments().size());
        for (TextSpan f : a.fragments()) {
          span(out, f);
        }
        str(out, a.canonicalId());
        str(out, a.canonicalName());
      }
      out.writeInt(e.attributes().size());
      for (Event.Attribute a : e.attributes()) {
        str(out, a.name());
        str(out, a.value());
      }
      out.writeDouble(e.confidence());
      str(out, e.rule());
    }
  }

  private static List<Event> events(DataInputStream in) throws IOException {
    int n = in.readInt();
    List<Event> events = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String type = str(in);
      TextSpan trigger = span(in);
      int na = in.readInt();
      List<Argument> args = new ArrayList<>(na);
      for (int k = 0; k < na; k++) {
        String role = str(in);
        int nf = in.readInt();
        List<TextSpan> fragments = new ArrayList<>(nf);
        for (int f = 0; f < nf; f++) {
          fragments.add(span(in));
        }
        args.add(new Argument(role, fragments, str(in), str(in)));
      }
      int nat = in.readInt();
      List<Event.Attribute> attrs = new ArrayList<>(nat);
      for (int k = 0; k < nat; k++) {
        attrs.add(new Event.Attribute(str(in), str(in)));
      }
      events.add(new Event(type, trigger, args, attrs, in.readDouble(), str(in)));
    }
    return events;
  }

  private static void span(DataOutputStream out, TextSpan s) throws IOException {
    out.writeInt(s.begin());
    out.writeInt(s.end());
    str(out, s.text());
  }

  private static TextSpan span(DataInputStream in) throws IOException {
    return new TextSpan(in.readInt(), in.readInt(), str(in));
  }

  /** A nullable string: length (-1 for null), then UTF-16 code units (lossless for any string). */
  private static void str(DataOutputStream out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    out.writeInt(s.length());
    out.writeChars(s);
  }

  private static String str(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      return null;
    }
    char[] c = new char[n];
    for (int i = 0; i < n; i++) {
      c[i] = in.readChar();
    }
    return new String(c);
  }

  private static void ints(DataOutputStream out, int[] a) throws IOException {
    out.writeInt(a.length);
    for (int v : a) {
      out.writeInt(v);
    }
  }

  private static int[] ints(DataInputStream in) throws IOException {
    int[] a = new int[in.readInt()];
    for (int i = 0; i < a.length; i++) {
      a[i] = in.readInt();
    }
    return a;
  }

  private static void skipInts(DataInputStream in) throws IOException {
    in.readFully(new byte[in.readInt() * 4]);
  }

  /**
   * The configuration hash: the effective pipeline properties (sorted), the build of the
   * newsrel annotators (every class and rule file of their jar or classes folder) and the
   * CoreNLP jar; a record made under any other configuration is not reused.
   */
  static String configHash(java.util.Properties effective) {
    StringBuilder sb = new StringBuilder("record-version=" + VERSION + "\n");
    effective.stringPropertyNames().stream().sorted()
        .forEach(k -> sb.append(k).append('=').append(effective.getProperty(k)).append('\n'));
    sb.append("newsrel-build=").append(buildHash(org.newsrel.pipeline.NewsrelPipeline.class)).append('\n');
    sb.append("corenlp=").append(location(edu.stanford.nlp.pipeline.StanfordCoreNLP.class)).append('\n');
    return hash(sb.toString());
  }

  private static String location(Class<?> c) {
    try {
      return String.valueOf(c.getProtectionDomain().getCodeSource().getLocation());
    } catch (RuntimeException e) {
      return "?";
    }
  }

  /** SHA-256 over the files (names and bytes) of the jar or folder {@code c} was loaded from. */
  static String buildHash(Class<?> c) {
    try {
      Path where = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      List<Path> files;
      try (var s = Files.walk(where)) {
        files = s.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path f : files) {
        md.update(where.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
        md.update(Files.readAllBytes(f));
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (Exception e) {
      return "unknown:" + location(c);
    }
  }
}
