/**
 * Trains the learned recall signal (src/safety/model.ts) on the labelled corpus and every kept blind
 * batch, and writes src/safety/models/en-GB.json:
 *   npm run safety:train                 train on everything and write the model
 *   npm run safety:train -- --holdout batch-5   report how it does on one batch left out (no write)
 *   npm run safety:train -- --without batch-20,batch-21   write a model trained without those batches
 *
 * Emergency and crisis are each a logistic regression (src/learned/train.ts: full-batch gradient descent
 * with L2, stopped after a fixed number of passes; no randomness: the same data always gives the same weights). The threshold is
 * the lowest score that keeps false alarms on safe messages at or under TARGET_FALSE_ALARMS in
 * five-fold cross-validation, so the signal adds recall without adding alarms.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { featuresOf, scoreFeatures, type LinearModel, type SafetyModel } from '../src/safety/model';
import { trainLogistic } from '../src/learned/train';
import { packFor } from '../src/safety/rules';
import { runRules } from '../src/safety/engine';
import { CORPUS } from '../test/safety/corpus.en-GB';
import { HELD_OUT } from '../test/safety/heldout.en-GB';
import { keptBatches } from '../test/safety/blind/blind.batches';

const EPOCHS = Number(process.env.EPOCHS ?? 800);
const LEARNING_RATE = Number(process.env.LR ?? 1);
const L2 = Number(process.env.L2 ?? 1e-3);
const MIN_COUNT = 2;
const TARGET_FALSE_ALARMS = Number(process.env.TARGET ?? 0.014);
const FOLDS = 5;

type Kind = 'emergency' | 'crisis' | 'risk' | 'safe';
interface Example {
  features: string[];
  kind: Kind;
  source: string;
}

const { normalisation, concepts } = packFor('en-GB');
const CONCEPTS = process.env.CONCEPTS === '0' ? undefined : concepts;

function examples(exclude: readonly string[] = []): { train: Example[]; held: Example[]; sources: string[] } {
  const all: Example[] = [];
  for (const m of CORPUS) {
    const kind: Kind = m.label === 'none' ? 'safe' : m.label === 'harm' ? 'risk' : m.label;
    all.push({ features: featuresOf(m.text, normalisation, CONCEPTS), kind, source: 'corpus' });
  }
  for (const batch of HELD_OUT) {
    for (const [text, label] of batch.cases) {
      const kind: Kind = label === 'none' ? 'safe' : label === 'harm' ? 'risk' : label;
      all.push({ features: featuresOf(text, normalisation, CONCEPTS), kind, source: 'heldout' });
    }
  }
  const sources = ['test/safety/corpus.en-GB.ts', 'test/safety/heldout.en-GB.ts'];
  for (const batch of keptBatches()) {
    if (!exclude.includes(batch.name)) sources.push(`test/safety/blind/${batch.name}.json`);
    for (const m of batch.messages) {
      if (m.label === 'either') continue;
      all.push({ features: featuresOf(m.text, normalisation, CONCEPTS), kind: m.label, source: batch.name });
    }
  }
  return { train: all.filter((e) => !exclude.includes(e.source)), held: all.filter((e) => exclude.includes(e.source)), sources };
}

function train(data: readonly Example[], positive: Kind): Omit<LinearModel, 'threshold'> {
  return trainLogistic(
    data.map((e) => ({ features: e.features, y: e.kind === positive ? 1 : 0 })),
    { epochs: EPOCHS, learningRate: LEARNING_RATE, l2: L2, minCount: MIN_COUNT },
  );
}

/** The lowest threshold whose cross-validated false alarms on safe messages stay under the target. */
function chooseThreshold(data: readonly Example[], positive: Kind): number {
  const safeScores: number[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const trainSet = data.filter((_, i) => i % FOLDS !== fold);
    const test = data.filter((_, i) => i % FOLDS === fold);
    const model = { ...train(trainSet, positive), threshold: 1 };
    for (const e of test) if (e.kind === 'safe') safeScores.push(scoreFeatures(model, e.features).score);
  }
  safeScores.sort((a, b) => b - a);
  const allowed = Math.floor(safeScores.length * TARGET_FALSE_ALARMS);
  const edge = safeScores[allowed] ?? 0.5;
  return Math.max(0.5, Math.round((edge + 0.005) * 1000) / 1000);
}

function report(model: SafetyModel, held: readonly Example[], texts: readonly { text: string; kind: Kind }[]): void {
  // With the rules: what the person would get from both together.
  for (const cut of [0.5, 0.6, 0.7, 0.8]) {
    const got = texts.map((t) => {
      const rule = runRules(t.text, packFor('en-GB')).map((m) => m.level);
      const f = featuresOf(t.text, normalisation, CONCEPTS);
      const e = rule.includes('emergency') || scoreFeatures(model.emergency, f).score >= cut;
      const c = rule.includes('crisis') || scoreFeatures(model.crisis, f).score >= cut;
      return { kind: t.kind, e, c };
    });
    const urgent = got.filter((g) => g.kind === 'emergency' || g.kind === 'crisis');
    const hit = urgent.filter((g) => (g.kind === 'emergency' ? g.e || g.c : g.c));
    const safe = got.filter((g) => g.kind === 'safe');
    console.log(`  rules + model at ${cut}: recall ${hit.length}/${urgent.length}, false alarms ${safe.filter((g) => g.e || g.c).length}/${safe.length}`);
  }
  for (const level of ['emergency', 'crisis'] as const) {
    const positives = held.filter((e) => e.kind === level);
    const hits = positives.filter((e) => scoreFeatures(model[level], e.features).score >= model[level].threshold);
    const safe = held.filter((e) => e.kind === 'safe');
    const alarms = safe.filter((e) => scoreFeatures(model[level], e.features).score >= model[level].threshold);
    console.log(`  ${level}: recall ${hits.length}/${positives.length}, false alarms on safe ${alarms.length}/${safe.length}, threshold ${model[level].threshold}`);
  }
}

function main(): void {
  const holdoutIndex = process.argv.indexOf('--holdout');
  const holdout = holdoutIndex > 0 ? process.argv[holdoutIndex + 1] : undefined;
  // --without batch-20,batch-21 writes a model trained without those batches (to re-run a first run).
  const withoutIndex = process.argv.indexOf('--without');
  const without = withoutIndex > 0 ? (process.argv[withoutIndex + 1] ?? '').split(',') : [];
  const { train: data, held, sources } = examples(holdout ? [holdout] : without);
  const model: SafetyModel = {
    locale: 'en-GB',
    trainedOn: sources,
    emergency: { ...train(data, 'emergency'), threshold: chooseThreshold(data, 'emergency') },
    crisis: { ...train(data, 'crisis'), threshold: chooseThreshold(data, 'crisis') },
  };
  console.log(`trained on ${data.length} messages from ${sources.length} sources`);
  if (holdout) {
    console.log(`held out ${holdout} (${held.length} messages):`);
    const batch = keptBatches().find((b) => b.name === holdout);
    report(model, held, (batch?.messages ?? []).filter((m) => m.label !== 'either').map((m) => ({ text: m.text, kind: m.label as Kind })));
    return;
  }
  const file = path.join(__dirname, '..', 'src', 'safety', 'models', 'en-GB.json');
  writeFileSync(file, `${JSON.stringify(model)}\n`);
  console.log(`wrote ${file}: ${Object.keys(model.emergency.weights).length} + ${Object.keys(model.crisis.weights).length} weights`);
}

main();
