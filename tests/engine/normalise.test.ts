import { describe, expect, it } from 'vitest';
import { normaliseOutput } from '../../scripts/engine/normalise';

const here = { home: '/tmp/shipshape-engine-x/home-y', hosts: ['vm'] };

describe('normaliseOutput', () => {
  it('numbers ids within a step by first appearance, keeping long and short apart', () => {
    const long = 'a'.repeat(52) + 'bbbbbbbbbbbb';
    expect(normaliseOutput('docker run -d x', `${long}\n${long.slice(0, 12)}\n0123456789ab\n`, here)).toBe('<id64-1>\n<id-1>\n<id-2>\n');
    expect(normaliseOutput('x', 'CapBnd:\t00000000a80425fb\n', here)).toBe('CapBnd:\t00000000a80425fb\n');
  });

  it('replaces times, the home directory and the host name, and nothing else', () => {
    const out = normaliseOutput('ls -l', 'drwxr-xr-x    2 0        0    4096 Dec  2 18:27 /tmp/shipshape-engine-x/home-y/data vm vmx\n', here);
    expect(out).toBe('drwxr-xr-x    2 0        0    4096 <date> <home>/data <host> vmx\n');
    expect(normaliseOutput('x', 'time="2026-12-02T18:27:09Z" level=info\n', here)).toBe('time="<time>" level=info\n');
  });

  it('shows what a terminal shows: carriage returns overwrite, colours are not text', () => {
    expect(normaliseOutput('x', 'Sending 1kB\rSending 2kB\r\r\nok\x1b[0m\n', here)).toBe('Sending 2kB\nok\n');
  });

  it('drops the 20.10 client\'s racy wait message and collapses table padding', () => {
    expect(normaliseOutput('x', 'docker: failed.\ntime="2026-12-02T18:27:09Z" level=error msg="error waiting for container: context canceled"\n', here)).toBe('docker: failed.\n');
    expect(normaliseOutput('docker ps', 'CONTAINER ID   IMAGE     NAMES   \n', here)).toBe('CONTAINER ID  IMAGE  NAMES\n');
  });
});
