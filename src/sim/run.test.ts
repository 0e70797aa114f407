import { describe, expect, it } from 'vitest';
import { terminal } from './testing';

const ADMIN_SECRET = '{"service":"lab-admin-api","role":"cluster-admin","token":"adm-7Qp2-Xk9v-LAB-ONLY-SECRET"}\n';

describe('docker run: capabilities', () => {
  it('shows Docker\'s 14 default capabilities as masks and names', () => {
    const t = terminal();
    expect(t.run('docker run --rm alpine:3.24 grep Cap /proc/self/status')).toBe(
      'CapInh:\t0000000000000000\nCapPrm:\t00000000a80425fb\nCapEff:\t00000000a80425fb\nCapBnd:\t00000000a80425fb\nCapAmb:\t0000000000000000\n',
    );
    expect(t.run("docker run --rm alpine:3.24 sh -c 'apk add -q libcap && capsh --print'").split('\n')[0]).toBe(
      'Current: cap_chown,cap_dac_override,cap_fowner,cap_fsetid,cap_kill,cap_setgid,cap_setuid,cap_setpcap,cap_net_bind_service,cap_net_raw,cap_sys_chroot,cap_mknod,cap_audit_write,cap_setfcap=ep',
    );
  });

  it('drops everything with --cap-drop ALL and keeps what --cap-add adds back', () => {
    const t = terminal();
    expect(t.run('docker run --rm --cap-drop ALL alpine:3.24 grep CapEff /proc/self/status')).toBe('CapEff:\t0000000000000000\n');
    expect(t.run('docker run --rm --cap-drop ALL --cap-add NET_BIND_SERVICE alpine:3.24 grep CapEff /proc/self/status')).toBe('CapEff:\t0000000000000400\n');
    expect(t.run("docker run --rm --cap-drop ALL alpine:3.24 sh -c 'apk add -q libcap && capsh --print'").split('\n').slice(0, 2)).toEqual(['Current: =', 'Bounding set =']);
  });

  it('gives a non-root user no effective capabilities, but the bounding set stays', () => {
    const t = terminal();
    expect(t.run('docker run --rm -u 1000 alpine:3.24 grep -e Cap /proc/self/status')).toContain('CapEff:\t0000000000000000\nCapBnd:\t00000000a80425fb\n');
  });

  it('decides chown with CAP_CHOWN', () => {
    const t = terminal();
    expect(t.run('docker run --rm alpine:3.24 sh -c "touch /tmp/f && chown 1000 /tmp/f && ls -l /tmp/f"')).toBe('-rw-r--r--    1 1000     root             0 Jun 20 12:00 /tmp/f\n');
    expect(t.run('docker run --rm --cap-drop CHOWN alpine:3.24 sh -c "touch /tmp/f && chown 1000 /tmp/f"')).toBe('chown: /tmp/f: Operation not permitted\n');
  });

  it('gives privileged containers every capability', () => {
    const t = terminal();
    expect(t.run('docker run --rm --privileged alpine:3.24 grep CapEff /proc/self/status')).toBe('CapEff:\t000001ffffffffff\n');
  });
});

describe('docker run: users and files', () => {
  it('lets root write /etc (docker-default does not protect it) but not a non-root user', () => {
    const t = terminal();
    expect(t.run('docker run --rm alpine:3.24 touch /etc/x')).toBe('');
    expect(t.run('docker run --rm -u 1000:1000 alpine:3.24 touch /etc/x')).toBe('touch: /etc/x: Permission denied\n');
    expect(t.run('docker run --rm -u nobody alpine:3.24 id')).toBe('uid=65534(nobody) gid=65534(nobody) groups=65534(nobody)\n');
  });

  it('makes the root file system read-only, except tmpfs mounts', () => {
    const t = terminal();
    expect(t.run('docker run --rm --read-only alpine:3.24 touch /x')).toBe('touch: /x: Read-only file system\n');
    expect(t.run('docker run --rm --read-only --tmpfs /tmp alpine:3.24 sh -c "touch /tmp/x && echo ok"')).toBe('ok\n');
  });

  it('fails to start a shell that the image does not have', () => {
    const t = terminal();
    t.run('docker pull gcr.io/distroless/static-debian13:nonroot');
    expect(t.run('docker run --rm gcr.io/distroless/static-debian13:nonroot sh')).toBe(
      'docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "sh": executable file not found in $PATH: unknown\n\nRun \'docker run --help\' for more information\n',
    );
  });

  it('reports an unknown -u name like the daemon', () => {
    const t = terminal();
    expect(t.run('docker run --rm -u app alpine:3.24 id')).toBe("docker: Error response from daemon: unable to find user app: no matching entries in passwd file\n\nRun 'docker run --help' for more information\n");
  });
});

