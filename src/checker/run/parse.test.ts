import { describe, expect, it } from 'vitest';
import { parseRunArgs, parseRunScript } from '.';
import { DOCKER_DEFAULT_CAPABILITIES } from './capabilities';

const only = (text: string) => {
  const model = parseRunScript(text);
  const first = model.commands[0];
  if (!first) throw new Error(`no docker run found in: ${text}`);
  return { ...first, diagnostics: model.diagnostics };
};

describe('parseRunScript', () => {
  it('finds run and create commands behind prefixes, continuations and operators', () => {
    const model = parseRunScript([
      '#!/bin/sh',
      'set -eu # docker run --privileged x',
      'FOO=bar sudo -E docker run --rm \\',
      '  alpine true && docker container create nginx; docker -H tcp://h:2375 container run redis',
      'docker ps | grep x',
      'cat <<EOF',
      'docker run --privileged heredoc-text',
      'EOF',
      'docker create busybox > /dev/null 2>&1',
    ].join('\n'));
    expect(model.commands.map((c) => [c.command.verb, c.command.image?.value, c.command.span.line])).toEqual([
      ['run', 'alpine', 3], ['create', 'nginx', 4], ['run', 'redis', 4], ['create', 'busybox', 9],
    ]);
    expect(model.diagnostics).toEqual([]);
  });

  it('treats everything after the image as the container command', () => {
    const { command, runtime } = only('docker run img echo --privileged -v /:/host');
    expect(command.command).toEqual(['echo', '--privileged', '-v', '/:/host']);
    expect(runtime.privileged).toBeNull();
    expect(runtime.mounts).toEqual([]);
  });

  it('reads --flag value, --flag=value, bundles and boolean values', () => {
    const { runtime, diagnostics } = only('docker run -itd --rm=false --read-only --name=web -uroot --net mynet -e A=1 --env "B=two words" app');
    expect(diagnostics).toEqual([]);
    expect([runtime.interactive, runtime.tty, runtime.detach, runtime.rm]).toEqual([true, true, true, false]);
    expect(runtime.readOnlyRootfs?.value).toBe(true);
    expect(runtime.name?.value).toBe('web');
    expect(runtime.user?.value).toBe('root');
    expect(runtime.networkMode?.value).toBe('mynet');
    expect(runtime.env.map((e) => e.value)).toEqual(['A=1', 'B=two words']);
  });

  it('points each setting at its flag', () => {
    const { runtime } = only('docker run \\\n  --cap-add NET_ADMIN \\\n  -p 80:80 app');
    expect(runtime.capAdd[0]?.span).toEqual({ line: 2, column: 3, endLine: 2, endColumn: 22 });
    expect(runtime.ports[0]?.span).toEqual({ line: 3, column: 3, endLine: 3, endColumn: 11 });
  });

  it('computes the effective capability set', () => {
    expect(only('docker run a').runtime.capabilities).toEqual([...DOCKER_DEFAULT_CAPABILITIES].sort());
    expect(only('docker run --cap-drop ALL --cap-add net_bind_service a').runtime.capabilities).toEqual(['NET_BIND_SERVICE']);
    expect(only('docker run --cap-drop CAP_NET_RAW --cap-drop mknod a').runtime.capabilities).toHaveLength(12);
    expect(only('docker run --cap-add ALL --cap-drop MKNOD a').runtime.capabilities).not.toContain('MKNOD');
    expect(only('docker run --cap-add ALL a').runtime.capabilities.length).toBeGreaterThan(40);
    expect(only('docker run --privileged --cap-drop ALL a').runtime.capabilities).toContain('SYS_ADMIN');
  });

  it('derives seccomp, AppArmor and SELinux state', () => {
    const privileged = only('docker run --privileged a').runtime;
    expect([privileged.seccomp.state, privileged.apparmor.state, privileged.selinux.state]).toEqual(['unconfined', 'unconfined', 'unconfined']);
    const custom = only('docker run --privileged --security-opt apparmor=my-prof --security-opt seccomp=p.json a').runtime;
    expect([custom.apparmor.profile, custom.seccomp.profile]).toEqual(['my-prof', 'p.json']);
    const plain = only('docker run --security-opt systempaths=unconfined --security-opt no-new-privileges a').runtime;
    expect(plain.seccomp.state).toBe('default');
    expect(plain.systemPathsUnconfined).not.toBeNull();
    expect(plain.noNewPrivileges?.value).toBe(true);
  });

  it('reads every -p form', () => {
    const { runtime, diagnostics } = only('docker run -p 80 -p 8080:80 -p 127.0.0.1:8080:80 -p [::1]:8081:81 -p 8082:82/udp -p 9000-9005:9000-9005 -p 127.0.0.1::83 a');
    expect(diagnostics).toEqual([]);
    expect(runtime.ports.map((p) => [p.hostIp, p.hostPort, p.containerPort, p.protocol])).toEqual([
      [null, null, '80', 'tcp'], [null, '8080', '80', 'tcp'], ['127.0.0.1', '8080', '80', 'tcp'], ['::1', '8081', '81', 'tcp'],
      [null, '8082', '82', 'udp'], [null, '9000-9005', '9000-9005', 'tcp'], ['127.0.0.1', null, '83', 'tcp'],
    ]);
  });

  it('reads -v, --mount and --tmpfs', () => {
    const { runtime } = only('docker run -v /srv:/data:ro,z -v cache:/cache -v /anon --mount type=bind,src=/etc,dst=/e,readonly --mount target=/v --tmpfs /run:noexec,size=64m a');
    expect(runtime.mounts.map((m) => [m.type, m.source, m.target, m.readOnly])).toEqual([
      ['bind', '/srv', '/data', true], ['volume', 'cache', '/cache', false], ['volume', null, '/anon', false],
      ['bind', '/etc', '/e', true], ['volume', null, '/v', false], ['tmpfs', null, '/run', false],
    ]);
  });

  it('records host namespaces', () => {
    const { runtime } = only('docker run --network=host --pid host --ipc=host --uts=host --userns=host --cgroupns=host a');
    expect(Object.keys(runtime.hostNamespaces).sort()).toEqual(['cgroupns', 'ipc', 'net', 'pid', 'userns', 'uts']);
  });

  it('reports unknown flags, missing values, bad values and unclosed quotes as run-syntax errors', () => {
    const cases: [string, RegExp][] = [
      ['docker run --privilege a', /did you mean --privileged/],
      ['docker run -Z a', /no option -Z/],
      ['docker run --name', /needs a value/],
      ['docker run --rm=maybe a', /on or off/],
      ['docker run --cap-add SYS_ADMINN a', /not a Linux capability/],
      ['docker run --security-opt foo=bar a', /not a security option/],
      ['docker run -p 80:http a', /container port/],
      ['docker run --rm', /names no image/],
      ['docker run -e "A=1 a', /never closed/],
    ];
    for (const [text, message] of cases) {
      const { diagnostics } = parseRunScript(text);
      expect(diagnostics.map((d) => d.ruleId), text).toContain('run-syntax');
      expect(diagnostics.map((d) => d.message).join('\n'), text).toMatch(message);
    }
  });

  it('ignores commands that are not docker run', () => {
    expect(parseRunScript('docker ps\ndocker compose run web\npodman run x\necho "docker run --privileged"').commands).toEqual([]);
  });
});

describe('parseRunArgs', () => {
  it('parses the words typed after docker run', () => {
    const parsed = parseRunArgs(['--rm', '-it', '--cap-drop', 'ALL', '-u', '1000', 'alpine', 'sh', '-c', 'id']);
    expect(parsed.image).toBe('alpine');
    expect(parsed.command).toEqual(['sh', '-c', 'id']);
    expect(parsed.runtime.capabilities).toEqual([]);
    expect(parsed.runtime.user?.value).toBe('1000');
    expect(parsed.diagnostics).toEqual([]);
  });

  it('reports unknown flags with their column', () => {
    const parsed = parseRunArgs(['--rm', '--nope', 'alpine']);
    expect(parsed.diagnostics[0]).toMatchObject({ ruleId: 'run-syntax', column: 6 });
    expect(parsed.image).toBe('alpine');
  });
});
