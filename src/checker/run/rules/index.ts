import type { RuntimeRule } from '../runtime-rule';
import { rule as apparmorUnconfined } from './apparmor-unconfined';
import { rule as dangerousCapability } from './dangerous-capability';
import { rule as dockerSocketMount } from './docker-socket-mount';
import { rule as hostDevice } from './host-device';
import { rule as hostIpc } from './host-ipc';
import { rule as hostNetwork } from './host-network';
import { rule as hostPid } from './host-pid';
import { rule as hostUserns } from './host-userns';
import { rule as hostUts } from './host-uts';
import { rule as noCapDrop } from './no-cap-drop';
import { rule as noMemoryLimit } from './no-memory-limit';
import { rule as noNewPrivilegesMissing } from './no-new-privileges-missing';
import { rule as noPidsLimit } from './no-pids-limit';
import { rule as portOnAllInterfaces } from './port-on-all-interfaces';
import { rule as privileged } from './privileged';
import { rule as runAsRootUser } from './run-as-root-user';
import { rule as seccompUnconfined } from './seccomp-unconfined';
import { rule as selinuxDisabled } from './selinux-disabled';
import { rule as sensitiveHostMount } from './sensitive-host-mount';
import { rule as writableRootFilesystem } from './writable-root-filesystem';
import { runtimeRule as untrustedRegistry } from '../../images/untrusted-registry';

/** Every rule on container settings; the `docker run` and Compose checkers both run this list. */
export const RUNTIME_RULES: readonly RuntimeRule[] = [
  privileged, hostNetwork, hostPid, hostIpc, hostUts, hostUserns, dangerousCapability, noCapDrop,
  dockerSocketMount, sensitiveHostMount, hostDevice, seccompUnconfined, apparmorUnconfined,
  selinuxDisabled, runAsRootUser, portOnAllInterfaces, noNewPrivilegesMissing, untrustedRegistry,
  writableRootFilesystem, noMemoryLimit, noPidsLimit,
];
