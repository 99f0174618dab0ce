package org.newsrel.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsrel.core.Argument;
import org.newsrel.core.DocumentLayers;
import org.newsrel.core.EntityMention;
import org.newsrel.core.Event;
import org.newsrel.core.TextSpan;
import org.newsrel.internal.ResourceLines;
import org.newsrel.ner.DocumentIdentity;
import org.newsrel.ner.DocumentIdentityTest;
import org.newsrel.ner.EntityAnnotator;
import org.newsrel.ner.EntityLexicon;

/** Corpus-wide identity on hand-made documents (no models). */
class CrossDocumentIdentityTest {

  private static final DocumentIdentity IDENTITY = new DocumentIdentity(EntityLexicon.loadDefault(), true);

  private static DocumentLayers doc(String name, String... items) {
    return doc(name, Map.of(), items);
  }

  private static DocumentLayers doc(String name, Map<String, String> acronyms, String... items) {
    List<EntityMention> ms = IDENTITY.assign(DocumentIdentityTest.mentions(items), acronyms);
    String text = "x".repeat(ms.isEmpty() ? 0 : ms.get(ms.size() - 1).span().end());
    return new DocumentLayers(name, text, ms, List.of(), List.of(), 0);
  }

  private static List<String> ids(List<DocumentLayers> docs) {
    List<String> out = new ArrayList<>();
    for (DocumentLayers d : docs) {
      out.add(d.entities().stream().map(m -> m.span().text() + "=" + m.canonicalId())
          .collect(Collectors.joining(" | ")));
    }
    return out;
  }

  @Test
  void argumentIdsOfNoEntityStayInTheirDocument() {
    List<DocumentLayers> docs = new ArrayList<>();
    for (String name : List.of("a", "b")) {
      DocumentLayers d = doc(name, "PERSON:Anna Berglund");
      String text = "One prisoner said it.";
      Argument own = Argument.of("Source", TextSpan.of(text, 0, 12)).withIdentity("one-prisoner-0", "One prisoner");
      Argument named = Argument.of("Captor", TextSpan.of(text, 0, 12)).withIdentity("anna-berglund", "Anna Berglund");
      Event e = new Event("Attribution", TextSpan.of(text, 13, 17), List.of(own, named), List.of(), 1, "t");
      docs.add(new DocumentLayers(name, d.text(), d.entities(), List.of(e), List.of(), 0));
    }
    List<DocumentLayers> linked = CrossDocumentIdentity.link(docs);
    assertEquals(List.of("d000-one-prisoner-0", "anna-berglund"), linked.get(0).attributions().get(0).arguments()
        .stream().map(Argument::canonicalId).toList());
    assertEquals(List.of("d001-one-prisoner-0", "anna-berglund"), linked.get(1).attributions().get(0).arguments()
        .stream().map(Argument::canonicalId).toList());
  }

  @Test
  void thePipelinesConfiguredLexiconIsTheOneTheCrossDocumentPassReads(@TempDir Path dir) throws IOException {
    // the default lexicon, less the seat of government that links the two Kremlin mentions
    List<String> lines = new ArrayList<>(ResourceLines.read("test", EntityLexicon.DEFAULT_RESOURCE));
    assertTrue(lines.remove("Kremlin"), "the default lexicon lists Kremlin as a seat of government");
    Path lexicon = Files.write(dir.resolve("no-seats.txt"), lines);
    Properties props = new Properties();
    props.setProperty("customAnnotatorClass.ents", EntityAnnotator.class.getName());
    props.setProperty("ents.lexicon", lexicon.toString());
    List<DocumentLayers> docs = List.of(doc("a", "ORGANIZATION:Kremlin"), doc("b", "LOCATION:Kremlin"));

    List<String> byDefault = ids(CrossDocumentIdentity.forPipeline(new Properties()).apply(docs));
    List<String> configured = ids(CrossDocumentIdentity.forPipeline(props).apply(docs));

    assertEquals(List.of("Kremlin=kremlin", "Kremlin=kremlin"), byDefault);
    assertEquals(ids(CrossDocumentIdentity.link(docs)), byDefault);
    assertNotEquals(configured.get(0), configured.get(1), "without the seat the two stay apart: " + configured);
  }

