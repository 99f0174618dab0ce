package org.newsrel.cli;

import java.util.List;
import java.util.Properties;
import org.newsrel.pipeline.PipelineProperties;
import org.newsrel.run.UsageException;

/**
 * {@code --prop KEY=VALUE} values as pipeline property overrides: each needs a non-empty
 * key and an {@code =}; a key given twice is an error; and every key must pass
 * {@link PipelineProperties#check}: known to the pipeline (CoreNLP itself ignores unknown
 * keys, so a typo would run silently with the default) and not dropping a newsrel layer.
 * Every refused key is listed, not only the first. The Spark job's {@code --prop} and the
 * Transformer's {@code pipelineProperties} are checked here too ({@link #check}).
 */
public final class PropOverrides {

  private PropOverrides() {}

  static Properties parse(List<String> values) throws UsageException {
    try {
      return check("--prop", values);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /**
   * The overrides {@code values} ({@code KEY=VALUE} each) as properties; {@code option} names
   * them in messages.
   *
   * @throws IllegalArgumentException naming every refused value
   */
  public static Properties check(String option, List<String> values) {
    Properties p = new Properties();
    for (String v : values) {
      int eq = v.indexOf('=');
      String key = eq < 0 ? "" : v.substring(0, eq).strip();
      if (key.isEmpty() || key.contains(" ")) {
        throw new IllegalArgumentException(option + " must be KEY=VALUE (e.g. newsrel_attribution.nested=true), got '"
            + v + "'");
      }
      if (p.containsKey(key)) {
        throw new IllegalArgumentException(option + " " + key + " given twice");
      }
      p.setProperty(key, v.substring(eq + 1).strip());
    }
    List<String> refused = PipelineProperties.check(p);
    if (!refused.isEmpty()) {
      throw new IllegalArgumentException(refused.size() == 1 ? option + " " + refused.get(0)
          : option + ": " + refused.size() + " refused keys:\n  " + String.join("\n  ", refused));
    }
    return p;
  }
}
