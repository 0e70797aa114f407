import { describe, expect, it } from 'vitest';
import { terminal } from './testing';

const status = (t: ReturnType<typeof terminal>, name: string): string => t.run(`docker inspect -f '{{.State.Status}}' ${name}`).trim();
const pulled = (ref: string, from: string): RegExp => new RegExp(`^Unable to find image '${ref.replace(/[.]/g, '\\.')}' locally\\n[^\\n]+: Pulling from ${from}\\n`);

describe('the course images in the registry', () => {
  it('pulls each image a lesson or exercise names', () => {
    const t = terminal();
    for (const ref of ['example/web:1.4', 'web:2.3', 'sensor-reader:1.4', 'example/container-dashboard:2.4', 'registry.example.com/api:1.8.2', 'registry.example.com/log-shipper:0.9.3', 'registry.example.com/shop-web:3.1', 'shop-web:3.1']) {
      expect(t.run(`docker pull ${ref}`), ref).toMatch(new RegExp(`Status: Downloaded newer image for ${ref.replace(/[.]/g, '\\.')}\\n`));
    }
    expect(t.run('docker images')).toMatch(/\nexample\/web +1\.4 +[0-9a-f]{12} +3 weeks ago +/);
  });

  it('answers for a course repository without that tag as a registry does, and refuses unknown repositories', () => {
    const t = terminal();
    expect(t.run('docker pull example/web')).toBe('Error response from daemon: manifest for example/web:latest not found: manifest unknown: manifest unknown\n');
    expect(t.run('docker pull example/nothing:1')).toMatch(/^Error response from daemon: pull access denied for example\/nothing, repository does not exist/);
  });

  it('shows each image as a BuildKit build on its base image', () => {
    const t = terminal();
    t.run('docker pull example/web:1.4');
    const history = t.run('docker history example/web:1.4');
    expect(history).toContain('CMD ["web"]');
    expect(history).toContain('USER 10001:10001');
    expect(history).toContain('RUN /bin/sh -c addgroup -g 10001 web && addu…');
    expect(history).toContain('ADD file:');
  });
});

describe('example/web:1.4 (least-privilege-capabilities)', () => {
  it('runs as the non-root user web, with Alpine\'s accounts and BusyBox', () => {
    const t = terminal();
    t.run('docker pull example/web:1.4');
    expect(t.run('docker run --rm example/web:1.4 id')).toBe('uid=10001(web) gid=10001(web) groups=10001(web)\n');
    expect(t.run('docker run --rm example/web:1.4 grep web /etc/passwd')).toBe('web:x:10001:10001:Linux User,,,:/home/web:/bin/sh\n');
    expect(t.run('docker run --rm example/web:1.4 ls -l /usr/local/bin')).toBe('total 4\n-r-xr-xr-x    1 root     root            23 Jun 20 12:00 web\n');
  });

  it('serves on 8080 and keeps its temporary files in /tmp', () => {
    const t = terminal();
    t.run('docker run -d --name web --cap-drop ALL --security-opt no-new-privileges --read-only --tmpfs /tmp example/web:1.4');
    expect(status(t, 'web')).toBe('running');
    expect(t.run('docker logs web')).toBe('web 1.4: temporary files in /tmp/web-cache\nweb 1.4: listening on :8080\n');
    expect(t.run('docker exec web ls -l /tmp')).toBe('total 4\ndrwx------    2 web      web           4096 Jun 20 12:00 web-cache\n');
    expect(t.run('docker exec web wget -qO- http://127.0.0.1:8080/')).toContain('example/web 1.4 is up.');
  });

  it('stops on a read-only root file system without a writable /tmp', () => {
    const t = terminal();
    t.run('docker run -d --name web --read-only example/web:1.4');
    expect(status(t, 'web')).toBe('exited');
    expect(t.run('docker logs web')).toBe('web: mkdir /tmp/web-cache: read-only file system\n');
  });

  it('has no capsh, so the lesson reads the masks from /proc and decodes them on the host', () => {
    const t = terminal();
    t.run('docker run -d --name web --cap-add SYS_ADMIN example/web:1.4');
    expect(t.run('docker exec web capsh --print')).toBe('OCI runtime exec failed: exec failed: unable to start container process: exec: "capsh": executable file not found in $PATH: unknown\n');
    expect(t.run('docker exec web grep CapBnd /proc/self/status')).toBe('CapBnd:\t00000000a82425fb\n');
    expect(t.run('capsh --decode=00000000a82425fb')).toBe('0x00000000a82425fb=cap_chown,cap_dac_override,cap_fowner,cap_fsetid,cap_kill,cap_setgid,cap_setuid,cap_setpcap,cap_net_bind_service,cap_net_raw,cap_sys_chroot,cap_sys_admin,cap_mknod,cap_audit_write,cap_setfcap\n');
  });
});

