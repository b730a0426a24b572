/**
 * How often two careful human readers agree on a blind batch's facts: the writer's labels against a
 * second, independent reader's labels of the same texts (who saw neither the code nor the first
 * labels), counted exactly as the bot is scored (test/understanding/blind/score.ts). It is the
 * ceiling a first run can honestly be held to: where two people disagree, the label is a judgement.
 *
 *   npx tsx scripts/understanding-agreement.ts WRITER.json SECOND.json [--misses]
 */
import type { Behaviour, Relationship, UnderstoodFacts } from '../dialogs/facts';
import { emptyScore, formatScore, readBatch, scoreStory, type BlindStory } from '../test/understanding/blind/score';

/** The second reader's labels as the facts the bot would have read. */
function asFacts(label: BlindStory): UnderstoodFacts {
  const facts: Record<string, unknown> = {
    relationship: { value: label.relationship as Relationship, text: '' },
    behaviours: { value: label.behaviours as Behaviour[], text: '' },
  };
  if (label.frequency) facts.frequency = { value: { band: label.frequency, approximate: true }, text: '' };
  if (label.startDate) facts.startedOn = { value: { iso: label.startDate }, text: '' };
  return facts as unknown as UnderstoodFacts;
}

const args = process.argv.slice(2);
const [writerFile, secondFile] = args.filter((a) => !a.startsWith('--'));
if (!writerFile || !secondFile) {
  console.error('usage: npx tsx scripts/understanding-agreement.ts WRITER.json SECOND.json [--misses]');
  process.exit(2);
}
const writer = readBatch(writerFile);
const second = readBatch(secondFile);
if (writer.length !== second.length || writer.some((s, i) => s.text !== second[i]!.text)) {
  console.error('the two files must label the same texts in the same order');
  process.exit(2);
}
const score = emptyScore();
writer.forEach((story, i) => scoreStory(story, asFacts(second[i]!), score));
console.log(formatScore(`${secondFile} read against ${writerFile}`, score));
if (args.includes('--misses')) for (const m of score.misses) console.log(`  differs ${m}`);
