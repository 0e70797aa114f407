import { describe, expect, it } from 'vitest';
import { DOCKER_NGINX } from './fixtures/docker-nginx';
import {
  capabilityAllowed, fileAccess, findProfile, mountAllowed, networkAllowed, parseAppArmor,
  type FileAccess, type Profile,
} from './index';

function profileOf(text: string, name?: string): Profile {
  const model = parseAppArmor(text);
  const profile = name ? findProfile(model, name) : model.profiles[0];
  if (!profile) throw new Error(`no profile in:\n${text}`);
  return profile;
}

const nginx = profileOf(DOCKER_NGINX, 'docker-nginx');

describe('docker-nginx (Docker documentation example)', () => {
  it('parses without diagnostics', () => {
    expect(parseAppArmor(DOCKER_NGINX).diagnostics).toEqual([]);
    expect(nginx.flags).toEqual(['attach_disconnected', 'mediate_deleted']);
    expect(nginx.mode).toBe('enforce');
    expect(nginx.includes.map((i) => i.path)).toEqual(['abstractions/base']);
  });

  it.each<[string, FileAccess, boolean, number | undefined]>([
    ['/etc/passwd', 'write', false, 21],
    ['/etc/passwd', 'append', false, 21],
    ['/etc/passwd', 'read', true, 15],
    ['/etc/', 'read', true, 15],
    ['/etc/nginx/conf.d/', 'read', true, 15],
    ['/etc/new-link', 'link', false, 21],
    ['/home/app/notes', 'write', false, 22],
    ['/home/app/notes', 'read', true, 15],
    ['/bin/sh', 'exec', false, 43],
    ['/bin/sh', 'read', false, 43],
    ['/bin/dash', 'exec', false, 42],
    ['/usr/bin/top', 'exec', false, 44],
    ['/usr/sbin/nginx', 'exec', true, 40],
    ['/var/run/nginx.pid', 'write', true, 38],
    ['/var/log/nginx/access.log', 'write', true, 36],
    ['/proc/sysrq-trigger', 'write', false, 58],
    ['/proc/kcore', 'read', false, 61],
    ['/sys/firmware/efi/vars', 'read', false, 70],
    ['/sys/kernel/security/apparmor/profiles', 'read', false, 71],
    ['/sys/fs/cgroup/memory.max', 'read', true, 15],
  ])('%s %s -> allowed %s (line %s)', (path, access, allowed, line) => {
    const decision = fileAccess(nginx, path, access);
    expect(decision.allowed, decision.reason).toBe(allowed);
    expect(decision.rule?.line).toBe(line);
  });

  it('explains that l is link, not list', () => {
    expect(fileAccess(nginx, '/etc/x', 'link').reason).toContain('"l" is link, not list');
  });

  it('audits writes through `audit /** w`, and keeps deny rules quiet', () => {
    expect(fileAccess(nginx, '/var/run/nginx.pid', 'write').audited).toBe(true);
    expect(fileAccess(nginx, '/etc/passwd', 'write').audited).toBe(false);
    expect(fileAccess(nginx, '/etc/passwd', 'read').audited).toBe(false);
  });

  it('answers capability, network and mount questions', () => {
    expect(capabilityAllowed(nginx, 'net_bind_service').allowed).toBe(true);
    expect(capabilityAllowed(nginx, 'CAP_SETUID').allowed).toBe(true);
    expect(capabilityAllowed(nginx, 'sys_admin').allowed).toBe(false);
    expect(networkAllowed(nginx, 'inet', 'tcp').allowed).toBe(true);
    expect(networkAllowed(nginx, 'inet', 'udp').allowed).toBe(true);
    expect(networkAllowed(nginx, 'inet6', 'tcp').allowed).toBe(false);
    expect(networkAllowed(nginx, 'inet', 'raw').allowed).toBe(false);
    expect(networkAllowed(nginx, 'inet', 'icmp').rule?.line).toBe(11);
    expect(networkAllowed(nginx, 'packet').allowed).toBe(false);
    expect(mountAllowed(nginx).allowed).toBe(false);
    expect(mountAllowed(nginx).rule?.line).toBe(63);
  });
});

