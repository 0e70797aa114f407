import type { Hit, MessageData, Rule, RuleMeta, Span } from '../core/types';
import type { ComposeModel } from '../compose/model';
import type { RunScriptModel, RuntimeModel } from './model';

/** Any model that describes containers: a script of `docker run` lines or a Compose file. */
export type RuntimeHost = RunScriptModel | ComposeModel;

/** A rule on container settings, shared by the `docker run` and Compose checkers. */
export type RuntimeRule = Rule<RuntimeHost>;

export function containersOf(model: RuntimeHost): RuntimeModel[] {
  return 'commands' in model ? model.commands.map((c) => c.runtime) : model.services.map((s) => s.runtime);
}

/** Builds a rule whose check looks at one container at a time. */
export function runtimeRule(meta: RuleMeta, check: (runtime: RuntimeModel) => Hit[]): RuntimeRule {
  return { meta, check: (model) => containersOf(model).flatMap(check) };
}

export function hitAt(span: Span, messageId: string, data?: MessageData): Hit {
  return { line: span.line, column: span.column, endLine: span.endLine, endColumn: span.endColumn, messageId, ...(data ? { data } : {}) };
}

/** Picks the message for the syntax the learner wrote: `docker run` flags or Compose keys. */
export function inSyntax(runtime: RuntimeModel, run: string, compose: string): string {
  return runtime.source === 'run' ? run : compose;
}

/** The Compose service's name, for messages that start "Service "web""; empty for a `docker run` line. */
export function serviceOf(runtime: RuntimeModel): MessageData {
  return { service: runtime.name?.value ?? '' };
}
