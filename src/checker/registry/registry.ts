import { analyse, type Analysis } from '../core/engine';
import { checkerCrash } from '../core/internal-error';
import type { CheckOptions, Finding, Kind, KindChecker, RuleMeta } from '../core/types';
import { refuseInput } from './input-guard';

/** One checker per kind, each keeping the type of its own model. */
export type CheckerSet<Models extends Record<Kind, unknown>> = { readonly [K in Kind]: KindChecker<Models[K]> };

export interface Registry<Models extends Record<Kind, unknown>> {
  analyseText<K extends Kind>(kind: K, text: string, options?: CheckOptions): Analysis<Models[K]>;
  lintText(kind: Kind, text: string, options?: CheckOptions): Finding[];
  /** Every rule once, sorted by id: a runtime rule shared by `docker run` and Compose is listed once. */
  allRules(): readonly RuleMeta[];
  ruleById(id: string): RuleMeta | undefined;
}

function collectRules(checkers: { readonly [K in Kind]?: KindChecker<unknown> }): Map<string, RuleMeta> {
  const byId = new Map<string, RuleMeta>();
  for (const checker of Object.values(checkers)) {
    if (!checker) continue;
    for (const rule of checker.rules) {
      if (!byId.has(rule.meta.id)) byId.set(rule.meta.id, rule.meta);
    }
  }
  return new Map([...byId].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}


/**
 * A registry over the checkers given: all of them (the site's full checker), or only the kinds a
 * command has files of (the CLI, which then loads no parser it does not need). Its rules are the
 * given kinds' rules; asking it to check a kind it was not given is a programming error.
 */
export function createRegistry<Models extends Record<Kind, unknown>>(checkers: Partial<CheckerSet<Models>>): Registry<Models> {
  let catalogue: Map<string, RuleMeta> | undefined;
  const rules = (): Map<string, RuleMeta> => (catalogue ??= collectRules(checkers));
  const checkerFor = <K extends Kind>(kind: K): KindChecker<Models[K]> => {
    const checker = checkers[kind];
    if (!checker) throw new Error(`No ${kind} checker was loaded.`);
    return checker;
  };

  /**
   * The model of an empty file carrying `reason` as its only diagnostic, so callers that read the model
   * still get one of the right shape, and it agrees with the findings.
   */
  function emptyModel<K extends Kind>(kind: K, reason: Finding): Analysis<Models[K]>['model'] {
    try {
      return { ...checkerFor(kind).parse(''), diagnostics: [reason] };
    } catch {
      // Only reached when a parser breaks its never-throw contract even on empty text: there is no model to give.
      return { diagnostics: [reason] } as unknown as Analysis<Models[K]>['model'];
    }
  }

  function analyseText<K extends Kind>(kind: K, text: string, options: CheckOptions = {}): Analysis<Models[K]> {
    const checker = checkerFor(kind);
    const refusal = refuseInput(kind, text);
    if (refusal) return { model: emptyModel(kind, refusal), findings: [refusal] };
    try {
      return analyse(checker, text, options);
    } catch (error) {
      // A parser that throws is a bug; the learner still gets an answer instead of a broken page.
      const crash = checkerCrash(kind, error);
      return { model: emptyModel(kind, crash), findings: [crash] };
    }
  }

  return {
    analyseText,
    lintText: (kind, text, options) => analyseText(kind, text, options).findings,
    allRules: () => [...rules().values()],
    ruleById: (id) => rules().get(id),
  };
}
