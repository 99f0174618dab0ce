package org.newsrel.it;

/**
 * Regression floors for the integration tests: a little below the figures measured when
 * they were set (see README), so that a change that loses accuracy turns the build red.
 * Raise them when the system improves; never lower them to make a change pass.
 */
final class Floors {

  private Floors() {}

  // measured 2026-11-23: gold named strict 0.995, identity B3 0.952 (0.925 before the group
  // exchange / counterparts / count / enemy / sender / part-of / verb-role / paragraph rules),
  // attribution end-to-end
  // 0.612, capture trigger 0.986; PolNeAR dev overlap Source 0.743, Cue 0.708, Content 0.650
  // (the output is deterministic; the margins leave room for a deliberate trade-off, not noise)
  // measured 2026-12-07 (continuation quotes as Content fragments, learned Content boundaries):
  // gold attribution end-to-end 0.635; PolNeAR dev overlap Source 0.744, Cue 0.708, Content
  // 0.674; exact Source 0.693, Cue 0.664, Content 0.531

  static final double GOLD_NAMED_STRICT_F1 = 0.97;
  static final double GOLD_IDENTITY_B3_F1 = 0.94;
  static final double GOLD_ATTRIBUTION_E2E_F1 = 0.60;
  // measured 2026-12-07 (issue 20: confinement and nominal triggers, rules for generic events,
  // places from the previous sentence): gold capture trigger 1.000, capture strict event 0.919,
  // kill strict event 0.800 (the three kill errors are parser failures, see README)
  static final double GOLD_CAPTURE_TRIGGER_F1 = 0.97;
  static final double GOLD_CAPTURE_STRICT_F1 = 0.89;
  static final double GOLD_KILL_STRICT_F1 = 0.78;
  static final double POLNEAR_SOURCE_OVERLAP_F1 = 0.72;
  static final double POLNEAR_CUE_OVERLAP_F1 = 0.69;
  static final double POLNEAR_CONTENT_OVERLAP_F1 = 0.67;
  static final double POLNEAR_SOURCE_EXACT_F1 = 0.68;
  static final double POLNEAR_CUE_EXACT_F1 = 0.66; // 0.682 measured 2026-12-07 with the Cue edges
  static final double POLNEAR_CONTENT_EXACT_F1 = 0.53; // 0.546 measured 2026-12-07, boundary window 40
  // measured 2026-12-07 (confidence model, fitted on held-out train): expected calibration
  // error of the attribution confidences on PolNeAR dev 0.052 (0.015 two-fold on held-out train)
  static final double POLNEAR_CONFIDENCE_MAX_ECE = 0.08;

  // gold/ner-dev (PERSON / ORGANIZATION / LOCATION, strict span+type F1), measured 2026-12-07:
  // newsrel PERSON 0.9595, ORGANIZATION 0.7908, LOCATION 0.9067, micro 0.9120 (stock
  // corenlp-ner 0.7235 / 0.6735 / 0.8651 / 0.7395); the floors are the measured figures
  // cut to two decimals
  static final double NER_DEV_PERSON_STRICT_F1 = 0.96;
  static final double NER_DEV_ORGANIZATION_STRICT_F1 = 0.80;
  static final double NER_DEV_LOCATION_STRICT_F1 = 0.90;
  static final double NER_DEV_MICRO_STRICT_F1 = 0.92; // 0.924 measured 2026-12-07, fifth stop
}
