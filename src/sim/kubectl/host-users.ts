import type { PodInput } from '../../checker/kubernetes/pod-security';

/** Where each kind keeps its pod spec, as the API server names the field in a validation error. */
const POD_SPEC_PATH: Record<string, string> = {
  Pod: 'spec', CronJob: 'spec.jobTemplate.spec.template.spec',
};

/**
 * The API server's validateHostUsers (kubernetes pkg/apis/core/validation): a pod in its own user
 * namespace may not share the node's network, PID or IPC namespace. The field names are the
 * source's own, `HostPID` and `HostIPC` with a capital H.
 */
export function hostUsersInvalid(kind: string, name: string, pod: PodInput): string | null {
  const spec = pod.spec;
  if (spec.hostUsers !== false) return null;
  const path = POD_SPEC_PATH[kind] ?? 'spec.template.spec';
  const forbidden = [
    ...(spec.hostNetwork === true ? [`${path}.hostNetwork`] : []),
    ...(spec.hostPID === true ? [`${path}.HostPID`] : []),
    ...(spec.hostIPC === true ? [`${path}.HostIPC`] : []),
  ].map((field) => `${field}: Forbidden: when \`pod.Spec.HostUsers\` is false`);
  if (forbidden.length === 0) return null;
  // One cause prints bare, several in brackets (apimachinery's NewInvalid over an aggregate).
  return `The ${kind} "${name}" is invalid: ${forbidden.length === 1 ? forbidden[0] : `[${forbidden.join(', ')}]`}`;
}
