package org.newsrel.identity;

import static org.newsrel.core.EntityTypes.GROUP;
import static org.newsrel.core.EntityTypes.ORGANIZATION;
import static org.newsrel.core.EntityTypes.PERSON;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.newsrel.NewsrelAnnotations;
import org.newsrel.core.Argument;
import org.newsrel.core.EntityMention;
import org.newsrel.core.Event;
import org.newsrel.core.TextSpan;
import org.newsrel.internal.AnnotatorProperties;
import org.newsrel.ner.EntityLexicon;
import org.newsrel.quote.QuoteFinder;
import org.newsrel.relation.RelationAnnotator;

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
 *   <li>{@code roles} (default {@code Source,Captor,Captive,Killer,Victim,Place}): argument
 *       roles to resolve; a Place takes the id of the LOCATION heading it ("the Foo region
 *       of western Bar" gives foo-region), other roles go through {@link ArgumentResolver}.
 *   <li>{@code lexicon} (default {@value EntityLexicon#DEFAULT_RESOURCE}): the entity lexicon
 *       (its {@code [description]}, {@code [nationality]}, {@code [group-synonym]},
 *       {@code [group-role]}, {@code [group-role-context]} and {@code [identity-word]} blocks
 *       are used here).
 *   <li>{@code groupRoles} (default true): re-key GROUP ids by affiliation, class and role in
 *       the relation layer ({@link GroupIdentity}: the captured soldiers, the killed soldiers
 *       and the deployed soldiers of one nationality are three groups), and resolve a plural
 *       pronoun that is the Captive of an asserted Capture (Victim of an asserted Kill) to the
 *       nearest preceding captured (killed) group.
 *   <li>{@code relations} (default {@value RelationAnnotator#DEFAULT_RELATIONS}, as the relation
 *       annotator's): the rule files whose {@code sides} line says, for {@code groupRoles},
 *       which argument of an event is its agent and which the affected party (Captor and
 *       Captive, Killer and Victim) and what an asserted event makes the affected group
 *       (captured, killed).
 *   <li>{@code ownIdRoles} (default {@code Captor,Captive,Killer,Victim}; empty for none): an
 *       argument of these roles that resolves to no entity ("one prisoner", "a surviving
 *       soldier") gets an id of its own (slug of its words and its offset,
 *       {@code one-prisoner-1480}), since it still names someone; Sources are left out by
 *       default because a speaker's id is compared as a string with gold ids, which such an
 *       id never equals, while an unidentified Source is compared by its span;
 *       pronouns without antecedent and report nouns without owner ("Reports") stay
 *       without id. {@link CrossDocumentIdentity} keeps such ids inside their document. A
 *       singular description of a person ("one Foo-ian soldier", "a senior official") is
 *       then also an antecedent for a later he/she/who argument.
 *   <li>{@code namedOverPronoun} (default empty: none; e.g. {@code Captor,Captive,Killer,Victim}):
 *       an argument of these roles that is a personal pronoun (he, she, him, her, they,
 *       them, we, us) and resolves to a named PERSON or ORGANIZATION of the entity layer in its
 *       own sentence or the one before is replaced by that named mention (span and id).
 *       Off by default: our gold and RAMS both keep the pronoun as the argument span when it
 *       is the trigger's syntactic argument (on rams-dev it turned four right pronoun
 *       fillers into wrong spans); the pronoun still gets the named entity's id. Antecedents that are only descriptions ("one
 *       captured soldier") never replace the pronoun; Sources keep their pronoun, as PolNeAR
 *       annotates it.
 * </ul>
 *
 * <p>Reads {@link NewsrelAnnotations.EntityMentionsAnnotation},
 * {@link NewsrelAnnotations.AttributionsAnnotation} and
 * {@link NewsrelAnnotations.RelationEventsAnnotation} (a missing layer is skipped) and
 * rewrites the two event layers with identities filled; with {@code groupRoles} it also
 * rewrites the GROUP ids of {@link NewsrelAnnotations.EntityMentionsAnnotation}.
 * Stateless; thread-safe.
 */
public final class IdentityAnnotator implements Annotator {

  private final Set<String> roles;
  private final ArgumentResolver resolver;
  private final GroupIdentity groupIdentity;
  private final Set<String> ownIdRoles;
  private final Set<String> namedOverPronoun;
  private final IdentityWords cues;

  /**
   * The properties this annotator reads, under its {@code name + "."} prefix (see the class
   * comment for each one's meaning and default); any other key under the prefix is rejected.
   */
  public static final java.util.Set<String> PROPERTIES = java.util.Set.of(
      "roles", "lexicon", "groupRoles", "relations", "ownIdRoles", "namedOverPronoun");

  public IdentityAnnotator(String name, Properties props) {
    AnnotatorProperties p = new AnnotatorProperties(name, props, PROPERTIES);
    this.roles = Set.of(p.get("roles", "Source,Captor,Captive,Killer,Victim,Place").split("\\s*,\\s*"));
    EntityLexicon lexicon = EntityLexicon.load(name, p.get("lexicon", EntityLexicon.DEFAULT_RESOURCE));
    this.resolver = new ArgumentResolver(lexicon);
    this.cues = new IdentityWords(lexicon);
    String relations = p.get("relations", RelationAnnotator.DEFAULT_RELATIONS);
    this.groupIdentity = p.getBoolean("groupRoles", true)
        ? new GroupIdentity(lexicon, EventSides.load(name, relations)) : null;
    this.ownIdRoles = Set.of(p.get("ownIdRoles", "Captor,Captive,Killer,Victim").split("\\s*,\\s*"));
    String named = p.get("namedOverPronoun", "").trim();
    this.namedOverPronoun = named.isEmpty() ? Set.of() : Set.of(named.split("\\s*,\\s*"));
    p.rejectUnknown();
  }

  @Override
  public void annotate(Annotation doc) {
    List<EntityMention> entities = doc.get(NewsrelAnnotations.EntityMentionsAnnotation.class);
    if (entities == null) {
      return;
    }
    String text = doc.get(CoreAnnotations.TextAnnotation.class);
    List<Event> relations = doc.get(NewsrelAnnotations.RelationEventsAnnotation.class);
    if (groupIdentity != null) {
      entities = groupIdentity.assign(text, entities, relations == null ? List.of() : relations);
      doc.set(NewsrelAnnotations.EntityMentionsAnnotation.class, entities);
    }
    List<Event> attributions = doc.get(NewsrelAnnotations.AttributionsAnnotation.class);
    List<TextSpan> talkedAbout = contents(attributions);
    if (attributions != null) {
      doc.set(NewsrelAnnotations.AttributionsAnnotation.class, resolve(text, entities, attributions, talkedAbout));
    }
    if (relations != null) {
      doc.set(NewsrelAnnotations.RelationEventsAnnotation.class, resolve(text, entities, relations, talkedAbout));
    }
  }

  /**
   * The entities with GROUP ids keyed by role ({@link GroupIdentity}), as {@link #annotate}
   * does before resolving arguments; unchanged without {@code groupRoles}.
   */
  public List<EntityMention> groupIdentities(String text, List<EntityMention> entities, List<Event> relations) {
    return groupIdentity == null ? entities : groupIdentity.assign(text, entities, relations);
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
  public List<Event> resolve(String text, List<EntityMention> entityLayer, List<Event> events,
      List<TextSpan> talkedAbout) {
    List<EntityMention> entities = new ArrayList<>(entityLayer);
    // people described, not named ("one captured soldier"): antecedents for a later "he" or "who"
    for (Event e : events) {
      for (Argument a : e.arguments()) {
        if (roles.contains(a.role()) && ownIdRoles.contains(a.role()) && a.canonicalId() == null
            && resolver.resolve(text, entityLayer, a.begin(), a.end(), talkedAbout) == null) {
          EntityMention p = resolver.describedPerson(text, a.begin(), a.end());
          if (p != null && entities.stream().noneMatch(x -> x.span().equals(p.span()) && x.type().equals(PERSON))) {
            entities.add(p);
          }
        }
      }
    }
    List<TextSpan> quoted = QuoteFinder.find(text);
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      List<Argument> args = new ArrayList<>();
      for (Argument a : e.arguments()) {
        if (roles.contains(a.role()) && a.canonicalId() == null) {
          EntityMention m = a.role().equals("Place") ? resolver.place(text, entities, a.begin(), a.end())
              : patientPronoun(text, entities, e, a);
          if (m == null && !a.role().equals("Place")) {
            // people talked about are less likely the next speaker; for other roles only names
            // inside direct quotations are ("shouted “Long live Foo”" ... "he was shot")
            m = resolver.resolve(text, entities, a.begin(), a.end(), a.role().equals("Source") ? talkedAbout : quoted);
          }
          String own = m == null && ownIdRoles.contains(a.role()) ? resolver.ownId(text, a.begin(), a.end()) : null;
          if (m != null && namedOverPronoun.contains(a.role()) && isNamedAntecedent(text, entityLayer, a, m)) {
            args.add(new Argument(a.role(), List.of(m.span()), m.canonicalId(), m.canonicalName()));
            continue;
          }
          args.add(m != null ? a.withIdentity(m.canonicalId(), m.canonicalName())
              : own != null ? a.withIdentity(own, text.substring(a.begin(), a.end()).strip()) : a);
        } else {
          args.add(a);
        }
      }
      out.add(new Event(e.type(), e.trigger(), args, e.attributes(), e.confidence(), e.rule()));
    }
    return List.copyOf(out);
  }

  private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.!?][\"\u201d\u2019')]*\\s");

  /**
   * Whether {@code m} is a named PERSON / ORGANIZATION of the entity layer (not a description
   * added for pronouns) before the pronoun argument {@code a}, at most one sentence end away.
   */
  private boolean isNamedAntecedent(String text, List<EntityMention> entityLayer, Argument a, EntityMention m) {
    String word = text.substring(a.begin(), a.end()).strip().toLowerCase(java.util.Locale.ROOT);
    if (a.fragments().size() != 1 || !cues.is("personal-pronoun", word) || !entityLayer.contains(m)
        || !(m.type().equals(PERSON) || m.type().equals(ORGANIZATION)) || m.span().end() > a.begin()) {
      return false;
    }
    java.util.regex.Matcher ends = SENTENCE_END.matcher(text.substring(m.span().end(), a.begin()));
    int count = 0;
    while (ends.find()) {
      count++;
    }
    return count <= 1;
  }

  /**
   * "they" as the Captive of an asserted Capture (Victim of an asserted Kill): the nearest
   * preceding GROUP whose key has that role; null when not such a pronoun or none exists.
   */
  private EntityMention patientPronoun(String text, List<EntityMention> entities, Event e, Argument a) {
    if (groupIdentity == null || !a.role().equals(groupIdentity.sides().affected(e.type()))) {
      return null;
    }
    String role = groupIdentity.sides().affectedRole(e);
    String span = text.substring(a.begin(), a.end()).strip().toLowerCase(java.util.Locale.ROOT);
    if (role == null || !cues.is("patient-pronoun", span)) {
      return null;
    }
    EntityMention best = null;
    for (EntityMention m : entities) {
      if (m.type().equals(GROUP) && m.canonicalId() != null && m.span().end() <= a.begin()
          && m.canonicalId().startsWith(role + "-")) {
        best = m;
      }
    }
    return best;
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