  @Test
  void aConfiguredLexiconThatCannotBeReadIsNamedInTheError() {
    Properties props = new Properties();
    props.setProperty("customAnnotatorClass.ents", EntityAnnotator.class.getName());
    props.setProperty("ents.lexicon", "/no/such/dir/lexicon.txt");
    RuntimeException e = assertThrows(RuntimeException.class, () -> CrossDocumentIdentity.forPipeline(props));
    assertTrue(e.getMessage().contains("ents") && e.getMessage().contains("/no/such/dir/lexicon.txt"), e.getMessage());
  }

  @Test
  void aSeatOfGovernmentMeetsItsPlaceMentionInAnotherDocument() {
    List<DocumentLayers> linked = CrossDocumentIdentity.link(List.of(
        doc("a", "ORGANIZATION:Kremlin"), doc("b", "LOCATION:Kremlin", "LOCATION:Zelvora"), doc("c", "ORGANIZATION:Zelvora")));
    assertEquals(List.of("Kremlin=kremlin", "Kremlin=kremlin | Zelvora=zelvora", "Zelvora=zelvora-2"), ids(linked));
  }

  @Test
  void transliterationVariantsMeetAcrossDocuments() {
    List<DocumentLayers> linked = CrossDocumentIdentity.link(List.of(
        doc("a", "PERSON:Oleksandr Petrenky", "PERSON:Petrenky"),
        doc("b", "PERSON:Oleksandr Petrenkyy"),
        doc("c", "PERSON:Oleksandr Petrenkiy", "PERSON:Petrenkiy")));
    assertEquals(List.of(
        "Oleksandr Petrenky=oleksandr-petrenky | Petrenky=oleksandr-petrenky",
        "Oleksandr Petrenkyy=oleksandr-petrenky",
        "Oleksandr Petrenkiy=oleksandr-petrenky | Petrenkiy=oleksandr-petrenky"), ids(linked));
  }

  @Test
  void hyphenationVariantsMeetAcrossDocuments() {
    List<DocumentLayers> linked = CrossDocumentIdentity.link(List.of(
        doc("a", "PERSON:Park Min-jun"), doc("b", "PERSON:Park Min Jun", "PERSON:Park")));
    assertEquals(List.of("Park Min-jun=park-min-jun", "Park Min Jun=park-min-jun | Park=park-min-jun"), ids(linked));
  }

  @Test
  void differentPeopleSharingASurnameStayApart() {
    List<DocumentLayers> linked = CrossDocumentIdentity.link(List.of(
        doc("a", "PERSON:Park Min-jun", "PERSON:Park"), doc("b", "PERSON:Ji-ho Park", "PERSON:Park")));
    assertEquals(List.of("Park Min-jun=park-min-jun | Park=park-min-jun", "Ji-ho Park=ji-ho-park | Park=ji-ho-park"),
        ids(linked));
  }

  @Test
  void bareSurnameJoinsTheOnlyFullNameInTheCorpus() {
    List<DocumentLayers> linked = CrossDocumentIdentity.link(List.of(
        doc("a", "PERSON:Anna Berglund"), doc("b", "PERSON:Berglund")));
    assertEquals(List.of("Anna Berglund=anna-berglund", "Berglund=anna-berglund"), ids(linked));
  }

  @Test
  void bareSurnameWithTwoCandidatesStaysItsOwn() {
    List<DocumentLayers> linked = CrossDocumentIdentity.link(List.of(
        doc("a", "PERSON:Anna Berglund"), doc("b", "PERSON:Erik Berglund"), doc("c", "PERSON:Berglund")));
    assertEquals(List.of("Anna Berglund=anna-berglund", "Erik Berglund=erik-berglund", "Berglund=berglund"),
        ids(linked));
  }

