package org.newsrel.run;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.newsrel.brat.AnnotateOutput;
import org.newsrel.brat.BratFormatException;
import org.newsrel.brat.BratWriter;
import org.newsrel.core.DocumentLayers;
import org.newsrel.identity.CrossDocumentIdentity;
import org.newsrel.json.TokenIndex;
import org.newsrel.pipeline.NewsrelPipeline;
import org.newsrel.run.TextInputs;

/**
 * {@code newsrel annotate}: the newsrel pipeline over a folder of texts, brat + JSON out,
 * streaming, in two passes so that memory does not grow with the size of the corpus:
 * <ol>
 *   <li>each document is annotated, and its {@code NAME.txt}, {@code NAME.ann} and
 *       {@code NAME.json} (document-level ids) and its {@link DocumentRecord} are written
 *       at once; nothing of it stays in memory but its name and token count;
 *   <li>cross-document identity ({@link CrossDocumentIdentity}, with the pipeline's own lexicon) over the records of every document
 *       of the run (their layers without text or tokens: what linking needs), then each
 *       document's {@code .ann} and {@code .json} are rebuilt with the corpus-wide ids, one
 *       document at a time, from its record and its text.
 * </ol>
 * The final files are the same bytes as when every document was kept in memory and linked
 * at the end. With {@code --resume}, a document whose record is
 * {@link DocumentRecord.Decision#COMPLETE} is not annotated again; the identity pass still
 * covers it (from its record). All files are written atomically (temporary name, rename).
 */
public final class Annotate {

  /** One document annotated: its layers (document-level ids) and its tokens' offsets. */
  record Annotated(DocumentLayers layers, TokenIndex tokens) {}

  /** Annotates one text; the newsrel pipeline, or a stand-in in tests. Thread-safe. */
  interface DocumentAnnotator {
    Annotated annotate(String name, String text) throws Exception;
  }

  /** How a run goes: threads, progress display, resume, and the configuration hash records carry. */
  /**
   * How a run goes: threads, progress, resume, the configuration hash of its records, and the
   * cross-document linker (the pipeline's own lexicon; the default one when not given).
   */
  record Settings(int threads, Progress.Mode progress, boolean resume, String configHash,
      CrossDocumentIdentity linker) {
    Settings(int threads, Progress.Mode progress, boolean resume, String configHash) {
      this(threads, progress, resume, configHash, CrossDocumentIdentity.forPipeline(NewsrelPipeline.defaultProperties()));
    }
  }

  /** What pass 1 keeps of a document: its token count, and whether an earlier run's record was reused. */
  private record Done(long tokens, boolean reused) {}

  /** {@code -Dnewsrel.heapLog=true}: heap in use after a full GC at each quarter of pass 1 and at the end, on stderr. */
  private static final boolean HEAP_LOG = Boolean.getBoolean("newsrel.heapLog");

  private Annotate() {}

  private static long liveHeapMb() {
    System.gc();
    Runtime r = Runtime.getRuntime();
    return (r.totalMemory() - r.freeMemory()) / 1048576;
  }

  /** The newsrel pipeline (the shared one, or one with {@code overrides}) over the texts of {@code in}. */
  public static int run(Path in, Path outDir, int threads, Progress.Mode progress, boolean resume, Properties overrides,
      PrintStream out, PrintStream err) throws UsageException, IOException {
    List<Path> files = Batch.texts(in);
    long t0 = System.nanoTime();
    StanfordCoreNLP pipeline = pipeline(overrides);
    Properties effective = NewsrelPipeline.defaultProperties();
    effective.putAll(overrides);
    out.printf("newsrel pipeline ready in %.1f s; annotating %d documents on %d thread(s)%n",
        (System.nanoTime() - t0) / 1e9, files.size(), threads);
    return run(pipeline, effective, files, outDir, threads, progress, resume, out, err);
  }

  /**
   * The two passes over {@code files} with a pipeline already built, whose configuration is
   * {@code effective} (newsrel's defaults with the run's overrides): what {@code annotate} and
   * the bench's scored output both run, so the chain exists once.
   */
  public static int run(StanfordCoreNLP pipeline, Properties effective, List<Path> files, Path outDir, int threads,
      Progress.Mode progress, boolean resume, PrintStream out, PrintStream err) throws IOException {
    DocumentAnnotator annotator = (name, text) -> {
      Annotation doc = new Annotation(text);
      pipeline.annotate(doc);
      return new Annotated(NewsrelPipeline.layers(name, text, doc), TokenIndex.of(doc));
    };
    Settings settings = new Settings(threads, progress, resume, DocumentRecord.configHash(effective),
        CrossDocumentIdentity.forPipeline(effective));
    return run(files, outDir, annotator, settings, out, err);
  }

