import { describe, expect, it } from 'vitest';
import { parseCompose } from '.';
import { lintText } from '../index';

describe('parseCompose', () => {
  it('maps each service onto a runtime model with line numbers', () => {
    const model = parseCompose([
      'x-hardening: &hardening',
      '  cap_drop: [ALL]',
      '  security_opt: [no-new-privileges:true]',
      'services:',
      '  web:',
      '    <<: *hardening',
      '    image: nginx:1.30',
      '    user: "101:101"',
      '    read_only: true',
      '    ports: ["127.0.0.1:8080:80"]',
      '    tmpfs: /var/cache/nginx',
      '  worker:',
      '    image: worker',
      '    environment:',
      '      MODE: batch',
      '    volumes:',
      '      - ./jobs:/jobs:ro',
      '      - type: tmpfs',
      '        target: /tmp',
    ].join('\n'));
    expect(model.diagnostics).toEqual([]);
    const [web, worker] = model.services;
    expect(web?.name).toBe('web');
    expect(web?.span.line).toBe(5);
    expect(web?.runtime.capabilities).toEqual([]);
    expect(web?.runtime.noNewPrivileges?.value).toBe(true);
    expect(web?.runtime.capDrop[0]?.span.line).toBe(2);
    expect(web?.runtime.user?.value).toBe('101:101');
    expect(web?.runtime.readOnlyRootfs?.value).toBe(true);
    expect(web?.runtime.ports[0]?.hostIp).toBe('127.0.0.1');
    expect(web?.runtime.mounts.map((m) => m.type)).toEqual(['tmpfs']);
    expect(worker?.runtime.env.map((e) => e.value)).toEqual(['MODE=batch']);
    expect(worker?.runtime.mounts.map((m) => [m.type, m.source, m.readOnly, m.span.line])).toEqual([
      ['bind', './jobs', true, 17], ['tmpfs', null, false, 18],
    ]);
  });

  it('lets a service override a merged key', () => {
    const model = parseCompose('x: &x\n  privileged: true\nservices:\n  a:\n    <<: *x\n    privileged: false\n');
    expect(model.services[0]?.runtime.privileged?.value).toBe(false);
  });

  it('reports YAML and shape errors as compose-syntax', () => {
    for (const text of ['services:\n  a: [\n', 'services:\n  a:\n    image: x\n    image: y\n', '- just\n- a list\n', 'services:\n  a:\n    volumes: /data\n', 'services:\n  a:\n    cap_add: [NOT_A_CAP]\n']) {
      const model = parseCompose(text);
      expect(model.diagnostics.map((d) => d.ruleId), text).toContain('compose-syntax');
    }
  });

  it('accepts an empty file and a file without services', () => {
    expect(parseCompose('')).toEqual({ services: [], diagnostics: [] });
    expect(parseCompose('volumes:\n  data: {}\n').services).toEqual([]);
  });

  it('survives recursive aliases', () => {
    expect(() => parseCompose('services: &s\n  a: *s\n')).not.toThrow();
  });
});

describe('bounded YAML work', () => {
  it('finds a setting behind forty levels of doubled merge keys, once', () => {
    let bomb = 'x0: &x0 {privileged: true}\n';
    for (let i = 1; i <= 40; i++) bomb += `x${i}: &x${i}\n  <<: [*x${i - 1}, *x${i - 1}]\n`;
    bomb += 'services:\n  web:\n    image: nginx\n    <<: *x40\n';
    expect(lintText('compose', bomb).filter((f) => f.ruleId === 'privileged')).toHaveLength(1);
  });
});
