/**
 * Scorers: pure functions from gold and predicted documents to scores. Entities (strict and
 * partial, per type, nervaluate's measures), identity (B-cubed), attribution (exact and overlap
 * spans, end to end, speaker and Kind accuracy), relations, RAMS-style window events;
 * bootstrap intervals, calibration, error records. The empty case of every ratio is defined once
 * ({@code Ratio}, shown as n/a).
 */
package org.newsrel.score;