describe('web:2.3 (no-host-network)', () => {
  it('listens on 8080 in its own network namespace as uid 10001', () => {
    const t = terminal();
    t.run('docker run -d --name web -p 127.0.0.1:8080:8080 web:2.3');
    expect(status(t, 'web')).toBe('running');
    expect(t.run('docker exec web id')).toBe('uid=10001(web) gid=10001(web) groups=10001(web)\n');
    expect(t.run('docker exec web netstat -lnt')).toBe([
      'Active Internet connections (only servers)',
      'Proto Recv-Q Send-Q Local Address           Foreign Address         State       ',
      'tcp        0      0 0.0.0.0:8080            0.0.0.0:*               LISTEN      ',
      '',
    ].join('\n'));
  });

  it('joins the host\'s listeners on the host network', () => {
    const t = terminal();
    t.run('docker run -d --name web --net=host web:2.3');
    const listening = t.run('docker exec web netstat -lnt');
    expect(listening).toContain('127.0.0.1:8500');
    expect(listening).toContain('0.0.0.0:8080');
    expect(terminal().run('docker run --rm --net=host alpine:3.24 netstat -lnt')).not.toContain(':8080');
  });
});

describe('sensor-reader:1.4 (never-privileged)', () => {
  it('reads /dev/ttyUSB0 through its dialout group, so it needs no capability', () => {
    const t = terminal();
    t.run('docker run -d --name sensor-reader --device /dev/ttyUSB0:r --cap-drop ALL --security-opt no-new-privileges sensor-reader:1.4');
    expect(status(t, 'sensor-reader')).toBe('running');
    expect(t.run('docker logs sensor-reader')).toBe('sensor-reader 1.4: reading /dev/ttyUSB0 at 9600 baud\nsensor-reader 1.4: 21.4 °C, 48 % RH\n');
    expect(t.run('docker exec sensor-reader id')).toBe('uid=10001(sensor) gid=10001(sensor) groups=20(dialout),10001(sensor)\n');
    expect(t.run('docker exec sensor-reader ls -l /dev/ttyUSB0')).toBe('crw-rw----    1 root     dialout   188,   0 Jun 20 12:00 /dev/ttyUSB0\n');
  });

  it('finds the device when privileged, and stops without it', () => {
    const t = terminal();
    t.run('docker run -d --name privileged --privileged sensor-reader:1.4');
    expect(status(t, 'privileged')).toBe('running');
    t.run('docker run -d --name bare sensor-reader:1.4');
    expect(status(t, 'bare')).toBe('exited');
    expect(t.run('docker logs bare')).toBe('sensor-reader: open /dev/ttyUSB0: no such file or directory\n');
  });

  it('cannot read the device as a user outside dialout', () => {
    const t = terminal();
    t.run('docker run -d --name other --user 20000 --device /dev/ttyUSB0 sensor-reader:1.4');
    expect(t.run('docker logs other')).toBe('sensor-reader: open /dev/ttyUSB0: permission denied\n');
  });

  it('refuses a device the host does not have, as the daemon does', () => {
    expect(terminal().run('docker run --rm --device /dev/ttyUSB9 alpine:3.24 true')).toBe(
      'docker: Error response from daemon: error gathering device information while adding custom device "/dev/ttyUSB9": no such file or directory\n\nRun \'docker run --help\' for more information\n',
    );
  });
});

describe('example/container-dashboard:2.4 (never-privileged)', () => {
  it('renders the dashboards mounted at /etc/dashboard and needs neither the socket nor privileges', () => {
    const t = terminal();
    t.run('mkdir dashboards && echo "{}" > dashboards/containers.json');
    t.run('docker run -d --name dashboard --read-only --cap-drop ALL -v /home/learner/dashboards:/etc/dashboard:ro example/container-dashboard:2.4');
    expect(status(t, 'dashboard')).toBe('running');
    expect(t.run('docker logs dashboard')).toBe('dashboard 2.4: rendering containers.json from /etc/dashboard\ndashboard 2.4: listening on :3000\n');
  });

  it('stops when it has nothing to render', () => {
    const t = terminal();
    t.run('docker run -d --name dashboard example/container-dashboard:2.4');
    expect(status(t, 'dashboard')).toBe('exited');
    expect(t.run('docker logs dashboard')).toBe('dashboard: open /etc/dashboard: no such file or directory\n');
  });
});

describe('registry.example.com/api:1.8.2 and log-shipper:0.9.3 (container-runtimes)', () => {
  it('runs the api as root unless told otherwise, and needs a writable /tmp', () => {
    const t = terminal();
    t.run('docker run -d --name api registry.example.com/api:1.8.2');
    expect(t.run('docker exec api id')).toMatch(/^uid=0\(root\) gid=0\(root\)/);
    t.run('docker run -d --name hardened --user 10001:10001 --cap-drop ALL --read-only --tmpfs /tmp registry.example.com/api:1.8.2');
    expect(status(t, 'hardened')).toBe('running');
    expect(t.run('docker exec hardened id')).toBe('uid=10001 gid=10001 groups=10001\n');
    t.run('docker run -d --name broken --read-only registry.example.com/api:1.8.2');
    expect(t.run('docker logs broken')).toBe('api: mkdir /tmp/api-cache: read-only file system\n');
  });

  it('ships logs from /var/log/pods, from a distroless image with no shell', () => {
    const t = terminal();
    t.run('docker run -d --name shipper --user 10001:10001 --read-only -v /var/log/pods:/var/log/pods:ro registry.example.com/log-shipper:0.9.3');
    expect(status(t, 'shipper')).toBe('running');
    expect(t.run('docker logs shipper')).toBe('log-shipper 0.9.3: watching /var/log/pods (0 pod directories)\nlog-shipper 0.9.3: container names from the log file paths\n');
    expect(t.run('docker exec shipper sh')).toBe('OCI runtime exec failed: exec failed: unable to start container process: exec: "sh": executable file not found in $PATH: unknown\n');
    expect(t.run('docker run --rm registry.example.com/log-shipper:0.9.3')).toBe('log-shipper: open /var/log/pods: no such file or directory\n');
  });
});

