/**
 * Which safety verdicts make a conversation HIGH RISK, in one place: the detector (src/safety)
 * names its rules so these match, and the summary and the route (machines/) read them.
 *
 * A rule id is `<level>.<name>` (`harm.strangulation`, `risk.threatToKill`,
 * `emergency.strangulationNow`). A rule is high risk when its name contains one of the kinds
 * below as whole camelCase words, at any level: `strangulation` matches `harm.strangulation`,
 * `risk.nonFatalStrangulation` and `emergency.strangulationNow`, but not `risk.strangers`.
 *
 * Non-fatal strangulation and threats to kill are always high risk (issue 8): they are among the
 * strongest predictors of serious harm, so the route is police + helpline + Paladin.
 */
export const HIGH_RISK_KINDS = ['strangulation', 'threatToKill'] as const;
export type HighRiskKind = (typeof HIGH_RISK_KINDS)[number];

/** "threatToKillTonight" -> ["threat", "to", "kill", "tonight"]. */
function camelWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function containsRun(words: readonly string[], run: readonly string[]): boolean {
  for (let i = 0; i + run.length <= words.length; i++) {
    if (run.every((w, j) => words[i + j] === w)) return true;
  }
  return false;
}

/** The high-risk kind a detector rule id names, if any. */
export function highRiskKindOf(ruleId: string): HighRiskKind | undefined {
  const dot = ruleId.indexOf('.');
  const words = camelWords(dot === -1 ? ruleId : ruleId.slice(dot + 1));
  return HIGH_RISK_KINDS.find((kind) => containsRun(words, camelWords(kind)));
}

/** The high-risk kinds among these rule ids, in HIGH_RISK_KINDS order, each once. */
export function highRiskKinds(ruleIds: readonly string[]): HighRiskKind[] {
  const found = new Set(ruleIds.map(highRiskKindOf).filter((k): k is HighRiskKind => k !== undefined));
  return HIGH_RISK_KINDS.filter((k) => found.has(k));
}
