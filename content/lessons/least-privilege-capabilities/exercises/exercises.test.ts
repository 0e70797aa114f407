import { describe, expect, it } from 'vitest';
import { grade } from '../../../../src/checker/grading/grade';
import { exercise as composeLeastPrivilege } from './compose-least-privilege/exercise';
import { exercise as dropCapabilities } from './drop-capabilities/exercise';

function failingRunGoals(flags: string): string[] {
  const script = `docker run -d --name web -p 127.0.0.1:8080:8080 ${flags} example/web:1.4\n`;
  return grade(dropCapabilities, { 'run.sh': script }).filter((c) => c.source === 'goal' && !c.pass).map((c) => c.id);
}

function failingComposeGoals(keys: string): string[] {
  const yaml = `services:\n  web:\n    image: example/web:1.4\n${keys}`;
  return grade(composeLeastPrivilege, { 'compose.yaml': yaml }).filter((c) => c.source === 'goal' && !c.pass).map((c) => c.id);
}

const hardened = '--security-opt no-new-privileges --read-only --tmpfs /tmp';

describe('least-privilege-capabilities/drop-capabilities', () => {
  it('accepts NET_BIND_SERVICE added back, with = syntax and a tmpfs --mount', () => {
    const flags = '--cap-drop=ALL --cap-add=NET_BIND_SERVICE --security-opt=no-new-privileges:true --read-only --mount type=tmpfs,destination=/tmp';
    expect(failingRunGoals(flags)).toEqual([]);
  });

  it('rejects dropping only some capabilities', () => {
    expect(failingRunGoals(`--cap-drop NET_RAW ${hardened}`)).toEqual(['goal:drops-all', 'goal:only-needed']);
  });

  it('rejects a capability the service does not need', () => {
    expect(failingRunGoals(`--cap-drop ALL --cap-add NET_ADMIN ${hardened}`)).toEqual(['goal:only-needed']);
  });

  it('rejects privileged mode even with everything dropped', () => {
    expect(failingRunGoals(`--privileged --cap-drop ALL ${hardened}`)).toEqual(['goal:only-needed']);
  });

  it('rejects a read-only filesystem without a writable /tmp', () => {
    expect(failingRunGoals('--cap-drop ALL --security-opt no-new-privileges --read-only')).toEqual(['goal:tmp-writable']);
  });
});

describe('least-privilege-capabilities/compose-least-privilege', () => {
  const base = '    cap_drop: [ALL]\n    security_opt: ["no-new-privileges:true"]\n    read_only: true\n';

  it('accepts a tmpfs volume entry and flow-style lists', () => {
    expect(failingComposeGoals(`${base}    volumes:\n      - type: tmpfs\n        target: /tmp\n`)).toEqual([]);
  });

  it('rejects a missing read_only', () => {
    expect(failingComposeGoals('    cap_drop: [ALL]\n    security_opt: ["no-new-privileges:true"]\n    tmpfs: [/tmp]\n')).toEqual(['goal:read-only-rootfs']);
  });

  it('rejects cap_add of SYS_ADMIN after dropping ALL', () => {
    expect(failingComposeGoals(`${base}    cap_add: [SYS_ADMIN]\n    tmpfs: [/tmp]\n`)).toEqual(['goal:only-needed']);
  });
});
