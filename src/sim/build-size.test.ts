import { describe, expect, it } from 'vitest';
import { createSimulator, stripAnsi } from './index';
import { terminal } from './testing';

const runs = (n: number): string => `FROM alpine:3.24\n${'RUN true\n'.repeat(n - 1)}`;

describe('docker build of a Dockerfile too big to simulate', () => {
  it('builds one at the line limit', () => {
    const t = terminal({ Dockerfile: runs(2_000) });
    expect(t.run('docker build -q -t big .')).toMatch(/^sha256:[0-9a-f]{64}\n$/);
  });

  it('refuses one line more, in its own voice, before building anything', () => {
    const t = terminal({ Dockerfile: `${runs(2_000)}RUN true\n` });
    expect(t.run('docker build -t big .')).toBe(
      "Shipshape's simulated engine builds Dockerfiles of up to 2,000 lines, and this one has 2,001. A real engine would try to build it; here the page would stop responding. The checks beside the editor still read the whole file.\n",
    );
    expect(t.run('docker images big')).not.toContain('big ');
  });

  it('refuses a 5 MB single line by its size', () => {
    const t = terminal({ Dockerfile: `FROM alpine:3.24\nLABEL x="${'a'.repeat(5 * 1024 * 1024)}"\n` });
    expect(t.run('docker build -t big .')).toMatch(/^Shipshape's simulated engine builds Dockerfiles of up to 512 KB, and this one has 5,121 KB\./);
  });

  it('says so in Chinese on Chinese pages', () => {
    const files = { Dockerfile: runs(2_500) };
    const sim = createSimulator({ files: () => files, language: 'zh-cn' });
    expect(stripAnsi(sim.execute('docker build -t big .'))).toContain('最多构建 2000 行的 Dockerfile，而这个文件有 2500 行');
  });
});
