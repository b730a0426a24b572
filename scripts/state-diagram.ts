/** Prints the Mermaid state diagram of the triage machine (README.md embeds it). */
import { buildStateDiagram } from '../machines/diagram';

console.log(buildStateDiagram());
