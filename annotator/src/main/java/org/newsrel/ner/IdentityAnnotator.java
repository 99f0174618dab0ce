package org.newsrel.ner;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.newsrel.NewsrelAnnotations;
import org.newsrel.core.AnnotatorProperties;
import org.newsrel.core.Argument;
import org.newsrel.core.Event;
import org.newsrel.core.TextSpan;

/**
 * Identity of event arguments ({@code newsrel_identity}, runs last): fills canonicalId and
 * canonicalName on the Source, Captor, Captive, Killer and Victim arguments found by the
 * attribution and relation annotators, by resolving each argument span against the entity
 * layer with {@link ArgumentResolver}: names and name variants, descriptions ("the agency",
 * "Foo's spy agency", "Foo-ian intelligence"), pronouns (he, she, they, them, it, its,
 * who) and GROUP phrases.
 *
 * <p>Properties (under {@code NAME.}; unknown ones are rejected):
 * <ul>
 *   <li>{@code roles} (default {@code Source,Captor,Captive,Killer,Victim}): argument roles
 *       to resolve.
 *   <li>{@code lexicon} (default {@value EntityLexicon#DEFAULT_RESOURCE}): the entity lexicon
 *       (its {@code [description]} and {@code [nationality]} blocks are used here).
 * </ul>
 *
 * <p>Reads {@link NewsrelAnnotations.EntityMentionsAnnotation},
 * {@link NewsrelAnnotations.AttributionsAnnotation} and
 * {@link NewsrelAnnotations.RelationEventsAnnotation} (a missing layer is skipped) and
 * rewrites the two event layers with identities filled. Stateless; thread-safe.
 */
public final class IdentityAnnotator implements Annotator {

  private final Set<String> roles;
  private final ArgumentResolver resolver;

  public IdentityAnnotator(String name, Properties props) {
    AnnotatorProperties p = new AnnotatorProperties(name, props);
    this.roles = Set.of(p.get("roles", "Source,Captor,Captive,Killer,Victim").split("\\s*,\\s*"));
    this.resolver = new ArgumentResolver(EntityLexicon.load(name, p.get("lexicon", EntityLexicon.DEFAULT_RESOURCE)));
    p.rejectUnknown();
  }

  @Override
  public void annotate(Annotation doc) {
    List<EntityMention> entities = doc.get(NewsrelAnnotations.EntityMentionsAnnotation.class);
    if (entities == null) {
      return;
    }
    String text = doc.get(CoreAnnotations.TextAnnotation.class);
    List<Event> attributions = doc.get(NewsrelAnnotations.AttributionsAnnotation.class);
    List<TextSpan> talkedAbout = contents(attributions);
    if (attributions != null) {
      doc.set(NewsrelAnnotations.AttributionsAnnotation.class, resolve(text, entities, attributions, talkedAbout));
    }
    List<Event> relations = doc.get(NewsrelAnnotations.RelationEventsAnnotation.class);
    if (relations != null) {
      doc.set(NewsrelAnnotations.RelationEventsAnnotation.class, resolve(text, entities, relations, talkedAbout));
    }
  }

  /** The events with the identities of their role arguments filled (pure; for tests and tools). */
  public List<Event> resolve(String text, List<EntityMention> entities, List<Event> events) {
    return resolve(text, entities, events, List.of());
  }

  private List<TextSpan> contents(List<Event> attributions) {
    List<TextSpan> out = new ArrayList<>();
    if (attributions != null) {
      for (Event e : attributions) {
        e.argument("Content").ifPresent(a -> out.addAll(a.fragments()));
      }
    }
    return out;
  }

  /** As {@link #resolve(String, List, List)}, with the Content spans pronoun antecedents avoid. */
  public List<Event> resolve(String text, List<EntityMention> entities, List<Event> events, List<TextSpan> talkedAbout) {
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      List<Argument> args = new ArrayList<>();
      for (Argument a : e.arguments()) {
        if (roles.contains(a.role()) && a.canonicalId() == null) {
          EntityMention m = resolver.resolve(text, entities, a.begin(), a.end(), talkedAbout);
          args.add(m == null ? a : a.withIdentity(m.canonicalId(), m.canonicalName()));
        } else {
          args.add(a);
        }
      }
      out.add(new Event(e.type(), e.trigger(), args, e.attributes(), e.confidence(), e.rule()));
    }
    return List.copyOf(out);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TextAnnotation.class, NewsrelAnnotations.EntityMentionsAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of();
  }
}
