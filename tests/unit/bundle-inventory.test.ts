import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noticesText, packageDirOf } from '../../scripts/bundle-inventory.mjs';

describe('the bundle inventory', () => {
  it('finds the package a module belongs to, scoped or nested', () => {
    expect(packageDirOf(join('/p', 'node_modules', 'yaml', 'dist', 'index.js'))).toBe(join('/p', 'node_modules', 'yaml'));
    expect(packageDirOf(join('/p', 'node_modules', '@xterm', 'xterm', 'lib', 'x.mjs'))).toBe(join('/p', 'node_modules', '@xterm', 'xterm'));
    expect(packageDirOf(join('/p', 'node_modules', 'a', 'node_modules', 'b', 'i.js'))).toBe(join('/p', 'node_modules', 'a', 'node_modules', 'b'));
    expect(packageDirOf(join('/p', 'src', 'cli', 'main.ts'))).toBeNull();
    expect(packageDirOf(`${sep}node_modules`)).toBeNull();
  });

  it('writes each package with its version, licence and text', () => {
    const text = noticesText([{ name: 'yaml', version: '2.9.1', license: 'ISC', text: 'Copyright Eemeli Aro' }], 'The thing');
    expect(text).toMatch(/^The thing bundles the following packages/);
    expect(text).toMatch(/^yaml 2\.9\.1 \(ISC\)$/m);
    expect(text).toContain('Copyright Eemeli Aro');
  });
});
