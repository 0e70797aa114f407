import { describe, expect, it } from 'vitest';
import { grade } from '../../../../src/checker/grading/grade';
import { checkById, editSolution, failingIds } from '../../../../src/grading/testing';
import { exercise as denyWrites } from './deny-writes/exercise';
import { exercise as kubernetesLocalhost } from './kubernetes-localhost/exercise';

function failingProfile(body: string, flags = 'attach_disconnected,mediate_deleted'): string[] {
  const text = `#include <tunables/global>\n\nprofile docker-app flags=(${flags}) {\n  #include <abstractions/base>\n${body}\n}\n`;
  return grade(denyWrites, { 'docker-app': text }).filter((c) => c.source === 'goal' && !c.pass).map((c) => c.id);
}

describe('apparmor-profiles/deny-writes goals', () => {
  it('accept equivalent ways of writing the deny rules', () => {
    expect(failingProfile('  file,\n  deny /etc/** w,\n  deny /etc/** l,\n  deny /home/** wl,')).toEqual([]);
    expect(failingProfile('  /** rwl,\n  audit deny /etc/** wl,\n  deny /home/** wl,')).toEqual([]);
    expect(failingProfile('  file,\n  deny /{etc,home}/** wl,')).toEqual([]);
  });

  it('reject complain mode, missing link denial and unconfined programs', () => {
    expect(failingProfile('  file,\n  deny /etc/** wl,\n  deny /home/** wl,', 'complain')).toEqual(['goal:enforce-mode']);
    expect(failingProfile('  file,\n  deny /etc/** w,\n  deny /home/** wl,')).toEqual(['goal:etc-read-only']);
    expect(failingProfile('  file,\n  deny /etc/** wl,')).toEqual(['goal:home-read-only']);
    expect(failingProfile('  file,\n  deny /etc/** wl,\n  deny /home/** wl,\n  /usr/bin/render Ux,')).toEqual(['goal:no-unconfined-exec']);
  });

  it('reject a profile that blocks reading or listing /etc', () => {
    expect(failingProfile('  file,\n  deny /etc/** rwl,\n  deny /home/** wl,')).toEqual(['goal:app-still-works']);
    expect(failingProfile('  file,\n  deny /etc/ r,\n  deny /etc/** wl,\n  deny /home/** wl,')).toEqual(['goal:app-still-works']);
  });
});

function failingPod(metadataExtra: string, podContext: string, containerContext: string): string[] {
  const text = [
    'apiVersion: v1', 'kind: Pod', 'metadata:', '  name: shop-web', metadataExtra,
    'spec:', '  securityContext:', '    runAsNonRoot: true', '    runAsUser: 10001', podContext,
    '  containers:', '    - name: web', '      image: registry.example.com/shop-web:3.1',
    '      securityContext:', '        allowPrivilegeEscalation: false', containerContext,
  ].filter(Boolean).join('\n');
  return grade(kubernetesLocalhost, { 'pod.yaml': text }).filter((c) => c.source === 'goal' && !c.pass).map((c) => c.id);
}

describe('apparmor-profiles/kubernetes-localhost goals', () => {
  const localhost = (indent: string): string => `${indent}appArmorProfile:\n${indent}  type: Localhost\n${indent}  localhostProfile: docker-app`;

  it('accept the field at pod or container level', () => {
    expect(failingPod('', localhost('    '), '')).toEqual([]);
    expect(failingPod('', '', localhost('        '))).toEqual([]);
  });

  it('reject the annotation, even when it names the right profile', () => {
    const annotation = '  annotations:\n    container.apparmor.security.beta.kubernetes.io/web: localhost/docker-app';
    expect(failingPod(annotation, '', '')).toEqual(['goal:localhost-profile', 'goal:no-deprecated-annotation']);
    expect(failingPod(annotation, '', localhost('        '))).toEqual(['goal:no-deprecated-annotation']);
  });

  it('reject another profile type or name', () => {
    expect(failingPod('', '    appArmorProfile:\n      type: RuntimeDefault', '')).toEqual(['goal:localhost-profile']);
    expect(failingPod('', '    appArmorProfile:\n      type: Localhost\n      localhostProfile: docker-nginx', '')).toEqual(['goal:localhost-profile']);
  });
});

describe('apparmor-profiles wrong answers', () => {
  const PROFILE = 'docker-app';
  it.each([
    ['complain mode kept', editSolution(denyWrites, PROFILE, 'mediate_deleted)', 'mediate_deleted,complain)'), 'goal:enforce-mode', /only logged, never blocked/],
    ['w without l, so hard links still work', editSolution(denyWrites, PROFILE, 'deny /etc/** wl,', 'deny /etc/** w,'), 'goal:etc-read-only', /link \/etc\/passwd-link is allowed/],
    ['/etc/ instead of /etc/**', editSolution(denyWrites, PROFILE, 'deny /etc/** wl,', 'deny /etc/ wl,'), 'goal:etc-read-only', /write \/etc\/passwd is allowed/],
    ['/etc/* only one level deep', editSolution(denyWrites, PROFILE, 'deny /etc/** wl,', 'deny /etc/* wl,'), 'goal:etc-read-only', /\/etc\/nginx\/conf\.d\/default\.conf is allowed/],
    ['reads denied too', editSolution(denyWrites, PROFILE, 'deny /etc/** wl,', 'deny /etc/** rwl,'), 'goal:app-still-works', /read \/etc\/passwd is denied/],
    ['the renderer still ux', editSolution(denyWrites, PROFILE, 'report-renderer ix,', 'report-renderer Ux,'), 'goal:no-unconfined-exec', /no confinement at all/],
    ['a missing comma (apparmor_parser refuses the profile)', editSolution(denyWrites, PROFILE, 'deny /home/** wl,', 'deny /home/** wl'), 'docker-app:readable', /./],
  ])('rejects %s', (_name, files, id, message) => {
    expect(failingIds(denyWrites, files)).toContain(id);
    expect(checkById(denyWrites, files, id).message).toMatch(message);
  });

  it('loads the profile in the simulator and fails with the parser\'s own error on a syntax error', () => {
    const files = editSolution(denyWrites, PROFILE, 'deny /home/** wl,', 'deny /home/** wl');
    expect(checkById(denyWrites, files, 'run').message).toMatch(/apparmor_parser|AppArmor parser error/);
  });

  it.each([
    ['the annotation changed to localhost/docker-app', editSolution(kubernetesLocalhost, 'pod.yaml', '  name: shop-web\n', '  name: shop-web\n  annotations:\n    container.apparmor.security.beta.kubernetes.io/web: localhost/docker-app\n'), 'goal:no-deprecated-annotation', /deprecated/],
    ['the profile given as a file path', editSolution(kubernetesLocalhost, 'pod.yaml', 'localhostProfile: docker-app', 'localhostProfile: /etc/apparmor.d/docker-app'), 'goal:localhost-profile', /not under the docker-app profile/],
    ['RuntimeDefault instead of the profile', editSolution(kubernetesLocalhost, 'pod.yaml', 'type: Localhost\n      localhostProfile: docker-app', 'type: RuntimeDefault'), 'goal:localhost-profile', /RuntimeDefault/],
  ])('rejects %s', (_name, files, id, message) => {
    expect(failingIds(kubernetesLocalhost, files)).toContain(id);
    expect(checkById(kubernetesLocalhost, files, id).message).toMatch(message);
  });
});