  /**
   * The shared pipeline when there are no overrides; otherwise a new one. A pipeline that
   * cannot be built with the overrides (an unknown newsrel property, a bad value) is a
   * usage error naming the cause.
   */
  static StanfordCoreNLP pipeline(Properties overrides) throws UsageException {
    if (overrides.isEmpty()) {
      return NewsrelPipeline.shared();
    }
    try {
      return NewsrelPipeline.create(overrides);
    } catch (RuntimeException e) {
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      throw new UsageException("cannot build the pipeline with --prop " + overrides + ": " + root.getMessage());
    }
  }

  /** The run over {@code files} with any annotator (tests use a pipeline-free one). */
  static int run(List<Path> files, Path outDir, DocumentAnnotator annotator, Settings s, PrintStream out,
      PrintStream err) throws IOException {
    Files.createDirectories(outDir);
    List<Path> todo = files;
    Map<Path, Boolean> reused = new java.util.HashMap<>();
    if (s.resume()) {
      todo = new ArrayList<>();
      Map<DocumentRecord.Decision, Integer> counts = new EnumMap<>(DocumentRecord.Decision.class);
      for (Path f : files) {
        DocumentRecord.Decision d = resumeDecision(f, outDir, s.configHash());
        counts.merge(d, 1, Integer::sum);
        if (d == DocumentRecord.Decision.COMPLETE) {
          reused.put(f, true);
        } else {
          todo.add(f);
        }
      }
      if (s.progress() != Progress.Mode.NONE) {
        err.println("resume: " + reused.size() + " of " + files.size() + " documents complete, annotating "
            + todo.size() + " " + counts);
      }
    }

    // pass 1: annotate and write each document as it comes
    Progress progress = new Progress(s.progress(), err, "annotate", todo.size());
    int[] finished = {0};
    int total = todo.size();
    List<Batch.Outcome<Done>> annotated = Batch.run(todo, s.threads(), input -> annotateOne(input, outDir, annotator, s),
        o -> {
          progress.documentDone(o.ok(), o.ok() ? o.value().tokens() : 0);
          finished[0]++;
          if (HEAP_LOG && (4 * finished[0] / total > 4 * (finished[0] - 1) / total)) {
            err.println("heap after GC at " + finished[0] + "/" + total + " documents: " + liveHeapMb() + " MB");
          }
        });
    progress.close();
    Map<Path, Batch.Outcome<Done>> byFile = new java.util.HashMap<>();
    annotated.forEach(o -> byFile.put(o.file(), o));
    List<Batch.Outcome<Done>> outcomes = new ArrayList<>();
    for (Path f : files) {
      outcomes.add(reused.containsKey(f) ? new Batch.Outcome<>(f, TextInputs.stem(f), new Done(0, true), null)
          : byFile.get(f));
    }

    // pass 2: corpus-wide identity over every document's record, then each document's final ids
    long t0 = System.nanoTime();
    List<Integer> ok = new ArrayList<>();
    List<DocumentLayers> forLinking = new ArrayList<>();
    for (int i = 0; i < outcomes.size(); i++) {
      Batch.Outcome<Done> o = outcomes.get(i);
      if (!o.ok()) {
        continue;
      }
      try {
        forLinking.add(DocumentRecord.read(DocumentRecord.path(outDir, o.name()), false, "").layers());
        ok.add(i);
      } catch (IOException | RuntimeException e) {
        outcomes.set(i, o.failed(o.file() + ": cannot read its record " + DocumentRecord.path(outDir, o.name()) + ": "
            + e.getMessage()));
      }
    }
    // the records hold each document's layers with an empty text (texts are not kept in memory;
    // the text is put back when the document is written): linking reads spans, never the text
    List<DocumentLayers> linked = new ArrayList<>(s.linker().apply(forLinking));
    forLinking = null;
    for (int k = 0; k < ok.size(); k++) {
      int i = ok.get(k);
      outcomes.set(i, rewriteIds(outcomes.get(i), linked.get(k), outDir));
      linked.set(k, null);
    }
    if (s.progress() != Progress.Mode.NONE) {
      err.printf("identity linked across %d documents, ids rewritten in %.1f s%n", ok.size(),
          (System.nanoTime() - t0) / 1e9);
    }
    if (HEAP_LOG) {
      err.println("heap after GC after the identity pass: " + liveHeapMb() + " MB");
    }
    for (Batch.Outcome<Done> o : outcomes) {
      if (!o.ok()) {
        DocumentRecord.delete(outDir, o.name());
      }
    }
    int code = Batch.finish(outDir, outcomes, out, err);
    long reusedCount = outcomes.stream().filter(o -> o.ok() && o.value().reused()).count();
    if (reusedCount > 0) {
      out.printf("%d of them annotated by an earlier run (--resume)%n", reusedCount);
    }
    return code;
  }

