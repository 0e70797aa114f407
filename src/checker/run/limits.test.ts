import { describe, expect, it } from 'vitest';
import { parseCompose } from '../compose';
import { parseRunScript } from '.';
import type { RuntimeModel } from './model';

function limits(runtime: RuntimeModel | undefined) {
  return {
    memory: runtime?.memory?.value ?? null,
    memorySwap: runtime?.memorySwap?.value ?? null,
    cpus: runtime?.cpus?.value ?? null,
    pidsLimit: runtime?.pidsLimit?.value ?? null,
    ulimits: runtime?.ulimits.map((u) => u.value) ?? [],
    restart: runtime?.restart?.value ?? null,
    readOnly: runtime?.readOnlyRootfs?.value ?? null,
    tmpfs: runtime?.mounts.filter((m) => m.type === 'tmpfs').map((m) => `${m.target}:${m.options}`) ?? [],
  };
}

const expected = {
  memory: '256m', memorySwap: '256m', cpus: '0.5', pidsLimit: '200',
  ulimits: ['nofile=1024:2048', 'nproc=512'], restart: 'on-failure:5', readOnly: true, tmpfs: ['/tmp:rw,noexec,nosuid,size=16m'],
};

describe('resource limits in the runtime model', () => {
  it('reads them from docker run flags', () => {
    const model = parseRunScript('docker run -d -m 256m --memory-swap 256m --cpus 0.5 --pids-limit 200 --ulimit nofile=1024:2048 --ulimit nproc=512 --restart on-failure:5 --read-only --tmpfs /tmp:rw,noexec,nosuid,size=16m example/web:1.4\n');
    expect(model.diagnostics).toEqual([]);
    expect(limits(model.commands[0]?.runtime)).toEqual(expected);
  });

  it('reads the same from Compose keys', () => {
    const model = parseCompose([
      'services:',
      '  web:',
      '    image: example/web:1.4',
      '    mem_limit: 256m',
      '    memswap_limit: 256m',
      '    cpus: 0.5',
      '    pids_limit: 200',
      '    ulimits:',
      '      nofile:',
      '        soft: 1024',
      '        hard: 2048',
      '      nproc: 512',
      '    restart: on-failure:5',
      '    read_only: true',
      '    tmpfs:',
      '      - /tmp:rw,noexec,nosuid,size=16m',
      '',
    ].join('\n'));
    expect(model.diagnostics).toEqual([]);
    expect(limits(model.services[0]?.runtime)).toEqual(expected);
  });

  it('reads deploy.resources.limits like the short keys, with the line of each', () => {
    const model = parseCompose('services:\n  web:\n    image: x\n    deploy:\n      resources:\n        limits:\n          memory: 64M\n          pids: 100\n          cpus: "1"\n');
    const runtime = model.services[0]?.runtime;
    expect([runtime?.memory?.value, runtime?.pidsLimit?.value, runtime?.cpus?.value]).toEqual(['64M', '100', '1']);
    expect(runtime?.memory?.span.line).toBe(7);
  });

  it('reports a ulimit mapping that lacks soft or hard', () => {
    const model = parseCompose('services:\n  web:\n    image: x\n    ulimits:\n      nofile:\n        soft: 1024\n');
    expect(model.diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/ulimits.nofile needs both soft and hard/)]);
    expect(model.services[0]?.runtime.ulimits).toEqual([]);
  });
});
