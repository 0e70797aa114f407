import { describe, expect, it } from 'vitest';
import { grade } from '../../../../src/checker/grading/grade';
import { checkById, failingIds } from '../../../../src/grading/testing';
import { exercise as composeLeastPrivilege } from './compose-least-privilege/exercise';
import { exercise as dropCapabilities } from './drop-capabilities/exercise';

function runScript(flags: string): Record<string, string> {
  return { 'run.sh': `docker run -d --name web -p 127.0.0.1:8080:8080 ${flags} example/web:1.4\n` };
}

function failingRunGoals(flags: string): string[] {
  return grade(dropCapabilities, runScript(flags)).filter((c) => c.source !== 'readable' && !c.pass).map((c) => c.id);
}

function composeFile(keys: string): Record<string, string> {
  return { 'compose.yaml': `services:\n  web:\n    image: example/web:1.4\n${keys}` };
}

function failingComposeGoals(keys: string): string[] {
  return grade(composeLeastPrivilege, composeFile(keys)).filter((c) => !c.pass).map((c) => c.id);
}

const hardened = '--cap-drop ALL --security-opt no-new-privileges --read-only --tmpfs /tmp';

describe('least-privilege-capabilities/drop-capabilities', () => {
  it('accepts NET_BIND_SERVICE added back, with = syntax and a tmpfs --mount', () => {
    const flags = '--cap-drop=ALL --cap-add=NET_BIND_SERVICE --security-opt=no-new-privileges:true --read-only --mount type=tmpfs,destination=/tmp';
    expect(failingRunGoals(flags)).toEqual([]);
  });

  it('accepts --privileged=false and a non-root --user with a group', () => {
    expect(failingRunGoals(`${hardened} --privileged=false --user 10001:10001`)).toEqual([]);
  });

  it.each([
    ['--user 0', 'goal:non-root-user', /starts the service as root/],
    ['-u root', 'goal:non-root-user', /as root/],
    ['--user 0:0', 'goal:non-root-user', /as root/],
    ['--user=root', 'goal:non-root-user', /as root/],
    ['--user 10001:0', 'goal:non-root-user', /group 0, the root group/],
  ])('rejects the hardened line with %s', (user, id, message) => {
    const files = runScript(`${hardened} ${user}`);
    expect(failingIds(dropCapabilities, files).filter((c) => c !== 'run')).toEqual([id]);
    expect(checkById(dropCapabilities, files, id).message).toMatch(message);
  });

  it.each([
    ['dropping only NET_RAW', `--cap-drop NET_RAW --security-opt no-new-privileges --read-only --tmpfs /tmp`, ['goal:drops-all', 'goal:only-needed'], /Dropping only NET_RAW keeps the rest/],
    ['adding NET_ADMIN back', `${hardened} --cap-add NET_ADMIN`, ['goal:only-needed'], /NET_ADMIN/],
    ['dropping ALL but adding ALL back', `${hardened} --cap-add ALL`, ['goal:only-needed'], /capabilities it does not need/],
    ['adding ALL before dropping ALL', `--cap-add ALL ${hardened}`, ['goal:only-needed'], /capabilities it does not need/],
    ['privileged mode with everything dropped', `--privileged ${hardened}`, ['goal:only-needed'], /Privileged mode grants every capability/],
    ['a read-only filesystem without a writable /tmp', '--cap-drop ALL --security-opt no-new-privileges --read-only', ['goal:tmp-writable'], /can no longer write its temporary files/],
    ['no-new-privileges switched off', '--cap-drop ALL --security-opt no-new-privileges:false --read-only --tmpfs /tmp', ['goal:no-new-privileges'], /switched off/],
    ['seccomp turned off', `${hardened} --security-opt seccomp=unconfined`, ['run.sh:other-rules'], /seccomp/i],
    ['AppArmor turned off', `${hardened} --security-opt apparmor=unconfined`, ['run.sh:other-rules'], /AppArmor/],
  ])('rejects %s', (_name, flags, ids, message) => {
    expect(failingRunGoals(flags)).toEqual(ids);
    expect(checkById(dropCapabilities, runScript(flags), ids[0] ?? '').message).toMatch(message);
  });

  it('counts default capabilities once: the drop check, not a second rule check', () => {
    const checks = grade(dropCapabilities, { 'run.sh': dropCapabilities.files[0]?.starter ?? '' });
    expect(checks.filter((c) => /default capabilities/i.test(c.title))).toEqual([]);
    expect(checks.find((c) => c.id === 'goal:drops-all')?.rules.map((r) => r.id)).toEqual(['no-cap-drop']);
  });

  it('rejects a line whose continuation is lost: docker run then has no image, and the rest is not part of it', () => {
    const files = { 'run.sh': 'docker run -d --name web -p 127.0.0.1:8080:8080 \\\n  --cap-drop ALL\n  --security-opt no-new-privileges \\\n  --read-only --tmpfs /tmp \\\n  example/web:1.4\n' };
    expect(failingIds(dropCapabilities, files)).toEqual(expect.arrayContaining(['run.sh:readable', 'goal:no-new-privileges', 'goal:read-only-rootfs']));
    expect(checkById(dropCapabilities, files, 'run.sh:readable').message).toMatch(/names no image/);
  });
});

describe('least-privilege-capabilities/compose-least-privilege', () => {
  const base = '    cap_drop: [ALL]\n    security_opt: ["no-new-privileges:true"]\n    read_only: true\n';

  it('accepts a tmpfs volume entry and flow-style lists', () => {
    expect(failingComposeGoals(`${base}    volumes:\n      - type: tmpfs\n        target: /tmp\n`)).toEqual([]);
  });

  it.each([
    ['a missing read_only', '    cap_drop: [ALL]\n    security_opt: ["no-new-privileges:true"]\n    tmpfs: [/tmp]\n', ['goal:read-only-rootfs'], /writable/],
    ['cap_add of SYS_ADMIN after dropping ALL', `${base}    cap_add: [SYS_ADMIN]\n    tmpfs: [/tmp]\n`, ['goal:only-needed'], /SYS_ADMIN/],
    ['user: root', `${base}    tmpfs: [/tmp]\n    user: root\n`, ['goal:non-root-user'], /as root/],
    ['user: "0:0"', `${base}    tmpfs: [/tmp]\n    user: "0:0"\n`, ['goal:non-root-user'], /as root/],
    ['a YAML indentation error', `${base}   tmpfs: [/tmp]\n`, ['compose.yaml:readable'], /YAML error/],
  ])('rejects %s', (_name, keys, ids, message) => {
    expect(failingComposeGoals(keys)).toEqual(expect.arrayContaining(ids));
    expect(checkById(composeLeastPrivilege, composeFile(keys), ids[0] ?? '').message).toMatch(message);
  });
});