describe('docker run: networks', () => {
  it('keeps the bridge network to its own interfaces and away from host loopback services', () => {
    const t = terminal();
    const addr = t.run('docker run --rm alpine:3.24 ip addr');
    expect(addr).toContain('2: eth0@if');
    expect(addr).toContain('    inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0\n');
    expect(addr).not.toContain('10.0.2.15');
    expect(t.run('docker run --rm alpine:3.24 wget -qO- 127.0.0.1:8500')).toBe("wget: can't connect to remote host (127.0.0.1): Connection refused\n");
  });

  it('shares the host network with --network host, and warns that -p is ignored', () => {
    const t = terminal();
    expect(t.run('docker run --rm --network host -p 80:80 alpine:3.24 wget -qO- 127.0.0.1:8500')).toBe(`WARNING: Published ports are discarded when using host network mode\n${ADMIN_SECRET}`);
    expect(t.run('docker run --rm --network host alpine:3.24 ip addr')).toContain('inet 10.0.2.15/24 brd 10.0.2.255 scope global eth0');
    expect(t.run('docker run --rm --net=host alpine:3.24 netstat -lnt')).toContain('tcp        0      0 127.0.0.1:5432          0.0.0.0:*               LISTEN      \n');
    expect(t.run('docker run --rm --network host alpine:3.24 hostname')).toBe('lab-host\n');
  });

  it('needs CAP_NET_RAW or the bridge ping range to ping', () => {
    const t = terminal();
    expect(t.run('docker run --rm --network host --cap-drop NET_RAW alpine:3.24 ping -c 1 127.0.0.1')).toBe('ping: permission denied (are you root?)\n');
    expect(t.run('docker run --rm --cap-drop ALL alpine:3.24 ping -c 1 127.0.0.1')).toContain('1 packets received');
  });
});

