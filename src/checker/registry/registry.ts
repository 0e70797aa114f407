import { analyse, type Analysis } from '../core/engine';
import { checkerCrash } from '../core/internal-error';
import type { CheckOptions, Finding, Kind, KindChecker, RuleMeta } from '../core/types';
import { refuseInput } from './input-guard';

/** One checker per kind, each keeping the type of its own model. */
export type CheckerSet<Models extends Record<Kind, unknown>> = { readonly [K in Kind]: KindChecker<Models[K]> };

export interface Registry<Models extends Record<Kind, unknown>> {
  readonly checkers: CheckerSet<Models>;
  analyseText<K extends Kind>(kind: K, text: string, options?: CheckOptions): Analysis<Models[K]>;
  lintText(kind: Kind, text: string, options?: CheckOptions): Finding[];
  /** Every rule once, sorted by id: a runtime rule shared by `docker run` and Compose is listed once. */
  allRules(): readonly RuleMeta[];
  ruleById(id: string): RuleMeta | undefined;
}

function collectRules(checkers: { readonly [K in Kind]: KindChecker<unknown> }): Map<string, RuleMeta> {
  const byId = new Map<string, RuleMeta>();
  for (const checker of Object.values(checkers)) {
    for (const rule of checker.rules) {
      if (!byId.has(rule.meta.id)) byId.set(rule.meta.id, rule.meta);
    }
  }
  return new Map([...byId].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}


export function createRegistry<Models extends Record<Kind, unknown>>(checkers: CheckerSet<Models>): Registry<Models> {
  let catalogue: Map<string, RuleMeta> | undefined;
  const rules = (): Map<string, RuleMeta> => (catalogue ??= collectRules(checkers));

  /**
   * The model of an empty file carrying `reason` as its only diagnostic, so callers that read the model
   * still get one of the right shape, and it agrees with the findings.
   */
  function emptyModel<K extends Kind>(kind: K, reason: Finding): Analysis<Models[K]>['model'] {
    try {
      return { ...checkers[kind].parse(''), diagnostics: [reason] };
    } catch {
      // Only reached when a parser breaks its never-throw contract even on empty text: there is no model to give.
      return { diagnostics: [reason] } as unknown as Analysis<Models[K]>['model'];
    }
  }

  function analyseText<K extends Kind>(kind: K, text: string, options: CheckOptions = {}): Analysis<Models[K]> {
    const refusal = refuseInput(kind, text);
    if (refusal) return { model: emptyModel(kind, refusal), findings: [refusal] };
    try {
      return analyse(checkers[kind], text, options);
    } catch (error) {
      // A parser that throws is a bug; the learner still gets an answer instead of a broken page.
      const crash = checkerCrash(kind, error);
      return { model: emptyModel(kind, crash), findings: [crash] };
    }
  }

  return {
    checkers,
    analyseText,
    lintText: (kind, text, options) => analyseText(kind, text, options).findings,
    allRules: () => [...rules().values()],
    ruleById: (id) => rules().get(id),
  };
}
