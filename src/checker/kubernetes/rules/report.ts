import type { Hit, Span } from '../../core/types';
import type { Container, KubernetesModel, Workload } from '../model';

const ROLE_WORD: Record<Container['role'], string> = {
  container: 'Container',
  initContainer: 'Init container',
  ephemeralContainer: 'Ephemeral container',
};

/** `Container "web"`, `Init container "setup"`; unnamed containers are numbered by role. */
export function describeContainer(container: Container): string {
  return container.name ? `${ROLE_WORD[container.role]} "${container.name}"` : `An unnamed ${ROLE_WORD[container.role].toLowerCase()}`;
}

/** `Container "a"` or `Containers "a" and "b"`, for a pod-level setting several containers inherit. */
export function describeContainers(containers: Container[]): string {
  const first = containers[0];
  if (!first) return 'No container';
  if (containers.length === 1) return describeContainer(first);
  const names = containers.map((c) => `"${c.name}"`);
  return `Containers ${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

export function hitAt(span: Span, message: string): Hit {
  return { line: span.line, column: span.column, endLine: span.endLine, endColumn: span.endColumn, message };
}

export interface ContainerProblem {
  span: Span;
  container: Container;
}

/**
 * One hit per key: a pod-level setting that several containers inherit is reported once, at
 * its own line, naming every container it affects.
 */
export function hitsPerKey(problems: ContainerProblem[], message: (who: string, containers: Container[]) => string): Hit[] {
  const byKey = new Map<string, ContainerProblem[]>();
  for (const problem of problems) {
    const key = `${problem.span.line}:${problem.span.column}`;
    byKey.set(key, [...(byKey.get(key) ?? []), problem]);
  }
  return [...byKey.values()].map((group) => {
    const containers = group.map((p) => p.container);
    return hitAt(group[0]!.span, message(describeContainers(containers), containers)); // non-empty: every group got its first member when created
  });
}

/** Every container of every workload, with its workload. */
export function* eachContainer(model: KubernetesModel): Generator<[Container, Workload]> {
  for (const workload of model.workloads) {
    for (const container of workload.containers) yield [container, workload];
  }
}

/** Picks the verb form that agrees with `describeContainers`. */
export function verbFor(containers: Container[], singular: string, plural: string): string {
  return containers.length > 1 ? plural : singular;
}
