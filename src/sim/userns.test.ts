import { describe, expect, it } from 'vitest';
import { Simulator } from './simulator';

function lab(): Simulator {
  return new Simulator({ files: () => ({}) });
}

/** The terminal colours daemon errors red; the words are what docker prints. */
function plain(result: { output: string; exitCode: number }): { output: string; exitCode: number } {
  // eslint-disable-next-line no-control-regex -- the colour codes are control characters
  return { ...result, output: result.output.replace(/\u001b\[[0-9;]*m/g, '') };
}

function remapped(): Simulator {
  const sim = lab();
  sim.execute(`echo '{"userns-remap": "default"}' | sudo tee /etc/docker/daemon.json`);
  expect(sim.executeWithStatus('sudo systemctl restart docker')).toEqual({ output: '', exitCode: 0 });
  return sim;
}

describe('userns-remap on the lab daemon', () => {
  it('needs root to restart the daemon, as systemd says without a polkit agent', () => {
    expect(lab().executeWithStatus('systemctl restart docker')).toEqual({
      output: "Failed to restart docker.service: Interactive authentication required.\nSee system logs and 'systemctl status docker.service' for details.\n",
      exitCode: 1,
    });
    expect(lab().executeWithStatus('sudo systemctl restart nginx').exitCode).toBe(5);
  });

  it('creates dockremap with the range a real 20.10 daemon wrote, and reports userns in docker info', () => {
    const sim = remapped();
    expect(sim.execute('grep dockremap /etc/subuid /etc/subgid')).toBe('/etc/subuid:dockremap:100000:65536\n/etc/subgid:dockremap:100000:65536\n');
    const info = sim.execute('docker info');
    expect(info).toMatch(/ Security Options:\n  apparmor\n  seccomp\n   Profile: builtin\n  userns\n  cgroupns\n/);
    expect(info).toContain(' Docker Root Dir: /var/lib/docker/100000.100000\n');
    expect(lab().execute('docker info')).not.toContain('userns');
  });

  it('starts from an empty image store, so the first run pulls again', () => {
    const sim = remapped();
    expect(sim.execute('docker images -q')).toBe('');
    const out = sim.execute('docker run --rm alpine:3.24 id');
    expect(out).toMatch(/^Unable to find image 'alpine:3\.24' locally\n/);
    expect(out.endsWith('uid=0(root) gid=0(root) groups=0(root),1(bin),2(daemon),3(sys),4(adm),6(disk),10(wheel),11(floppy),20(dialout),26(tape),27(video)\n')).toBe(true);
  });

  it('is root inside and 100000 on the host', () => {
    const sim = remapped();
    sim.execute('docker pull alpine:3.24');
    sim.execute('docker run -d --name sleeper alpine:3.24 sleep 1000');
    expect(sim.execute('docker exec sleeper cat /proc/self/uid_map')).toBe('         0     100000      65536\n');
    expect(sim.execute('docker exec sleeper grep Uid /proc/1/status')).toBe('Uid:\t0\t0\t0\t0\n');
    expect(sim.execute('ps aux')).toMatch(/\n100000 +3000 .* sleep 1000\n/);
    expect(lab().execute('docker run --rm alpine:3.24 cat /proc/self/uid_map')).toBe('         0          0 4294967295\n');
  });

  it('refuses privileged mode and host namespaces unless the container opts out with --userns=host', () => {
    const sim = remapped();
    sim.execute('docker pull alpine:3.24');
    expect(plain(sim.executeWithStatus('docker run --rm --privileged alpine:3.24 fdisk -l'))).toEqual({
      output: 'docker: Error response from daemon: privileged mode is incompatible with user namespaces.  You must run the container in the host namespace when running privileged mode\n\nRun \'docker run --help\' for more information\n',
      exitCode: 125,
    });
    expect(sim.execute('docker run --rm --network host alpine:3.24 true')).toContain("cannot share the host's network namespace when user namespaces are enabled");
    expect(sim.execute('docker run --rm --pid host alpine:3.24 true')).toContain('cannot share the host PID namespace when user namespaces are enabled');
    expect(sim.execute('docker run --rm --privileged --userns=host alpine:3.24 fdisk -l')).toContain('Disk /dev/sda: 20 GiB');
  });

  it('shows an opted-out container the remapped owners of the shared image layers, as a real 20.10 daemon does', () => {
    const sim = remapped();
    sim.execute('docker pull alpine:3.24');
    expect(sim.execute('docker run --rm --userns=host alpine:3.24 ls -ln /bin/busybox')).toMatch(/^-rwxr-xr-x +1 100000 +100000 /);
    expect(sim.execute('docker run --rm alpine:3.24 ls -ln /bin/busybox')).toMatch(/^-rwxr-xr-x +1 0 +0 /);
  });

  it('keeps a host disk out of reach even with SYS_ADMIN and the device', () => {
    const sim = remapped();
    sim.execute('docker pull alpine:3.24');
    const out = sim.executeWithStatus('docker run --rm --cap-add SYS_ADMIN --security-opt seccomp=unconfined --security-opt apparmor=unconfined --device /dev/sda1 alpine:3.24 mount /dev/sda1 /mnt');
    expect(out).toEqual({ output: 'mount: permission denied (are you root?)\n', exitCode: 1 });
    expect(sim.execute('docker run --rm --device /dev/sda1 alpine:3.24 ls -l /dev/sda1')).toMatch(/^brw-rw---- +1 nobody +nobody +8, +1 /);
  });

  it('writes bind-mounted files as the remapped UID, and is refused where the host allows only root', () => {
    const sim = remapped();
    sim.execute('docker pull alpine:3.24');
    sim.execute('mkdir shared && chmod 777 shared');
    expect(sim.execute('docker run --rm -v /home/learner/shared:/data alpine:3.24 sh -c "touch /data/report.txt && ls -ln /data"')).toMatch(/-rw-r--r-- +1 0 +0 +0 .* report\.txt\n$/);
    expect(sim.execute('ls -ln shared')).toMatch(/-rw-r--r-- 1 100000 100000 0 .* report\.txt\n$/);
    expect(sim.executeWithStatus('docker run --rm -v /srv:/data alpine:3.24 touch /data/x')).toEqual({ output: 'touch: /data/x: Permission denied\n', exitCode: 1 });
    expect(lab().executeWithStatus('docker run --rm -v /srv:/data alpine:3.24 touch /data/x').exitCode).toBe(0);
  });

  it('goes back to the original images and containers when remapping is turned off', () => {
    const sim = remapped();
    sim.execute('sudo rm /etc/docker/daemon.json');
    sim.execute('sudo systemctl restart docker');
    expect(sim.execute('docker images --format "{{.Repository}}:{{.Tag}}"')).toContain('alpine:3.24');
    expect(sim.execute('docker run --rm alpine:3.24 cat /proc/self/uid_map')).toBe('         0          0 4294967295\n');
  });

  it('fails the restart on a daemon.json that is not JSON', () => {
    const sim = lab();
    sim.execute(`echo '{"userns-remap": default}' | sudo tee /etc/docker/daemon.json`);
    const out = sim.executeWithStatus('sudo systemctl restart docker');
    expect(out.exitCode).toBe(1);
    expect(out.output).toContain('Job for docker.service failed because the control process exited with error code.');
  });
});
