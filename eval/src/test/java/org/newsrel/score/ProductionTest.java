package org.newsrel.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsrel.score.Docs.doc;
import static org.newsrel.score.Docs.t;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsrel.brat.BratDocument;

class ProductionTest {

  private static final String A = "Zelensky said troops captured two soldiers in Kursk.";

  @Test
  void aQuoteSystemProducesAttributionsAndIdentityOnly() {
    BratDocument d = doc("a", A, t(A, "T1", "Source", "Zelensky"), t(A, "T2", "Content", "troops captured"),
        t(A, "T3", "Attribution", "said"), "E1\tAttribution:T3 Source:T1 Content:T2",
        "N1\tReference T1 newsrel:volodymyr-zelensky\tVolodymyr Zelensky");
    Production p = Production.of(List.of(d, BratDocument.empty("b", "Nothing here.")));
    assertEquals(List.of("identity", "attributions"), p.layers());
    assertEquals(List.of("entities", "relations"), p.missingLayers());
    assertTrue(p.producesRole("Source"));
    assertFalse(p.producesRole("Cue"), "no Cue argument in any file");
  }

  @Test
  void entityTypesAndRelationTypesAreThoseSeenInAnyFile() {
    BratDocument a = doc("a", A, t(A, "T1", "PERSON", "Zelensky"), t(A, "T2", "Capture", "captured"),
        t(A, "T3", "Captive", "two soldiers"), "E1\tCapture:T2 Captive:T3");
    BratDocument b = doc("b", A, t(A, "T1", "LOCATION", "Kursk"));
    Production p = Production.of(List.of(a, b));
    assertEquals(java.util.Set.of("PERSON", "LOCATION"), p.entityTypes());
    assertEquals(java.util.Set.of("Capture"), p.relationTypes());
    assertFalse(p.produces(Production.IDENTITY), "no normalization");
    assertFalse(p.produces(Production.ATTRIBUTIONS));
  }

  @Test
  void nothingAtAllProducesNoLayer() {
    Production p = Production.of(List.of(BratDocument.empty("a", A)));
    assertEquals(List.of(), p.layers());
    assertEquals(Production.LAYERS, p.missingLayers());
  }

  @Test
  void errorsAreKeptOnlyForWhatIsProduced() {
    Production p = new Production(java.util.Set.of("PERSON"), false, java.util.Set.of("Source", "Content"),
        java.util.Set.of("Capture"));
    assertTrue(p.producesError("entity", "PERSON"));
    assertFalse(p.producesError("entity", "GROUP"));
    assertTrue(p.producesError("attribution Source", "Source"));
    assertFalse(p.producesError("attribution Cue", "Cue"));
    assertTrue(p.producesError("Capture trigger", "Capture"));
    assertTrue(p.producesError("Capture Captive", "Captive"));
    assertFalse(p.producesError("Kill Victim", "Victim"));
    assertEquals("relations", Production.layerOfError("Kill trigger"));
    assertEquals("attributions", Production.layerOfError("attribution Cue"));
    assertEquals("entities", Production.layerOfError("entity"));
  }

  @Test
  void anUnknownLayerIsRefusedByName() {
    Production p = Production.of(List.of());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p.produces("entity"));
    assertTrue(e.getMessage().contains("unknown layer 'entity'"), e.getMessage());
  }
}
