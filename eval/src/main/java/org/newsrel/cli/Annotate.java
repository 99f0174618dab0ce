package org.newsrel.cli;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsrel.brat.BratDocument;
import org.newsrel.brat.BratWriter;
import org.newsrel.json.LayersJson;
import org.newsrel.convert.LayersToBrat;
import org.newsrel.json.TokenIndex;
import org.newsrel.core.DocumentLayers;
import org.newsrel.pipeline.NewsrelPipeline;

/** {@code newsrel annotate}: the newsrel pipeline over a folder of texts, brat + JSON out. */
final class Annotate {

  private record Result(DocumentLayers layers, TokenIndex tokens) {}

  private Annotate() {}

  static int run(Path in, Path outDir, int threads, PrintStream out, PrintStream err) throws UsageException, IOException {
    List<Path> files = Batch.texts(in);
    long t0 = System.nanoTime();
    StanfordCoreNLP pipeline = NewsrelPipeline.shared();
    out.printf("newsrel pipeline ready in %.1f s; annotating %d documents on %d thread(s)%n",
        (System.nanoTime() - t0) / 1e9, files.size(), threads);
    List<Batch.Outcome<Result>> outcomes = Batch.run(files, threads, input -> {
      Annotation doc = new Annotation(input.text());
      pipeline.annotate(doc);
      return new Result(NewsrelPipeline.layers(input.name(), input.text(), doc), TokenIndex.of(doc));
    }, out);

    List<DocumentLayers> annotated = new ArrayList<>();
    for (Batch.Outcome<Result> o : outcomes) {
      if (o.ok()) {
        annotated.add(o.value().layers());
      }
    }
    List<DocumentLayers> linked = CorpusLinking.link(annotated);
    int k = 0;
    List<Batch.Outcome<Result>> written = new ArrayList<>();
    for (Batch.Outcome<Result> o : outcomes) {
      if (!o.ok()) {
        written.add(o);
        continue;
      }
      DocumentLayers layers = linked.get(k++);
      // A document whose layers cannot be converted fails alone (listed in the manifest);
      // both outputs are formatted before either is written, so none is left half-done.
      String json;
      BratDocument brat;
      try {
        brat = LayersToBrat.convert(layers);
        BratWriter.format(brat);
        json = LayersJson.write(layers, o.value().tokens());
      } catch (RuntimeException e) {
        written.add(o.failed(o.file() + ": cannot write output: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
        continue;
      }
      BratWriter.writeAtomically(outDir.resolve(layers.name() + ".json"), json);
      BratWriter.write(brat, outDir, true);
      written.add(o);
    }
    return Batch.finish(outDir, written, out, err);
  }
}
