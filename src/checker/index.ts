/**
 * The checker's public API, shared by the site, the grader and the `shipshape` CLI.
 * Pure TypeScript: it runs unchanged in the browser, in tests and in Node.
 */
import type { Kind } from './core/types';
import { apparmorChecker } from './apparmor';
import type { AppArmorModel } from './apparmor/model';
import { composeChecker } from './compose';
import type { ComposeModel } from './compose/model';
import { dockerfileChecker } from './dockerfile';
import type { ImageModel } from './dockerfile/model';
import { kubernetesChecker } from './kubernetes';
import type { KubernetesModel } from './kubernetes/model';
import { createRegistry } from './registry/registry';
import { runChecker } from './run';
import { seccompChecker } from './seccomp';
import type { SeccompModel } from './seccomp/model';
import type { RunScriptModel } from './run/model';

export type { Analysis } from './core/engine';
export type { Finding, Kind, KindChecker, PeerRefs, Rule, RuleMeta, Severity, Span } from './core/types';
export { SEVERITY_RANK } from './core/types';
export { detectKind } from './registry/detect-kind';
export { BINARY_INPUT, INPUT_TOO_LARGE, MAX_INPUT_BYTES } from './registry/input-guard';
export { lessonUrl, ruleUrl } from './registry/urls';

/** The model each kind's parser produces. */
export interface ModelOf extends Record<Kind, unknown> {
  dockerfile: ImageModel;
  run: RunScriptModel;
  apparmor: AppArmorModel;
  compose: ComposeModel;
  kubernetes: KubernetesModel;
  seccomp: SeccompModel;
}

const registry = createRegistry<ModelOf>({
  dockerfile: dockerfileChecker,
  run: runChecker,
  apparmor: apparmorChecker,
  compose: composeChecker,
  kubernetes: kubernetesChecker,
  seccomp: seccompChecker,
});

/** Parses and checks a text, keeping the model for exercise goals. Refuses binary input and input over 5 MB with one finding. */
export const analyseText = registry.analyseText;

/** The findings for a text, sorted by position, after inline suppressions. */
export const lintText = registry.lintText;

/** Every rule once, sorted by id. */
export const allRules = registry.allRules;

export const ruleById = registry.ruleById;
