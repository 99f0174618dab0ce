package org.newsrel.baseline;

import edu.stanford.nlp.ie.util.RelationTriple;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.naturalli.NaturalLogicAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.newsrel.brat.BratDocument;
import org.newsrel.brat.LayersToBrat;
import org.newsrel.core.Argument;
import org.newsrel.core.Event;
import org.newsrel.core.TextSpan;

/**
 * Stock {@code tokenize,ssplit,pos,lemma,ner,depparse,natlog,openie}. A triple whose
 * relation contains a capture verb lemma (capture, seize, detain, arrest, apprehend) is a
 * Capture, one containing "kill" a Kill; subject and object become Captor/Captive (Killer
 * /Victim), swapped when the relation is passive ("were captured by", or a bare participle);
 * an object behind another preposition ("captured in Ukraine") is left out. Every event is
 * Asserted: OpenIE has no modality. One event per trigger token (the first triple wins).
 */
public final class OpenieBaseline implements Baseline {

  private static final Map<String, String> TRIGGER_LEMMAS = Map.of(
      "capture", "Capture", "seize", "Capture", "detain", "Capture", "arrest", "Capture",
      "apprehend", "Capture", "kill", "Kill");

  @Override
  public String name() {
    return "corenlp-openie";
  }

  @Override
  public Properties properties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,natlog,openie");
    return p;
  }

  @Override
  public BratDocument convert(String docName, String text, Annotation doc) {
    List<Event> events = new ArrayList<>();
    Set<Integer> usedTriggers = new HashSet<>();
    for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      Collection<RelationTriple> triples = sentence.get(NaturalLogicAnnotations.RelationTriplesAnnotation.class);
      if (triples == null) {
        continue;
      }
      for (RelationTriple t : triples) {
        for (CoreLabel rel : t.relation) {
          String type = TRIGGER_LEMMAS.get(rel.lemma() == null ? "" : rel.lemma().toLowerCase());
          if (type == null || rel.beginPosition() < 0 || !usedTriggers.add(rel.beginPosition())) {
            continue;
          }
          // Passive: "were captured by", or a bare participle ("soldiers captured in X");
          // "have captured" is active. An object introduced by another preposition
          // ("captured in Ukraine") is not a participant.
          int at = t.relation.indexOf(rel);
          List<CoreLabel> after = t.relation.subList(at + 1, t.relation.size());
          boolean byAgent = after.stream().anyMatch(c -> "by".equalsIgnoreCase(c.word()));
          boolean perfect = t.relation.stream().anyMatch(c -> "have".equals(c.lemma()));
          boolean passive = byAgent || "VBN".equals(rel.tag()) && !perfect;
          boolean prepObject = !byAgent && after.stream().anyMatch(c -> "IN".equals(c.tag()) || "TO".equals(c.tag()));
          String agentRole = type.equals("Capture") ? "Captor" : "Killer";
          String patientRole = type.equals("Capture") ? "Captive" : "Victim";
          List<Argument> args = new ArrayList<>();
          addArg(args, passive ? patientRole : agentRole, t.subject, text);
          if (!prepObject) {
            addArg(args, passive ? agentRole : patientRole, t.object, text);
          }
          events.add(new Event(type, TextSpan.of(text, rel.beginPosition(), rel.endPosition()), args,
              List.of(new Event.Attribute("Modality", "Asserted")), t.confidence, "corenlp-openie"));
          break;
        }
      }
    }
    return new LayersToBrat.Builder(docName, text).confidences(false).events(events).build();
  }

  private static void addArg(List<Argument> args, String role, List<CoreLabel> tokens, String text) {
    int b = Integer.MAX_VALUE;
    int e = -1;
    for (CoreLabel c : tokens) {
      if (c.beginPosition() >= 0) {
        b = Math.min(b, c.beginPosition());
        e = Math.max(e, c.endPosition());
      }
    }
    if (e > b && args.stream().noneMatch(a -> a.role().equals(role))) {
      args.add(Argument.of(role, TextSpan.of(text, b, e)));
    }
  }
}
