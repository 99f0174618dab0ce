package org.newsrel.report;

import java.util.List;
import org.newsrel.score.AttributionScores;
import org.newsrel.score.DocumentPair;
import org.newsrel.score.EntityScores;
import org.newsrel.score.IdentityScores;
import org.newsrel.score.RelationScores;

/** Everything computed for one system: the document pairs and the four layers' scores. */
public record SystemScores(String system, List<DocumentPair> documents, EntityScores entities,
    IdentityScores identity, AttributionScores attributions, RelationScores relations) {

  public SystemScores {
    documents = List.copyOf(documents);
  }
}
