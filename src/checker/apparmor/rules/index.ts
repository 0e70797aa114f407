import type { Rule } from '../../core/types';
import type { AppArmorModel } from '../model';
import { rule as broadCapability } from './apparmor-broad-capability';
import { rule as changeProfileUnconfined } from './apparmor-change-profile-unconfined';
import { rule as complainMode } from './apparmor-complain-mode';
import { rule as linkIsNotList } from './apparmor-link-is-not-list';
import { rule as mountAllowed } from './apparmor-mount-allowed';
import { rule as noProfile } from './apparmor-no-profile';
import { rule as unconfinedExec } from './apparmor-unconfined-exec';

export const apparmorRules: readonly Rule<AppArmorModel>[] = [
  noProfile,
  complainMode,
  unconfinedExec,
  changeProfileUnconfined,
  broadCapability,
  mountAllowed,
  linkIsNotList,
];
