package org.newsrel.ner;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;

/**
 * Token-level rules of the entity layer: turns CoreNLP's NER tags into the named layer
 * (PERSON, ORGANIZATION, LOCATION, DATE, NUMBER), fixing the stock errors, and finds
 * NATIONALITY words and titles split off names. Holds the order of the rules, each a
 * {@link LabelRule} of one concern applied to the document's {@link DocumentLabels}; the
 * word lists come from {@link EntityLexicon}. Stateless after construction.
 */
final class TokenLabeler {

  private final HeadlineCase headlines;
  private final List<LabelRule> rules;

  TokenLabeler(EntityLexicon lexicon) {
    this.headlines = new HeadlineCase(lexicon);
    this.rules = List.of(
        new StockTags(),
        new SecondReading(lexicon),
        new Pronouns(lexicon),
        new NameEdges(lexicon),
        new WebNames(),
        new SeatsOfGovernment(lexicon),
        new OrganisationHeads(lexicon),
        new Acronyms(lexicon),
        new HeadlineNoise(lexicon),
        new DemonymTeams(lexicon),
        new Nationalities(lexicon),
        new LocationHeads(lexicon),
        new DocumentConsistency(lexicon),
        new PrepositionalPlaces(lexicon),
        new LeadingTitles(lexicon),
        new TranscriptSpeakers(lexicon),
        new Dates(lexicon),
        new Numbers(lexicon),
        // once more: a name run split by a later rule ("Center for Foo at" | "Bar University"
        // | "'s School of Baz") keeps a function word or a possessive at its new edge
        new NameEdges(lexicon));
  }

  DocumentLabels label(String text, List<CoreLabel> tokens, List<CoreMap> sentences) {
    return label(text, tokens, sentences, null);
  }

  /**
   * Labels a document; {@code second} is a second CRF's answer per token (PERSON,
   * ORGANIZATION, LOCATION or O), or null.
   */
  DocumentLabels label(String text, List<CoreLabel> tokens, List<CoreMap> sentences, String[] second) {
    DocumentLabels d = new DocumentLabels(text, tokens, second);
    for (CoreMap sentence : sentences) {
      int from = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
      int to = sentence.get(CoreAnnotations.TokenEndAnnotation.class);
      d.addSentence(from, to, headlines.isTitleCase(tokens.subList(from, to)));
    }
    for (LabelRule rule : rules) {
      rule.apply(d);
    }
    return d;
  }
}
