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
import org.newsrel.convert.LayersJson;
import org.newsrel.convert.LayersToBrat;
import org.newsrel.convert.TokenIndex;
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
    for (Batch.Outcome<Result> o : outcomes) {
      if (!o.ok()) {
        continue;
      }
      DocumentLayers layers = linked.get(k++);
      BratDocument brat = LayersToBrat.convert(layers);
      BratWriter.writeAtomically(outDir.resolve(layers.name() + ".json"), LayersJson.write(layers, o.value().tokens()));
      BratWriter.write(brat, outDir, true);
    }
    return Batch.finish(outDir, outcomes, out, err);
  }
}
