import { describe, expect, it } from 'vitest';
import { detectKind } from './detect-kind';

describe('detectKind', () => {
  it.each([
    ['Dockerfile', 'dockerfile'],
    ['dockerfile', 'dockerfile'],
    ['services/api/Dockerfile', 'dockerfile'],
    ['C:\\src\\Dockerfile.prod', 'dockerfile'],
    ['api.Dockerfile', 'dockerfile'],
    ['Containerfile', 'dockerfile'],
    ['run.sh', 'run'],
    ['start.bash', 'run'],
    ['compose.yaml', 'compose'],
    ['compose.yml', 'compose'],
    ['docker-compose.yml', 'compose'],
    ['docker-compose.yaml', 'compose'],
    ['docker-compose.override.yml', 'compose'],
    ['web.compose.yaml', 'compose'],
  ] as const)('knows %s by its name', (name, kind) => {
    expect(detectKind(name, '')).toBe(kind);
  });

  it('reads other YAML files for their telltale keys', () => {
    expect(detectKind('deploy.yaml', 'apiVersion: v1\nkind: Pod\n')).toBe('kubernetes');
    expect(detectKind('pod.yml', '# a pod\nkind: Pod\napiVersion: v1\n')).toBe('kubernetes');
    expect(detectKind('stack.yml', 'services:\n  web:\n    image: nginx\n')).toBe('compose');
    expect(detectKind('values.yaml', 'replicas: 3\n')).toBeNull();
  });

  it('does not take a nested key for a top-level one', () => {
    expect(detectKind('chart.yaml', 'spec:\n  kind: Pod\n')).toBeNull();
  });

  it('recognises an AppArmor profile by what it declares', () => {
    expect(detectKind('docker-nginx', '#include <tunables/global>\n\nprofile docker-nginx flags=(attach_disconnected) {\n}\n')).toBe('apparmor');
    expect(detectKind('my-profile', 'profile my-app {\n  file,\n}\n')).toBe('apparmor');
    expect(detectKind('profiles/strict.txt', '  profile strict flags=(complain) {\n}\n')).toBe('apparmor');
    expect(detectKind('/etc/apparmor.d/containers/x', '')).toBe('apparmor');
  });

  it('sniffs a Dockerfile without extension from its first instruction', () => {
    expect(detectKind('build-image', '# syntax=docker/dockerfile:1\n\nFROM alpine:3.24\n')).toBe('dockerfile');
    expect(detectKind('-', 'ARG BASE=alpine\nFROM ${BASE}\n')).toBe('dockerfile');
    expect(detectKind('-', 'from alpine\n')).toBe('dockerfile');
  });

  it('sniffs run scripts and YAML on stdin', () => {
    expect(detectKind('-', 'docker run --rm -it alpine sh\n')).toBe('run');
    expect(detectKind('launch', '#!/usr/bin/env bash\nset -e\n')).toBe('run');
    expect(detectKind('-', 'apiVersion: apps/v1\nkind: Deployment\n')).toBe('kubernetes');
    expect(detectKind('-', 'services:\n  db:\n    image: postgres\n')).toBe('compose');
  });

  it('gives up rather than guess', () => {
    expect(detectKind('-', '')).toBeNull();
    expect(detectKind('notes.txt', 'FROM alpine\n')).toBeNull();
    expect(detectKind('README', 'Build with FROM lines.\n')).toBeNull();
  });

  it('recognises a seccomp profile in a .json file or on stdin by its keys', () => {
    expect(detectKind('profile.json', '{\n  "defaultAction": "SCMP_ACT_ERRNO",\n  "syscalls": []\n}\n')).toBe('seccomp');
    expect(detectKind('config.json', '{"ociVersion": "1.2.0", "linux": {"seccomp": {"syscalls": [{"names": ["read"], "action": "SCMP_ACT_ALLOW"}]}}}')).toBe('seccomp');
    expect(detectKind('-', '{"defaultAction":"SCMP_ACT_ALLOW"}')).toBe('seccomp');
    expect(detectKind('package.json', '{"name": "app", "scripts": {}}')).toBeNull();
    expect(detectKind('notes.json', '["defaultAction", "SCMP_ACT_ERRNO"]')).toBeNull();
  });
});
