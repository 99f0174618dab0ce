package org.newsrel.baseline;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAnnotator;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.newsrel.brat.BratDocument;
import org.newsrel.brat.LayersToBrat;
import org.newsrel.core.Argument;
import org.newsrel.core.Event;
import org.newsrel.core.TextSpan;

/**
 * Stock {@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote} with statistical coref
 * (CoreNLP's quote-attribution pipeline). Each quote becomes an Attribution: Content =
 * the quote with its marks, Source = QuoteAttribution's speaker mention, id = the slug of
 * its canonical mention (or of the speaker string). CoreNLP finds no cue, so the trigger
 * is the opening quotation mark and there is no Cue argument; Kind is Direct. Quotes with
 * no speaker become Attribution-no-source.
 */
public final class QuoteBaseline implements Baseline {

  @Override
  public String name() {
    return "corenlp-quote";
  }

  @Override
  public Properties properties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
    p.setProperty("coref.algorithm", "statistical");
    return p;
  }

  @Override
  public BratDocument convert(String docName, String text, Annotation doc) {
    List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
    List<Event> events = new ArrayList<>();
    for (CoreMap q : QuoteAnnotator.gatherQuotes(doc)) {
      int b = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int e = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      if (e <= b) {
        continue;
      }
      List<Argument> args = new ArrayList<>();
      args.add(Argument.of("Content", TextSpan.of(text, b, e)));
      Integer mb = q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
      Integer me = q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
      String type = "Attribution-no-source";
      if (mb != null && me != null && mb >= 0 && me < tokens.size() && mb <= me) {
        int sb = tokens.get(mb).beginPosition();
        int se = tokens.get(me).endPosition();
        if (se <= b || sb >= e) { // a speaker inside the quote is no speaker
          String canonical = q.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class);
          String speaker = q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
          String idSource = canonical != null ? canonical : speaker != null ? speaker : text.substring(sb, se);
          args.add(new Argument("Source", List.of(TextSpan.of(text, sb, se)), Baseline.slug(idSource), idSource));
          type = "Attribution";
        }
      }
      events.add(new Event(type, TextSpan.of(text, b, b + 1), args,
          List.of(new Event.Attribute("Kind", "Direct")), 1.0, "corenlp-quote"));
    }
    return new LayersToBrat.Builder(docName, text).confidences(false).events(events).build();
  }
}
