/**
 * Who is who: the id decisions made on the entity layer after the document pass.
 *
 * <p>{@code IdentityAnnotator} ({@code newsrel_identity}, runs last) re-keys GROUP ids by
 * affiliation, class and role ({@code GroupIdentity}) and resolves event arguments and speakers
 * to entity ids ({@code ArgumentResolver}). {@code CrossDocumentIdentity} (with {@code
 * RoleAdoption}, {@code IdentityCluster}, {@code ClusterIdentity}) links ids across documents
 * into one canonical identity per real-world entity, with the lexicon the pipeline's entity
 * annotator was configured with ({@code forPipeline}); the CLI, the bench and the Spark job share
 * it. Depends on the entity layer ({@code ner}: the lexicon, name keys, document ids) and on the
 * relation rule files (which role of an event is its agent and which the affected party), never
 * the other way round.
 */
package org.newsrel.identity;

