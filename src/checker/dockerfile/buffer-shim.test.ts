import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('parsing where Node\'s Buffer does not exist (as in a browser)', () => {
  it('still reads the Dockerfile, byte-order mark included', async () => {
    vi.stubGlobal('Buffer', undefined);
    vi.resetModules();
    const { parseDockerfile } = await import('./index');
    const model = parseDockerfile('\uFEFFFROM alpine:3.24\nUSER 10001:10001\n');
    expect(model.diagnostics).toEqual([]);
    expect(model.final?.user.uid).toBe(10001);
  });
});
