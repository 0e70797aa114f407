import type { Rule } from '../../core/types';
import type { SeccompModel } from '../model';
import { rule as dangerousSyscall } from './seccomp-dangerous-syscall';
import { rule as defaultAllow } from './seccomp-default-allow';
import { rule as traceNotify } from './seccomp-trace-notify';

export const seccompRules: readonly Rule<SeccompModel>[] = [defaultAllow, dangerousSyscall, traceNotify];
