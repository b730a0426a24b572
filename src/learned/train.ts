/**
 * Training for the shared learned signal (./linear.ts): one logistic regression, full-batch
 * gradient descent with L2, stopped after a fixed number of passes. No randomness: the same data
 * always gives the same weights. Used by the training scripts only (scripts/train-*-model.ts),
 * never at run time.
 */
import type { LinearModel } from './linear';

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  /** A feature is learned only if at least this many examples have it. */
  minCount: number;
}

export interface TrainingRow {
  features: readonly string[];
  /** 1 for the class being learned, 0 for the rest. */
  y: 0 | 1;
}

export function trainLogistic(data: readonly TrainingRow[], options: TrainOptions): Omit<LinearModel, 'threshold'> {
  const { epochs, learningRate, l2, minCount } = options;
  const counts = new Map<string, number>();
  for (const e of data) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts.entries()].filter(([, c]) => c >= minCount).map(([f]) => f).sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const rows = data.map((e) => ({ x: e.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined), y: e.y }));
  // Plain full-batch gradient descent for a fixed number of passes: stopping early keeps the weights
  // small and smooth, which generalised best to a held-out blind batch; no randomness, so the same
  // data always gives the same weights.
  const w = new Float64Array(vocab.length);
  let bias = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const grad = new Float64Array(vocab.length);
    let gradBias = 0;
    for (const { x, y } of rows) {
      let z = bias;
      for (const i of x) z += w[i] as number;
      const err = 1 / (1 + Math.exp(-z)) - y;
      gradBias += err;
      for (const i of x) grad[i] = (grad[i] as number) + err;
    }
    for (let i = 0; i < w.length; i++) w[i] = (w[i] as number) - learningRate * ((grad[i] as number) / rows.length + l2 * (w[i] as number));
    bias -= (learningRate * gradBias) / rows.length;
  }
  const weights: Record<string, number> = {};
  vocab.forEach((f, i) => {
    const v = w[i] as number;
    if (Math.abs(v) >= 0.01) weights[f] = Math.round(v * 1000) / 1000;
  });
  return { bias: Math.round(bias * 1000) / 1000, weights };
}