describe('shop-web:3.1 (apparmor-profiles)', () => {
  it('reads its configuration and serves on 8080, under the default profile and without privileges', () => {
    const t = terminal();
    expect(t.run('docker run --rm shop-web:3.1 cat /etc/shop-web/config.yaml')).toMatch(pulled('shop-web:3.1', 'library/shop-web'));
    t.run('docker run -d --name web --read-only --cap-drop ALL registry.example.com/shop-web:3.1');
    expect(status(t, 'web')).toBe('running');
    expect(t.run('docker logs web')).toBe('shop-web 3.1: configuration from /etc/shop-web/config.yaml\nshop-web 3.1: listening on :8080\n');
  });
});

describe('tools an image does not have', () => {
  it('are missing with the words of the shell, or of runc when no shell is in between', () => {
    const t = terminal();
    expect(t.run("docker run --rm alpine:3.24 sh -c 'capsh --print; ss -lnt; curl -s x'")).toBe('sh: capsh: not found\nsh: ss: not found\nsh: curl: not found\n');
    expect(t.run('docker run --rm debian:trixie-slim bash -c ps')).toBe('bash: line 1: ps: command not found\n');
    expect(t.run('docker run --rm debian:trixie-slim ip addr')).toContain('exec: "ip": executable file not found in $PATH');
    expect(t.run('docker run --rm gcr.io/distroless/static-debian13:nonroot ls')).toContain('exec: "ls": executable file not found in $PATH');
  });

  it('are the ones BusyBox has on Alpine: ps, ip, netstat and wget', () => {
    const t = terminal();
    expect(t.run("docker run --rm alpine:3.24 sh -c 'command -v ps ip netstat wget'")).toBe('/bin/ps\n/sbin/ip\n/bin/netstat\n/usr/bin/wget\n');
    expect(t.run('docker run --rm alpine:3.24 ps')).toBe('PID   USER     TIME  COMMAND\n    1 root      0:00 ps\n');
  });

  it('arrive with the packages that carry them', () => {
    const t = terminal();
    expect(t.run("docker run --rm alpine:3.24 sh -c 'apk add libcap >/dev/null && capsh --print'")).toMatch(/^Current: cap_chown,/);
    expect(t.run("docker run --rm alpine:3.24 sh -c 'apk add -q iproute2 && ss -lnt'")).toMatch(/^State  Recv-Q Send-Q/);
    expect(t.run("docker run --rm debian:trixie-slim sh -c 'apt-get install -y libcap2-bin iproute2 procps >/dev/null && command -v capsh ss ps'")).toBe('/usr/sbin/capsh\n/usr/bin/ss\n/usr/bin/ps\n');
  });

  it('lists apk\'s dependencies of libcap, which bring capsh', () => {
    expect(terminal().run('docker run --rm alpine:3.24 apk add libcap')).toContain('(4/5) Installing libcap-utils (2.76-r0)\n(5/5) Installing libcap (2.76-r0)\n');
  });

  it('include what the full buildpack-deps images carry: curl, wget and ps', () => {
    const t = terminal();
    t.run('docker pull golang:1.27');
    expect(t.run("docker run --rm golang:1.27 sh -c 'command -v curl wget ps'")).toBe('/usr/bin/curl\n/usr/bin/wget\n/usr/bin/ps\n');
  });
});

describe('a course image\'s program', () => {
  it('runs only where its image installed it, not by name on the host', () => {
    const t = terminal();
    expect(t.run('web')).toBe('bash: web: command not found\n');
    expect(t.run('docker run --rm alpine:3.24 web')).toContain('exec: "web": executable file not found in $PATH');
  });

  it('is a base image a Dockerfile can build on', () => {
    const t = terminal({ Dockerfile: 'FROM example/web:1.4\nCOPY index.html /srv/index.html\n', 'index.html': '<p>hi</p>\n' });
    expect(t.run('docker build -t site .')).not.toContain('ERROR');
    t.run('docker run -d --name site --read-only --tmpfs /tmp site');
    expect(t.run("docker inspect -f '{{.State.Status}}' site")).toBe('running\n');
    expect(t.run('docker exec site id')).toBe('uid=10001(web) gid=10001(web) groups=10001(web)\n');
  });
});