describe('small profiles', () => {
  it('denies everything not allowed, and deny wins over allow whatever the order', () => {
    const p = profileOf('profile p {\n  deny /etc/** w,\n  /etc/** rw,\n  /app/** r,\n}\n');
    expect(fileAccess(p, '/etc/hosts', 'write').allowed).toBe(false);
    expect(fileAccess(p, '/etc/hosts', 'read').allowed).toBe(true);
    expect(fileAccess(p, '/app/main.js', 'read').allowed).toBe(true);
    expect(fileAccess(p, '/app/main.js', 'write').allowed).toBe(false);
    const unmatched = fileAccess(p, '/srv/data', 'read');
    expect(unmatched.allowed).toBe(false);
    expect(unmatched.rule).toBeUndefined();
    expect(unmatched.audited).toBe(true);
  });

  it('does not let /etc/** cover the directory /etc/ itself', () => {
    const p = profileOf('profile p {\n  file,\n  deny /etc/** r,\n}\n');
    expect(fileAccess(p, '/etc/', 'read').allowed).toBe(true);
    expect(fileAccess(p, '/etc/passwd', 'read').allowed).toBe(false);
    const listing = profileOf('profile p {\n  file,\n  deny /etc/ r,\n}\n');
    expect(fileAccess(listing, '/etc/', 'read').allowed).toBe(false);
    expect(fileAccess(listing, '/etc/passwd', 'read').allowed).toBe(true);
  });

  it('treats w as implying append, but not the other way round', () => {
    const p = profileOf('profile p {\n  /var/log/app.log a,\n  /tmp/** w,\n}\n');
    expect(fileAccess(p, '/var/log/app.log', 'append').allowed).toBe(true);
    expect(fileAccess(p, '/var/log/app.log', 'write').allowed).toBe(false);
    expect(fileAccess(p, '/tmp/x', 'append').allowed).toBe(true);
  });

  it('applies owner rules only to files the process owns', () => {
    const p = profileOf('profile p {\n  owner /home/** rw,\n  /home/** r,\n}\n');
    expect(fileAccess(p, '/home/app/x', 'write', { owned: true }).allowed).toBe(true);
    expect(fileAccess(p, '/home/app/x', 'write', { owned: false }).allowed).toBe(false);
    expect(fileAccess(p, '/home/app/x', 'read', { owned: false }).allowed).toBe(true);
  });

  it('logs audited denials and audited allows', () => {
    const p = profileOf('profile p {\n  audit deny /secret/** r,\n  audit /data/** r,\n  /other/** r,\n}\n');
    expect(fileAccess(p, '/secret/key', 'read')).toMatchObject({ allowed: false, audited: true });
    expect(fileAccess(p, '/data/x', 'read')).toMatchObject({ allowed: true, audited: true });
    expect(fileAccess(p, '/other/x', 'read')).toMatchObject({ allowed: true, audited: false });
  });

  it('expands variables, including the standard tunables', () => {
    const text = [
      '#include <tunables/global>',
      '@{APP}=/srv/app /opt/app',
      '@{APP}+=/app',
      'profile p {',
      '  @{APP}/** r,',
      '  owner @{HOME}/.config/** rw,',
      '  @{PROC}/@{pid}/status r,',
      '}',
    ].join('\n');
    const model = parseAppArmor(text);
    expect(model.diagnostics).toEqual([]);
    const p = model.profiles[0] as Profile;
    for (const path of ['/srv/app/a', '/opt/app/b', '/app/c']) expect(fileAccess(p, path, 'read').allowed).toBe(true);
    expect(fileAccess(p, '/home/alice/.config/x', 'write').allowed).toBe(true);
    expect(fileAccess(p, '/root/.config/x', 'write').allowed).toBe(true);
    expect(fileAccess(p, '/proc/1234/status', 'read').allowed).toBe(true);
    expect(fileAccess(p, '/proc/self/status', 'read').allowed).toBe(false);
  });

  it('reports undefined variables unless an unknown include could define them', () => {
    expect(parseAppArmor('profile p {\n  @{NOPE}/** r,\n}\n').diagnostics[0]?.message).toContain('@{NOPE} is never defined');
    expect(parseAppArmor('#include <local/vars>\nprofile p {\n  @{NOPE}/** r,\n}\n').diagnostics).toEqual([]);
  });

  it('approximates abstractions/base reads', () => {
    const p = profileOf('profile p {\n  #include <abstractions/base>\n}\n');
    expect(fileAccess(p, '/etc/ld.so.cache', 'read').allowed).toBe(true);
    expect(fileAccess(p, '/usr/lib/x86_64-linux-gnu/libc.so.6', 'mmap').allowed).toBe(true);
    expect(fileAccess(p, '/dev/null', 'write').allowed).toBe(true);
    expect(fileAccess(p, '/etc/passwd', 'read').allowed).toBe(false);
  });

  it('reports exec modes and transition targets', () => {
    const p = profileOf('profile p {\n  /usr/bin/python3 Px -> python-app,\n  /bin/** ix,\n}\n');
    expect(fileAccess(p, '/usr/bin/python3', 'exec')).toMatchObject({ allowed: true, execMode: 'Px', target: 'python-app' });
    expect(fileAccess(p, '/bin/ls', 'exec')).toMatchObject({ allowed: true, execMode: 'ix' });
    expect(fileAccess(p, '/usr/bin/perl', 'exec').allowed).toBe(false);
  });

  it('understands link rules', () => {
    const p = profileOf('profile p {\n  link subset /srv/links/* -> /srv/data/**,\n}\n');
    expect(fileAccess(p, '/srv/links/a', 'link', { linkTarget: '/srv/data/x/y' }).allowed).toBe(true);
    expect(fileAccess(p, '/srv/links/a', 'link', { linkTarget: '/etc/shadow' }).allowed).toBe(false);
  });

  it('lets complain mode through, except explicit deny rules', () => {
    const p = profileOf('profile p flags=(complain) {\n  deny /etc/** w,\n}\n');
    expect(p.mode).toBe('complain');
    expect(fileAccess(p, '/srv/x', 'write')).toMatchObject({ allowed: true, audited: true });
    expect(fileAccess(p, '/etc/x', 'write').allowed).toBe(false);
  });

  it('parses short-form profiles, hats, child profiles and permissions before the path', () => {
    const model = parseAppArmor([
      '/usr/bin/foo {',
      '  r /etc/foo.conf,',
      '  file /var/lib/foo/** rw,',
      '  ^handler {',
      '    /srv/** r,',
      '  }',
      '  profile child /usr/bin/helper {',
      '    capability net_raw,',
      '  }',
      '}',
    ].join('\n'));
    expect(model.diagnostics).toEqual([]);
    const foo = findProfile(model, '/usr/bin/foo') as Profile;
    expect(foo.attachment).toBe('/usr/bin/foo');
    expect(fileAccess(foo, '/etc/foo.conf', 'read').allowed).toBe(true);
    expect(fileAccess(foo, '/var/lib/foo/db', 'write').allowed).toBe(true);
    expect(foo.children.map((c) => [c.name, c.hat])).toEqual([['handler', true], ['child', false]]);
    const child = findProfile(model, '/usr/bin/foo//child') as Profile;
    expect(capabilityAllowed(child, 'net_raw').allowed).toBe(true);
    expect(capabilityAllowed(foo, 'net_raw').allowed).toBe(false);
  });

  it('parses the other rule classes', () => {
    const model = parseAppArmor([
      'abi <abi/3.0>,',
      'include if exists <local/p>',
      'profile p {',
      '  signal (send, receive) peer=p,',
      '  ptrace (read, trace) peer=@{profile_name},',
      '  unix (send, receive) type=stream,',
      '  dbus send bus=session,',
      '  set rlimit nofile <= 1024,',
      '  change_profile -> unconfined,',
      '  pivot_root,',
      '  remount /,',
      '  umount,',
      '  capability chown dac_override,',
      '}',
    ].join('\n'));
    expect(model.diagnostics).toEqual([]);
    expect(model.abi).toBe('abi/3.0');
    expect(model.includes[0]).toMatchObject({ path: 'local/p', ifExists: true, magic: true });
    const p = model.profiles[0] as Profile;
    expect(p.rules.map((r) => r.kind)).toEqual([
      'signal', 'ptrace', 'unix', 'dbus', 'rlimit', 'change_profile', 'pivot_root', 'remount', 'umount', 'capability',
    ]);
    expect(capabilityAllowed(p, 'dac_override').allowed).toBe(true);
  });
});
