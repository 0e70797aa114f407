/**
 * Proposes the entries tests/engine/differences.yaml needs after the simulator or the recording
 * changed: every step that differs and is not listed, as a YAML entry to complete (category, note)
 * with both outputs as comments, and every listed step that no longer differs.
 * Usage: npx tsx scripts/engine/differences.ts
 */
import { loadDifferences, loadScenarios, loadTranscript } from './data';
import { replayAll } from './replay';

const differences = loadDifferences();
const steps = replayAll(loadScenarios(), loadTranscript, differences.rewrites);
const listed = (scenario: string, step: number): boolean => differences.differences.some((d) => d.check === 'simulator' && d.scenario === scenario && d.step === step);
const comment = (label: string, text: string): string => `  # ${label}:\n${text.split('\n').map((l) => `  #   ${l}`).join('\n')}`;

const unlisted = steps.filter((s) => !s.comparison.same && !listed(s.scenario, s.step));
const gone = steps.filter((s) => s.comparison.same && listed(s.scenario, s.step));
for (const s of unlisted) {
  console.log(`- { scenario: ${s.scenario}, step: ${s.step}, check: simulator, category: simulator }  # ${s.command}`);
  console.log(comment('engine', s.comparison.engine));
  console.log(comment('simulator', s.comparison.simulator));
}
for (const s of gone) console.log(`# no longer differs, remove: ${s.scenario} step ${s.step} (${s.command})`);
console.log(`# ${steps.length} steps, ${steps.filter((s) => s.comparison.same).length} the same, ${unlisted.length} unlisted, ${gone.length} gone`);
