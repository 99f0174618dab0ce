package org.newsrel.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvenanceTest {

  @Test
  void rulesAndConfidencesOfEntitiesAndEvents(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.json"), """
        {"entities": [{"type": "PERSON", "begin": 0, "end": 8, "rule": "gazetteer", "confidence": 0.8}],
         "attributions": [{"type": "Attribution", "trigger": {"begin": 9, "end": 13}, "rule": "cue-verb",
                           "confidence": 0.6}],
         "relations": [{"type": "Capture", "trigger": {"begin": 20, "end": 28}, "rule": null}]}""");
    Files.writeString(dir.resolve("broken.json"), "{\"entities\": [");
    List<String> notes = new ArrayList<>();
    Provenance p = Provenance.read(dir, List.of("a", "broken", "absent"), notes);
    assertEquals(new Provenance.Detail("gazetteer", OptionalDouble.of(0.8)),
        p.get("a", Provenance.entityKey("PERSON", 0, 8)).orElseThrow());
    assertEquals("cue-verb", p.get("a", Provenance.eventKey("Attribution", 9, 13)).orElseThrow().rule());
    assertEquals(new Provenance.Detail("", OptionalDouble.empty()),
        p.get("a", Provenance.eventKey("Capture", 20, 28)).orElseThrow());
    assertTrue(p.get("absent", Provenance.entityKey("PERSON", 0, 8)).isEmpty(), "outside systems have no NAME.json");
    assertEquals(1, notes.size());
    assertTrue(notes.get(0).contains("broken.json is not readable newsrel JSON"), notes.get(0));
  }
}
