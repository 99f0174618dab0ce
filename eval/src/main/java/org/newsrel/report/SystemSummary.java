package org.newsrel.report;

import java.util.List;
import java.util.Objects;
import org.newsrel.score.Confusion;
import org.newsrel.score.Production;

/**
 * What the report says about one system besides its metric rows.
 *
 * @param production the layers, types and roles its output has ({@link Production})
 * @param documents gold documents it was scored on
 * @param missing gold documents without a prediction file, sorted (scored as empty)
 * @param entityTypes gold against predicted entity type on spans with identical fragments
 * @param kinds gold against predicted attribution Kind on aligned attributions
 * @param modalities gold against predicted Modality on paired relation events
 * @param provenance rules and confidences from its NAME.json files (empty for outside systems)
 */
public record SystemSummary(String system, Production production, int documents, List<String> missing,
    Confusion entityTypes, Confusion kinds, Confusion modalities, Provenance provenance) {

  public SystemSummary {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(production, "production");
    missing = List.copyOf(missing);
    Objects.requireNonNull(entityTypes, "entityTypes");
    Objects.requireNonNull(kinds, "kinds");
    Objects.requireNonNull(modalities, "modalities");
    Objects.requireNonNull(provenance, "provenance");
    if (missing.size() > documents) {
      throw new IllegalArgumentException(system + ": " + missing.size() + " missing of " + documents + " documents");
    }
  }
}
