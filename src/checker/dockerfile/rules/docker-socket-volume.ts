import type { Hit, Rule } from '../../core/types';
import type { ImageModel } from '../model';

export const rule: Rule<ImageModel> = {
  meta: {
    id: 'docker-socket-volume',
    title: 'Docker socket declared as a volume',
    severity: 'error',
    appliesTo: ['dockerfile'],
    lesson: 'never-privileged',
    why: 'Whoever can talk to /var/run/docker.sock can start a privileged container that mounts the host disk: access to the socket is root on the host.',
    fix: 'Remove the docker.sock VOLUME; if a tool truly needs the Docker API, give it a restricted proxy or a rootless daemon instead.',
    refs: { semgrep: ['dockerfile.security.dockerd-socket-mount'], dockerBench: ['5.31'] },
    messages: {
      socketVolume: 'VOLUME for /var/run/docker.sock invites mounting the Docker socket, which gives the container root on the host; remove it.',
    },
    examples: { bad: 'FROM docker:29-cli\nVOLUME /var/run/docker.sock\n', good: 'FROM docker:29-cli\nVOLUME /data\n' },
  },
  check(model) {
    const hits: Hit[] = [];
    for (const stage of model.stages) {
      for (const volume of stage.volumes) {
        if (volume.path.includes('docker.sock')) {
          hits.push({ ...volume.span, messageId: 'socketVolume' });
        }
      }
    }
    return hits;
  },
};