  @Test
  void bareSurnameLinkingCanBeSwitchedOff() {
    List<DocumentLayers> linked = new CrossDocumentIdentity(EntityLexicon.loadDefault(), false).apply(List.of(
        doc("a", "PERSON:Anna Berglund"), doc("b", "PERSON:Berglund")));
    assertEquals(List.of("Anna Berglund=anna-berglund", "Berglund=berglund"), ids(linked));
  }

  @Test
  void acronymMeetsItsExpansionFromAnotherDocument() {
    List<DocumentLayers> linked = CrossDocumentIdentity.link(List.of(
        doc("a", Map.of("PVK", "Border Guard"), "ORGANIZATION:Border Guard", "ORGANIZATION:PVK"),
        doc("b", "ORGANIZATION:PVK")));
    assertEquals(List.of("Border Guard=border-guard | PVK=border-guard", "PVK=border-guard"), ids(linked));
  }

  @Test
  void placesAndGroupsMeetByName() {
    List<DocumentLayers> linked = CrossDocumentIdentity.link(List.of(
        doc("a", "LOCATION:Zelvora region", "GROUP:Estonian soldiers"),
        doc("b", "LOCATION:Zelvora", "GROUP:two Estonian soldiers"),
        doc("c", "LOCATION:Zelvora region")));
    assertEquals(List.of("Zelvora region=zelvora-region | Estonian soldiers=estonian-troops",
        "Zelvora=zelvora-region | two Estonian soldiers=estonian-troops", "Zelvora region=zelvora-region"),
        ids(linked));
  }

  @Test
  void loneWordTaggedPersonOnceButPlaceElsewhereBecomesThePlace() {
    List<DocumentLayers> linked = CrossDocumentIdentity.link(List.of(
        doc("a", "LOCATION:Zelvora"), doc("b", "PERSON:Zelvora")));
    assertEquals("LOCATION Zelvora=zelvora", linked.get(1).entities().stream()
        .map(m -> m.type() + " " + m.span().text() + "=" + m.canonicalId()).collect(Collectors.joining()));
  }

  @Test
  void groupsWithDifferentNationalitiesDoNotChainThroughBareMentions() {
    List<DocumentLayers> linked = CrossDocumentIdentity.link(List.of(
        doc("a", "GROUP:Estonian soldiers", "GROUP:soldiers"), doc("b", "GROUP:Latvian soldiers", "GROUP:soldiers")));
    assertEquals(List.of("Estonian soldiers=estonian-troops | soldiers=estonian-troops",
        "Latvian soldiers=latvian-troops | soldiers=latvian-troops"), ids(linked));
  }

  @Test
  void sameIdInTwoDocumentsForDifferentEntitiesIsDisambiguated() {
    List<DocumentLayers> linked = CrossDocumentIdentity.link(List.of(
        doc("a", "PERSON:Park"), doc("b", "ORGANIZATION:Park")));
    assertEquals(List.of("Park=park", "Park=park-2"), ids(linked));
  }

  @Test
  void eventArgumentsFollowTheirEntity() {
    DocumentLayers a = doc("a", "PERSON:Oleksandr Petrenky");
    DocumentLayers b = doc("b", "PERSON:Oleksandr Petrenkyy");
    TextSpan span = b.entities().get(0).span();
    Event said = new Event("Attribution", span, List.of(new Argument("Source", List.of(span), "oleksandr-petrenkyy",
        "Oleksandr Petrenkyy")), List.of(), 1, "test");
    b = new DocumentLayers(b.name(), b.text(), b.entities(), List.of(said), List.of(), 0);
    List<DocumentLayers> linked = CrossDocumentIdentity.link(List.of(a, b));
    Argument source = linked.get(1).attributions().get(0).argument("Source").orElseThrow();
    assertEquals("oleksandr-petrenky Oleksandr Petrenky", source.canonicalId() + " " + source.canonicalName());
  }
}
