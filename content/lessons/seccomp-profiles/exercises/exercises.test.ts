import { describe, expect, it } from 'vitest';
import type { LearnerFiles } from '../../../../src/checker/grading/grade';
import { checkById, editSolution, failingIds, solutionFiles, starterFiles } from '../../../../src/grading/testing';
import { exercise as podRuntimeDefault } from './pod-runtime-default/exercise';
import { exercise as tightenProfile } from './tighten-profile/exercise';

const PROFILE = 'profile.json';
const DEBUG_RULE = /,\n {4}\{\n {6}"names": \["mount"[^\n]*\n[^\n]*\n {4}\}/;

describe('seccomp-profiles/tighten-profile', () => {
  it('fails the starter on the default action and the debugging calls only', () => {
    const failing = failingIds(tightenProfile, starterFiles(tightenProfile));
    expect(failing).toEqual(expect.arrayContaining(['goal:denies-by-default', 'goal:no-escape-calls']));
    expect(failing).not.toContain('goal:service-calls-allowed');
  });

  it.each([
    ['killing instead of refusing', editSolution(tightenProfile, PROFILE, '"SCMP_ACT_ERRNO"', '"SCMP_ACT_KILL_PROCESS"')],
    ['the debugging rule kept but refused', editSolution(tightenProfile, PROFILE, '"action": "SCMP_ACT_ALLOW"\n    }\n  ]', '"action": "SCMP_ACT_ALLOW"\n    },\n    { "names": ["mount", "unshare", "keyctl"], "action": "SCMP_ACT_ERRNO", "errnoRet": 13 }\n  ]')],
    ['a defaultErrnoRet of its own', editSolution(tightenProfile, PROFILE, '"defaultAction": "SCMP_ACT_ERRNO",', '"defaultAction": "SCMP_ACT_ERRNO",\n  "defaultErrnoRet": 1,')],
  ])('accepts %s', (_name, files) => {
    expect(failingIds(tightenProfile, files)).toEqual([]);
  });

  it.each([
    ['the default left at SCMP_ACT_LOG', editSolution(tightenProfile, PROFILE, 'SCMP_ACT_ERRNO', 'SCMP_ACT_LOG'), 'goal:denies-by-default', /SCMP_ACT_LOG.*every call/],
    ['SCMP_ACT_ALLOW as the default', editSolution(tightenProfile, PROFILE, 'SCMP_ACT_ERRNO', 'SCMP_ACT_ALLOW'), 'goal:denies-by-default', /SCMP_ACT_ALLOW/],
    ['SCMP_ACT_TRACE as the default', editSolution(tightenProfile, PROFILE, 'SCMP_ACT_ERRNO', 'SCMP_ACT_TRACE'), 'goal:denies-by-default', /tracer/],
    ['the debugging rule kept', editSolution(tightenProfile, PROFILE, '"action": "SCMP_ACT_ALLOW"\n    }\n  ]', '"action": "SCMP_ACT_ALLOW"\n    },\n    { "names": ["unshare", "ptrace"], "action": "SCMP_ACT_LOG" }\n  ]'), 'goal:no-escape-calls', /unshare, ptrace/],
    ['socket taken out with the debugging calls', editSolution(tightenProfile, PROFILE, '"socket", ', ''), 'goal:service-calls-allowed', /socket/],
    ['every rule deleted', editSolution(tightenProfile, PROFILE, /"syscalls": \[[\s\S]*\]\n/, '"syscalls": []\n'), 'goal:service-calls-allowed', /accept4/],
    ['a trailing comma (Docker refuses the JSON)', editSolution(tightenProfile, PROFILE, '"SCMP_ACT_ALLOW"\n    }', '"SCMP_ACT_ALLOW",\n    }'), 'profile.json:readable', /not valid JSON/],
  ])('rejects %s', (_name, files, id, message) => {
    expect(failingIds(tightenProfile, files)).toContain(id);
    expect(checkById(tightenProfile, files, id).message).toMatch(message);
  });

  it('runs the service under the profile, and shows why it stops when socket is refused', () => {
    expect(checkById(tightenProfile, editSolution(tightenProfile, PROFILE, '"socket", ', ''), 'run').message).toMatch(/listen tcp :8080: socket: operation not permitted/);
    expect(checkById(tightenProfile, editSolution(tightenProfile, PROFILE, /"syscalls": \[[\s\S]*\]\n/, '"syscalls": []\n'), 'run').message).toMatch(/cannot start a stopped process/);
    expect(checkById(tightenProfile, editSolution(tightenProfile, PROFILE, 'SCMP_ACT_ERRNO', 'SCMP_ACT_BOGUS'), 'run').message).toMatch(/not a valid action for seccomp/);
  });

  it('keeps the starter\'s debugging rule where the edits expect it', () => {
    expect(tightenProfile.files[0]?.starter).toMatch(DEBUG_RULE);
  });
});

describe('seccomp-profiles/pod-runtime-default', () => {
  const FILE = 'deployment.yaml';
  const POD_DEFAULT = '        runAsGroup: 10001\n        seccompProfile:\n          type: RuntimeDefault\n';
  const onContainer = (files: LearnerFiles, type: string): LearnerFiles =>
    ({ [FILE]: (files[FILE] ?? '').replace('drop: ["ALL"]\n', `drop: ["ALL"]\n            seccompProfile:\n              type: ${type}\n`) });

  it('fails the starter on both goals', () => {
    expect(failingIds(podRuntimeDefault, starterFiles(podRuntimeDefault))).toEqual(expect.arrayContaining(['goal:every-container-filtered', 'goal:no-ptrace']));
  });

  it.each([
    ['the profile on the container', onContainer(editSolution(podRuntimeDefault, FILE, POD_DEFAULT, '        runAsGroup: 10001\n'), 'RuntimeDefault')],
    ['a Localhost profile', editSolution(podRuntimeDefault, FILE, 'type: RuntimeDefault', 'type: Localhost\n          localhostProfile: profiles/web.json')],
  ])('accepts %s', (_name, files) => {
    expect(failingIds(podRuntimeDefault, files)).toEqual([]);
  });

  it.each([
    ['the Unconfined line only deleted', editSolution(podRuntimeDefault, FILE, POD_DEFAULT, '        runAsGroup: 10001\n'), 'goal:every-container-filtered', /sets no seccompProfile/],
    ['Localhost without a profile', editSolution(podRuntimeDefault, FILE, 'type: RuntimeDefault', 'type: Localhost'), 'goal:every-container-filtered', /names none/],
    ['the type in the wrong case', editSolution(podRuntimeDefault, FILE, 'type: RuntimeDefault', 'type: runtimeDefault'), 'goal:every-container-filtered', /runtimeDefault/],
    ['the container still Unconfined under a Pod default', onContainer(solutionFiles(podRuntimeDefault), 'Unconfined'), 'goal:every-container-filtered', /Unconfined/],
    ['SYS_PTRACE kept', editSolution(podRuntimeDefault, FILE, 'drop: ["ALL"]\n', 'drop: ["ALL"]\n              add: ["SYS_PTRACE"]\n'), 'goal:no-ptrace', /SYS_PTRACE/],
  ])('rejects %s', (_name, files, id, message) => {
    expect(failingIds(podRuntimeDefault, files)).toContain(id);
    expect(checkById(podRuntimeDefault, files, id).message).toMatch(message);
  });
});