describe('docker run: escapes', () => {
  it('denies mount to a default container, and asks non-root if it is root', () => {
    const t = terminal();
    expect(t.run('docker run --rm alpine:3.24 mount /dev/sda1 /mnt')).toBe('mount: permission denied (are you root?)\n');
    expect(t.run('docker run --rm -u 1000 alpine:3.24 mount /dev/sda1 /mnt')).toBe('mount: permission denied (are you root?)\n');
  });

  it('lets a container holding the docker socket start a privileged container on the host', () => {
    const t = terminal();
    t.run('docker run --rm -it -v /var/run/docker.sock:/var/run/docker.sock alpine:3.24 sh');
    expect(t.run('docker run --rm -it --privileged -v /:/host alpine:3.24 chroot /host')).toBe('');
    expect(t.run('cat /etc/shadow')).toMatch(/^root:\$y\$/);
    expect(t.prompt()).toMatch(/^root@[0-9a-f]{12}:\/# $/);
  });

  it('has no docker client or daemon without the socket', () => {
    const t = terminal();
    t.run('docker run --rm -it alpine:3.24 sh');
    expect(t.run('docker ps')).toBe('sh: docker: not found\n');
  });

  it('enters the host through nsenter with --pid=host and --privileged', () => {
    const t = terminal();
    t.run('docker run --rm -it --privileged --pid=host alpine:3.24 sh');
    expect(t.run('ps')).toContain('/usr/bin/dockerd');
    t.run('nsenter --target 1 --mount --uts --ipc --net --pid -- bash');
    expect(t.prompt()).toBe('root@lab-host:~# ');
    expect(t.run('cat /etc/lab-admin/token')).toBe(ADMIN_SECRET);
  });

  it('refuses nsenter without privileges', () => {
    const t = terminal();
    expect(t.run('docker run --rm --pid=host alpine:3.24 nsenter -t 1 -m -u -i -n -p -- sh')).toBe("nsenter: reassociate to namespace 'ns/ipc' failed: Operation not permitted\n");
  });
});

describe('docker run: lifecycle', () => {
  it('pulls a missing image, then runs it', () => {
    const t = terminal();
    const out = t.run('docker run --rm alpine:3.19 echo hi');
    expect(out).toMatch(/^Unable to find image 'alpine:3\.19' locally\n3\.19: Pulling from library\/alpine\n[0-9a-f]{12}: Pull complete\nDigest: sha256:[0-9a-f]{64}\nStatus: Downloaded newer image for alpine:3\.19\nhi\n$/);
  });

  it('says pull access denied for a repository no registry has', () => {
    const t = terminal();
    expect(t.run('docker pull example/nothing')).toBe("Error response from daemon: pull access denied for example/nothing, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n");
    expect(t.run('docker pull alpine:3.24')).toMatch(/Status: Image is up to date for alpine:3\.24\ndocker\.io\/library\/alpine:3\.24\n$/);
  });

  it('keeps -d containers in docker ps, execs into them, and removes them with -f', () => {
    const t = terminal();
    const id = t.run('docker run -d --name web -p 8080:80 nginx:1.30').trim();
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    const ps = t.run('docker ps').split('\n');
    expect(ps[0]).toBe('CONTAINER ID   IMAGE        COMMAND                  CREATED                  STATUS                  PORTS                  NAMES');
    expect(ps[1]).toBe(`${id.slice(0, 12)}   nginx:1.30   "/docker-entrypoint.…"   Less than a second ago   Up Less than a second   0.0.0.0:8080->80/tcp   web`);
    expect(t.run('docker exec web whoami')).toBe('root\n');
    expect(t.run('docker rm web')).toBe('Error response from daemon: cannot remove container "/web": container is running: stop the container before removing or force remove\n');
    expect(t.run('docker rm -f web')).toBe('web\n');
    expect(t.run('docker ps -a')).toBe('CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n');
  });

  it('inspects a container\'s security settings', () => {
    const t = terminal();
    t.run('docker run -d --name box --privileged --network host --cap-add SYS_ADMIN -v /:/host alpine:3.24 sleep 1000');
    expect(t.run('docker inspect --format "{{.HostConfig.Privileged}} {{.HostConfig.NetworkMode}} {{json .HostConfig.CapAdd}} {{json .HostConfig.Binds}}" box')).toBe('true host ["SYS_ADMIN"] ["/:/host"]\n');
    const json = JSON.parse(t.run('docker inspect box')) as { HostConfig: { ReadonlyRootfs: boolean; PidMode: string } }[];
    expect(json[0]?.HostConfig.ReadonlyRootfs).toBe(false);
  });

  it('reports unknown flags like the docker client', () => {
    const t = terminal();
    expect(t.run('docker run --privilegd alpine:3.24 id')).toBe("unknown flag: --privilegd\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker run --help' for more information\n");
  });

  it('gives containers repeatable ids', () => {
    const a = terminal().run('docker run -d alpine:3.24 sleep 100');
    const b = terminal().run('docker run -d alpine:3.24 sleep 100');
    expect(a).toBe(b);
  });
});

describe('docker: images, logs, mounts and AppArmor errors', () => {
  it('prints AppArmor parse errors with the line, and loads nothing', () => {
    const t = terminal({ broken: 'profile broken {\n  /etc/** rw\n  deny /tmp/** w,\n}\n' });
    expect(t.run('sudo apparmor_parser -r broken')).toMatch(/^AppArmor parser error for broken in profile broken at line 2: /);
    expect(t.run('sudo aa-status')).toContain('1 profiles are loaded.');
  });

  it('lists mounts and honours read-only binds', () => {
    const t = terminal();
    expect(t.run('docker run --rm alpine:3.24 mount').split('\n')[0]).toBe('overlay on / type overlay (rw,relatime,lowerdir=/var/lib/docker/overlay2/l/base)');
    expect(t.run('docker run --rm -v /tmp:/data:ro alpine:3.24 touch /data/x')).toBe('touch: /data/x: Read-only file system\n');
    expect(t.run('docker run --rm -v /tmp:/data alpine:3.24 touch /data/x')).toBe('');
    expect(t.run('ls /tmp')).toBe('x\n');
  });

  it('keeps the output of detached containers for docker logs', () => {
    const t = terminal();
    t.run('docker run -d --name once alpine:3.24 echo hi');
    expect(t.run('docker logs once')).toBe('hi\n');
    expect(t.run('docker ps -a')).toContain('"echo hi"');
  });

  it('removes images, refusing while a container uses them', () => {
    const t = terminal();
    t.run('docker run -d --name box alpine:3.24 sleep 100');
    expect(t.run('docker rmi alpine:3.24')).toMatch(/^Error response from daemon: conflict: unable to remove repository reference "alpine:3\.24" \(must force\) - container [0-9a-f]{12} is using its referenced image [0-9a-f]{12}\n$/);
    t.run('docker rm -f box');
    expect(t.run('docker image rm alpine:3.24')).toMatch(/^Untagged: alpine:3\.24\nDeleted: sha256:[0-9a-f]{64}\n$/);
    expect(t.run('docker images')).not.toContain('alpine');
  });

  it('shows the image config in docker inspect', () => {
    const t = terminal();
    expect(t.run('docker inspect --format "{{json .Config.Cmd}} {{.Config.User}}" alpine:3.24')).toBe('["/bin/sh"] \n');
    expect(t.run('docker inspect nothing')).toBe('[]\nError: No such object: nothing\n');
  });
});

describe('docker run: a command that opens a shell', () => {
  it('keeps the container running until that shell exits', () => {
    const t = terminal();
    t.run('docker run -it --name esc --privileged -v /:/host alpine:3.24 chroot /host');
    expect(t.run('docker ps --format "{{.Names}}"')).toContain('esc');
    t.run('exit');
    expect(t.run('docker ps')).not.toContain('esc');
    expect(t.run('docker ps -a')).toContain('esc');
  });
});
