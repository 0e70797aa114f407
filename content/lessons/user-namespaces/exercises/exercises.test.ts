import { describe, expect, it } from 'vitest';
import { checkById, editSolution, failingIds, solutionFiles, starterFiles } from '../../../../src/grading/testing';
import { exercise as noUsernsHost } from './no-userns-host/exercise';
import { exercise as podUserNamespace } from './pod-user-namespace/exercise';

describe('user-namespaces/no-userns-host', () => {
  const yaml = (lines: string): Record<string, string> => ({ 'compose.yaml': `services:\n  web:\n    image: example/web:1.4\n${lines}` });
  const failing = (files: Record<string, string>): string[] => failingIds(noUsernsHost, files);

  it('fails the starter on every goal, and passes the solution, run check included', () => {
    expect(failing(starterFiles(noUsernsHost))).toEqual(expect.arrayContaining(['goal:remapped', 'goal:not-privileged', 'goal:own-network']));
    expect(failing(solutionFiles(noUsernsHost))).toEqual([]);
  });

  it('accepts other spellings of a correct fix', () => {
    expect(failing(yaml('    ports: ["127.0.0.1:8080:8080/tcp"]\n'))).toEqual([]);
    expect(failing(yaml('    ports:\n      - target: 8080\n        published: "8080"\n        host_ip: 127.0.0.1\n    cap_drop: [ALL]\n'))).toEqual([]);
  });

  it.each([
    ['privileged kept with the opt-out gone', yaml('    privileged: true\n    ports: ["127.0.0.1:8080:8080"]\n'), 'goal:not-privileged', /every capability and every host device/],
    ['the opt-out kept on its own', yaml('    userns_mode: host\n    ports: ["127.0.0.1:8080:8080"]\n'), 'goal:remapped', /root in it is the host's root again/],
    ['the host network kept', yaml('    network_mode: host\n'), 'goal:own-network', /host's network namespace/],
    ['the port forgotten', yaml(''), 'goal:port-published', /nothing publishes that port/],
    ['the port published on every interface', yaml('    ports: ["8080:8080"]\n'), 'goal:port-published', /interface|0\.0\.0\.0/i],
  ])('rejects %s', (_name, files, id, message) => {
    expect(failing(files)).toContain(id);
    expect(checkById(noUsernsHost, files, id).message).toMatch(message);
  });

  it('fails the run check when the remapped daemon refuses the service', () => {
    const files = yaml('    privileged: true\n    ports: ["127.0.0.1:8080:8080"]\n');
    expect(checkById(noUsernsHost, files, 'run').message).toMatch(/privileged mode is incompatible with user namespaces/);
  });
});

describe('user-namespaces/pod-user-namespace', () => {
  const failing = (files: Record<string, string>): string[] => failingIds(podUserNamespace, files);
  const file = 'deployment.yaml';

  it('fails the starter on its goals, and passes the solution, run check included', () => {
    expect(failing(starterFiles(podUserNamespace))).toEqual(expect.arrayContaining(['goal:own-user-namespace', 'goal:no-host-namespaces']));
    expect(failing(solutionFiles(podUserNamespace))).toEqual([]);
  });

  it('does not count hostUsers written in the container\'s securityContext, where Kubernetes has no such field', () => {
    const files = editSolution(podUserNamespace, file, '      hostUsers: false\n', '');
    const misplaced = { [file]: (files[file] ?? '').replace('            allowPrivilegeEscalation: false\n', '            allowPrivilegeEscalation: false\n            hostUsers: false\n') };
    expect(failing(misplaced)).toContain('goal:own-user-namespace');
  });

  it('accepts other spellings of a correct fix', () => {
    expect(failing(editSolution(podUserNamespace, file, 'hostUsers: false', 'hostUsers: no'))).toEqual([]);
    expect(failing(editSolution(podUserNamespace, file, 'drop: ["ALL"]', 'drop:\n                - all'))).toEqual([]);
    expect(failing(editSolution(podUserNamespace, file, '      hostUsers: false\n', '      hostUsers: false\n      securityContext:\n        runAsNonRoot: false\n'))).toEqual([]);
  });

  it.each([
    ['hostUsers set to true', editSolution(podUserNamespace, file, 'hostUsers: false', 'hostUsers: true'), 'goal:own-user-namespace', /`hostUsers: true` keeps the pods/],
    ['hostUsers false in a string', editSolution(podUserNamespace, file, 'hostUsers: false', 'hostUsers: "false"'), 'goal:own-user-namespace', /.+/],
    ['hostPID kept next to hostUsers', editSolution(podUserNamespace, file, '      hostUsers: false\n', '      hostUsers: false\n      hostPID: true\n'), 'goal:no-host-namespaces', /`hostPID: true` shares a namespace/],
    ['hostNetwork instead of hostPID', editSolution(podUserNamespace, file, '      hostUsers: false\n', '      hostUsers: false\n      hostNetwork: true\n'), 'goal:no-host-namespaces', /`hostNetwork: true`/],
    ['the capabilities given back', editSolution(podUserNamespace, file, 'drop: ["ALL"]', 'drop: ["NET_RAW"]'), 'goal:hardening-kept', /no longer drops all capabilities/],
    ['privilege escalation allowed again', editSolution(podUserNamespace, file, 'allowPrivilegeEscalation: false', 'allowPrivilegeEscalation: true'), 'goal:hardening-kept', /no longer forbids privilege escalation/],
    ['hostUsers left out', editSolution(podUserNamespace, file, '      hostUsers: false\n', ''), 'goal:own-user-namespace', /does not set `hostUsers`/],
  ])('rejects %s', (_name, files, id, message) => {
    expect(failing(files)).toContain(id);
    expect(checkById(podUserNamespace, files, id).message).toMatch(message);
  });
});
