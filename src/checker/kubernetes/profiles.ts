import type { ProfileChoice } from './model';

export const APPARMOR_ANNOTATION_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';

/** Reads a deprecated AppArmor annotation value; null when Kubernetes would not accept it. */
export function profileFromAnnotation(value: string): ProfileChoice | null {
  if (value === 'runtime/default') return { type: 'RuntimeDefault' };
  if (value === 'unconfined') return { type: 'Unconfined' };
  if (value.startsWith('localhost/') && value.length > 'localhost/'.length) {
    return { type: 'Localhost', localhostProfile: value.slice('localhost/'.length) };
  }
  return null;
}

/** Capability names are compared upper case and without the CAP_ prefix some manifests carry. */
export function normaliseCapability(raw: string): string {
  const upper = raw.trim().toUpperCase();
  return upper.startsWith('CAP_') ? upper.slice(4) : upper;
}
