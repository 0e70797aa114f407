import type { Hit, Rule } from '../../core/types';
import type { ImageModel } from '../model';
import { allCommands, argSpan, placeInRun } from './helpers';
import { installedPackages } from './packages';

const SSH_SERVERS = new Set(['openssh-server', 'ssh', 'openssh', 'dropbear']);

export const rule: Rule<ImageModel> = {
  meta: {
    id: 'ssh-server-or-port-22',
    title: 'SSH server or port 22 in the image',
    severity: 'warning',
    appliesTo: ['dockerfile'],
    lesson: 'images-and-containers',
    why: 'An SSH daemon is one more service to patch and brute-force, with its own keys and passwords baked into the image; containers are entered with docker exec or kubectl exec instead.',
    fix: 'Remove the SSH server and EXPOSE 22; use docker exec / kubectl exec for debugging.',
    refs: { trivy: ['DS-0004'], checkov: ['CKV_DOCKER_1'], kics: ['5907595b-5b6d-4142-b173-dbb0e73fbff8'] },
    messages: {
      exposesSsh: 'EXPOSE 22 advertises an SSH port; remove it and use docker exec or kubectl exec to get into the container.',
      rangeIncludesSsh: 'EXPOSE {{ports}} includes port 22 (SSH); expose only the ports the service listens on.',
      installsServer: 'This installs {{packages}}, an SSH server; remove it and use docker exec or kubectl exec instead.',
    },
    examples: {
      bad: 'FROM debian:13-slim\nRUN apt-get update && apt-get install -y openssh-server\nEXPOSE 22\n',
      good: 'FROM debian:13-slim\nEXPOSE 8080\n',
    },
  },
  check(model) {
    const hits: Hit[] = [];
    for (const stage of model.stages) {
      for (const port of stage.expose) {
        if (port.port === 22 && port.protocol === 'tcp') {
          hits.push({ ...port.span, messageId: 'exposesSsh' });
        } else if (/^\d+-\d+/.test(port.raw)) {
          const [lo = 0, hi = 0] = port.raw.split('/')[0]?.split('-').map(Number) ?? [];
          if (lo <= 22 && 22 <= hi) hits.push({ ...port.span, messageId: 'rangeIncludesSsh', data: { ports: port.raw } });
        }
      }
    }
    for (const { run, command } of allCommands(model)) {
      const servers = installedPackages(command).filter((p) => SSH_SERVERS.has(p));
      if (servers.length === 0) continue;
      const first = command.args.findIndex((a) => !a.startsWith('-') && SSH_SERVERS.has(a.split(/[=<>]/)[0] ?? a));
      hits.push({ ...placeInRun(run, command, argSpan(command, first)), messageId: 'installsServer', data: { packages: servers.join(', ') } });
    }
    return hits.sort((a, b) => a.line - b.line);
  },
};
