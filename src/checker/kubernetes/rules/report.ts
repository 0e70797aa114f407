import type { Hit, MessageData, Span } from '../../core/types';
import type { Container, KubernetesModel, Workload } from '../model';

/** How a message names the container it is about; each shape is a message of its own, so no data value is a word. */
export type ContainerShape = 'container' | 'initContainer' | 'ephemeralContainer'
  | 'unnamedContainer' | 'unnamedInitContainer' | 'unnamedEphemeralContainer';

/** A language's words for every shape, with `{{container}}` for the name; `containers` names several, ending in `{{last}}`. */
export type ContainerSubjects = Readonly<Record<ContainerShape | 'containers', string>>;

export const ENGLISH_SUBJECTS: ContainerSubjects = {
  container: 'Container "{{container}}"',
  initContainer: 'Init container "{{container}}"',
  ephemeralContainer: 'Ephemeral container "{{container}}"',
  unnamedContainer: 'An unnamed container',
  unnamedInitContainer: 'An unnamed init container',
  unnamedEphemeralContainer: 'An unnamed ephemeral container',
  containers: 'Containers {{containers}} and {{last}}',
};

const SHAPES = Object.keys(ENGLISH_SUBJECTS).filter((s): s is ContainerShape => s !== 'containers');

function shapeOf(container: Container): ContainerShape {
  if (!container.name) return container.role === 'container' ? 'unnamedContainer' : container.role === 'initContainer' ? 'unnamedInitContainer' : 'unnamedEphemeralContainer';
  return container.role;
}

function idFor(base: string, shape: ContainerShape | 'containers'): string {
  return `${base}${shape[0]?.toUpperCase() ?? ''}${shape.slice(1)}`;
}

/**
 * The messages of one finding for every way of naming its container: `{{who}}` in the template is
 * replaced by the subject, and `plural` (for pod-level settings several containers inherit) words
 * the finding about several containers.
 */
export function perContainer(base: string, singular: string, plural?: string, subjects: ContainerSubjects = ENGLISH_SUBJECTS): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const shape of SHAPES) messages[idFor(base, shape)] = singular.replace('{{who}}', subjects[shape]);
  if (plural !== undefined) messages[idFor(base, 'containers')] = plural.replace('{{who}}', subjects.containers);
  return messages;
}

/** A hit on one container, worded by the message of `perContainer(base, ...)` that names it. */
export function containerHit(span: Span, base: string, container: Container, data: MessageData = {}): Hit {
  return hitAt(span, idFor(base, shapeOf(container)), container.name ? { container: container.name, ...data } : data);
}

export function hitAt(span: Span, messageId: string, data?: MessageData): Hit {
  return { line: span.line, column: span.column, endLine: span.endLine, endColumn: span.endColumn, messageId, ...(data ? { data } : {}) };
}

export interface ContainerProblem {
  span: Span;
  container: Container;
}

/**
 * One hit per key: a pod-level setting that several containers inherit is reported once, at
 * its own line, naming every container it affects.
 */
export function hitsPerKey(problems: ContainerProblem[], base: string): Hit[] {
  const byKey = new Map<string, ContainerProblem[]>();
  for (const problem of problems) {
    const key = `${problem.span.line}:${problem.span.column}`;
    byKey.set(key, [...(byKey.get(key) ?? []), problem]);
  }
  return [...byKey.values()].map((group) => {
    const first = group[0]!; // non-empty: every group got its first member when created
    if (group.length === 1) return containerHit(first.span, base, first.container);
    const names = group.map((p) => `"${p.container.name}"`);
    return hitAt(first.span, idFor(base, 'containers'), { containers: names.slice(0, -1).join(', '), last: names[names.length - 1] ?? '' });
  });
}

/** Every container of every workload, with its workload. */
export function* eachContainer(model: KubernetesModel): Generator<[Container, Workload]> {
  for (const workload of model.workloads) {
    for (const container of workload.containers) yield [container, workload];
  }
}
