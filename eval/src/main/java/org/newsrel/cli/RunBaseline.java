package org.newsrel.cli;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.newsrel.baseline.Baseline;
import org.newsrel.brat.BratDocument;
import org.newsrel.brat.BratWriter;
import org.newsrel.run.Batch;
import org.newsrel.run.UsageException;

/** {@code newsrel baseline}: a stock CoreNLP system over a folder, converted to brat. */
final class RunBaseline {

  private RunBaseline() {}

  static int run(Baseline baseline, Path in, Path outDir, int threads, PrintStream out, PrintStream err)
      throws UsageException, IOException {
    List<Path> files = Batch.texts(in);
    long t0 = System.nanoTime();
    StanfordCoreNLP pipeline = baseline.pipeline();
    out.printf("%s: stock pipeline [%s] ready in %.1f s; %d documents%n", baseline.name(),
        baseline.properties().getProperty("annotators"), (System.nanoTime() - t0) / 1e9, files.size());
    List<Batch.Outcome<BratDocument>> outcomes = Batch.run(files, threads, input -> {
      Annotation doc = new Annotation(input.text());
      pipeline.annotate(doc);
      return baseline.convert(input.name(), input.text(), doc);
    }, out);
    for (Batch.Outcome<BratDocument> o : outcomes) {
      if (o.ok()) {
        BratWriter.write(o.value(), outDir, true);
      }
    }
    return Batch.finish(outDir, outcomes, out, err);
  }
}
