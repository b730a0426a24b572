/**
 * Prints the Mermaid state diagram of the triage machine; with --write, replaces the copy in
 * README.md between the state-diagram markers (a test fails when the README copy is stale).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildStateDiagram } from '../machines/diagram';

const block = ['```mermaid', buildStateDiagram(), '```'].join('\n');
if (process.argv.includes('--write')) {
  const file = path.join(__dirname, '..', 'README.md');
  const readme = readFileSync(file, 'utf8');
  const [before, rest] = readme.split('<!-- state-diagram:start -->');
  const after = rest?.split('<!-- state-diagram:end -->')[1];
  if (before === undefined || after === undefined) throw new Error('README.md has no state-diagram markers');
  writeFileSync(file, `${before}<!-- state-diagram:start -->\n${block}\n<!-- state-diagram:end -->${after}`);
  console.log('README.md diagram updated');
} else {
  console.log(block);
}
