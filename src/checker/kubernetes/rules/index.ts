import type { Rule } from '../../core/types';
import type { KubernetesModel } from '../model';
import { rule as allowPrivilegeEscalation } from './k8s-allow-privilege-escalation';
import { rule as apparmorAnnotationDeprecated } from './k8s-apparmor-annotation-deprecated';
import { rule as apparmorUnconfined } from './k8s-apparmor-unconfined';
import { rule as capabilities } from './k8s-capabilities';
import { rule as containerRuntimeSocket } from './k8s-container-runtime-socket';
import { rule as hostNamespaces } from './k8s-host-namespaces';
import { rule as hostPath } from './k8s-host-path';
import { rule as hostUsers } from './k8s-host-users';
import { rule as imageLatest } from './k8s-image-latest';
import { rule as namespacePodSecurity } from './k8s-namespace-pod-security';
import { rule as podSecurityAdmission } from './k8s-pod-security-admission';
import { rule as privileged } from './k8s-privileged';
import { rule as runAsRoot } from './k8s-run-as-root';
import { rule as seccompUnconfined } from './k8s-seccomp-unconfined';
import { rule as writableRootFilesystem } from './k8s-writable-root-filesystem';
import { kubernetesRule as untrustedRegistry } from '../../images/untrusted-registry';

export const kubernetesRules: readonly Rule<KubernetesModel>[] = [
  privileged,
  hostNamespaces,
  hostUsers,
  runAsRoot,
  allowPrivilegeEscalation,
  capabilities,
  seccompUnconfined,
  apparmorUnconfined,
  apparmorAnnotationDeprecated,
  writableRootFilesystem,
  hostPath,
  containerRuntimeSocket,
  imageLatest,
  namespacePodSecurity,
  podSecurityAdmission,
  untrustedRegistry,
];
