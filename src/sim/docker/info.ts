import { HOST_NAME } from '../host';
import { ok } from '../shell/types';
import type { Verb } from './context';

/**
 * `docker info` of the lab host: Docker Engine 27.3.1 from Docker's packages on Ubuntu 24.04, run as
 * root by systemd (no rootless mode; userns-remap once daemon.json asks for it), cgroup v2 with the systemd driver, AppArmor on.
 * Field names and order are the client's (docker/cli cli/command/system/info.go prettyPrintInfo,
 * checked against a real engine's output); the versions are those Docker 27.3.1 ships with.
 */
export const info: Verb = ({ engine }) => {
  const containers = engine.containers;
  const running = containers.filter((c) => c.status === 'running').length;
  const images = new Set(engine.images.list().map((i) => i.id)).size;
  // With userns-remap the daemon lists `userns` among its security options and keeps its data in <uid>.<gid>/.
  const root = engine.rootKey();
  return ok(`Client: Docker Engine - Community
 Version:    27.3.1
 Context:    default
 Debug Mode: false
 Plugins:
  buildx: Docker Buildx (Docker Inc.)
    Version:  v0.17.1
    Path:     /usr/libexec/docker/cli-plugins/docker-buildx
  compose: Docker Compose (Docker Inc.)
    Version:  v2.29.7
    Path:     /usr/libexec/docker/cli-plugins/docker-compose

Server:
 Containers: ${containers.length}
  Running: ${running}
  Paused: 0
  Stopped: ${containers.length - running}
 Images: ${images}
 Server Version: 27.3.1
 Storage Driver: overlay2
  Backing Filesystem: extfs
  Supports d_type: true
  Using metacopy: false
  Native Overlay Diff: true
  userxattr: false
 Logging Driver: json-file
 Cgroup Driver: systemd
 Cgroup Version: 2
 Plugins:
  Volume: local
  Network: bridge host ipvlan macvlan null overlay
  Log: awslogs fluentd gcplogs gelf journald json-file local splunk syslog
 Swarm: inactive
 Runtimes: io.containerd.runc.v2 runc
 Default Runtime: runc
 Init Binary: docker-init
 containerd version: 7f7fdf5fed64eb6a7caf99b3e12efcf9d60e311c
 runc version: v1.1.14-0-g2c9f560
 init version: de40ad0
 Security Options:
  apparmor
  seccomp
   Profile: builtin
${root ? '  userns\n' : ''}  cgroupns
 Kernel Version: 6.8.0-45-generic
 Operating System: Ubuntu 24.04.1 LTS
 OSType: linux
 Architecture: x86_64
 CPUs: 2
 Total Memory: 3.822GiB
 Name: ${HOST_NAME}
 ID: 4f1c2a9e-7b3d-4e8a-9c6f-2d5b8a1e3f70
 Docker Root Dir: /var/lib/docker${root ? `/${root}` : ''}
 Debug Mode: false
 Experimental: false
 Insecure Registries:
  127.0.0.0/8
 Live Restore Enabled: false

`);
};
