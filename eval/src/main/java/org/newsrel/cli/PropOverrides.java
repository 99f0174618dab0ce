package org.newsrel.cli;

import java.util.List;
import java.util.Properties;
import org.newsrel.pipeline.PipelineProperties;

/**
 * {@code --prop KEY=VALUE} values as pipeline property overrides: each needs a non-empty
 * key and an {@code =}; a key given twice is an error; and every key must pass
 * {@link PipelineProperties#check}: known to the pipeline (CoreNLP itself ignores unknown
 * keys, so a typo would run silently with the default) and not dropping a newsrel layer.
 * Every refused key is listed, not only the first.
 */
final class PropOverrides {

  private PropOverrides() {}

  static Properties parse(List<String> values) throws UsageException {
    Properties p = new Properties();
    for (String v : values) {
      int eq = v.indexOf('=');
      String key = eq < 0 ? "" : v.substring(0, eq).strip();
      if (key.isEmpty() || key.contains(" ")) {
        throw new UsageException("--prop must be KEY=VALUE (e.g. newsrel_attribution.nested=true), got '" + v + "'");
      }
      if (p.containsKey(key)) {
        throw new UsageException("--prop " + key + " given twice");
      }
      p.setProperty(key, v.substring(eq + 1).strip());
    }
    List<String> refused = PipelineProperties.check(p);
    if (!refused.isEmpty()) {
      throw new UsageException(refused.size() == 1 ? "--prop " + refused.get(0)
          : "--prop: " + refused.size() + " refused keys:\n  " + String.join("\n  ", refused));
    }
    return p;
  }
}
