import { describe, expect, it } from 'vitest';
import { normalizePath } from './paths';
import { dir, file, FileTree } from './tree';
import { Vfs } from './vfs';

describe('paths', () => {
  it('normalises relative, dotted and repeated segments', () => {
    expect(normalizePath('a/../b//c/.', '/x')).toBe('/x/b/c');
    expect(normalizePath('../../..', '/')).toBe('/');
  });
});

describe('Vfs', () => {
  it('resolves the deepest mount, and chroot re-roots the view', () => {
    const root = new FileTree();
    root.set('/etc/passwd', file('root'));
    const host = new FileTree();
    host.set('/etc/shadow', file('secret', 0o640));
    const vfs = new Vfs([{ target: '/', tree: root, root: '/', readOnly: false, source: 'overlay', fsType: 'overlay', options: '' }]);
    vfs.attach({ target: '/mnt', tree: host, root: '/', readOnly: false, source: '/dev/sda1', fsType: 'ext4', options: '' });
    expect(vfs.stat('/mnt/etc/shadow')?.content).toBe('secret');
    expect(vfs.list('/')).toEqual(['etc', 'mnt']);
    const inside = vfs.chroot('/mnt');
    expect(inside.stat('/etc/shadow')?.content).toBe('secret');
    expect(inside.stat('/etc/passwd')).toBeUndefined();
  });

  it('copies trees deeply, so containers never change their image', () => {
    const image = new FileTree();
    image.set('/app', dir());
    const copy = image.clone();
    copy.set('/app/new', file('x'));
    expect(image.has('/app/new')).toBe(false);
  });
});