  private static DocumentRecord.Decision resumeDecision(Path file, Path outDir, String configHash) {
    try {
      TextInputs.Input in = TextInputs.read(file);
      return DocumentRecord.decide(outDir, in.name(), DocumentRecord.hash(in.text()), configHash);
    } catch (BratFormatException e) {
      return DocumentRecord.Decision.NO_RECORD; // annotating it reports why it cannot be read
    }
  }

  /** Pass 1 for one document: annotate, write its files (document-level ids) and then its record. */
  private static Done annotateOne(TextInputs.Input input, Path outDir, DocumentAnnotator annotator, Settings s)
      throws Exception {
    Annotated a = annotator.annotate(input.name(), input.text());
    String[] formatted = format(input.file(), a.layers(), a.tokens());
    write(outDir, input.name(), formatted);
    BratWriter.writeAtomically(outDir.resolve(input.name() + ".txt"), input.text());
    DocumentRecord.write(outDir, new DocumentRecord.Header(input.name(), DocumentRecord.hash(input.text()),
        s.configHash()), a.layers(), a.tokens());
    return new Done(a.layers().tokenCount(), false);
  }

  /**
   * Pass 2 for one document: its {@code .ann} and {@code .json} with the corpus-wide ids of
   * {@code linked} (its layers as linking returned them, without text), from its text and
   * its record's token offsets.
   */
  private static Batch.Outcome<Done> rewriteIds(Batch.Outcome<Done> o, DocumentLayers linked, Path outDir) {
    try {
      TextInputs.Input input = TextInputs.read(o.file());
      DocumentRecord.Loaded rec = DocumentRecord.read(DocumentRecord.path(outDir, o.name()), true, input.text());
      if (!rec.header().textHash().equals(DocumentRecord.hash(input.text()))) {
        return o.failed(o.file() + ": the text changed while the run was going on");
      }
      DocumentLayers layers = new DocumentLayers(linked.name(), input.text(), linked.entities(), linked.attributions(),
          linked.relations(), linked.tokenCount(), linked.layout());
      write(outDir, o.name(), format(o.file(), layers, rec.tokens()));
      return o;
    } catch (Batch.DocumentFailure e) {
      return o.failed(e.getMessage());
    } catch (BratFormatException e) {
      return o.failed(e.getMessage());
    } catch (IOException | RuntimeException e) {
      return o.failed(o.file() + ": cannot write output: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /**
   * The document's {@code .ann} and {@code .json}, both formatted before either is written,
   * so a document whose layers cannot be converted fails alone and leaves nothing half-done.
   */
  private static String[] format(Path file, DocumentLayers layers, TokenIndex tokens) throws Batch.DocumentFailure {
    try {
      AnnotateOutput.Formatted f = AnnotateOutput.format(layers, tokens);
      return new String[] {f.ann(), f.json()};
    } catch (RuntimeException e) {
      throw new Batch.DocumentFailure(file + ": cannot write output: " + e.getClass().getSimpleName() + ": "
          + e.getMessage());
    }
  }

  private static void write(Path outDir, String name, String[] annAndJson) throws IOException {
    BratWriter.writeAtomically(outDir.resolve(name + ".json"), annAndJson[1]);
    BratWriter.writeAtomically(outDir.resolve(name + ".ann"), annAndJson[0]);
  }
}
