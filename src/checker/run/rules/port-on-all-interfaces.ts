import type { PortModel } from '../model';
import { hitAt, inSyntax, runtimeRule } from '../runtime-rule';

const ANY_ADDRESS = new Set(['0.0.0.0', '::', '']);

function isOnAllInterfaces(port: PortModel): boolean {
  return port.hostIp === null || ANY_ADDRESS.has(port.hostIp);
}

function loopbackForm(port: PortModel): string {
  const proto = port.protocol === 'tcp' ? '' : `/${port.protocol}`;
  return `127.0.0.1:${port.hostPort ?? ''}:${port.containerPort}${proto}`;
}

export const rule = runtimeRule({
  id: 'port-on-all-interfaces',
  title: 'A port is published on every host interface',
  severity: 'info',
  appliesTo: ['run', 'compose'],
  lesson: 'no-host-network',
  why: 'A published port without an address listens on every address of the host (0.0.0.0 and ::), so any machine that can reach the host can connect, and Docker\'s own firewall rules let that traffic in even where ufw or firewalld would block it.',
  fix: 'Bind the port to the address clients use; 127.0.0.1 when only this machine needs it.',
  refs: { dockerBench: ['5.14'] },
  messages: {
    allInterfacesRun: '-p {{port}} listens on every interface of the host, so other machines can connect; if only local clients need it, write -p {{loopback}}.',
    allInterfacesCompose: '"{{port}}" listens on every interface of the host, so other machines can connect; if only local clients need it, write "{{loopback}}".',
    publishAll: '-P publishes every exposed port on every host interface; publish only the ports needed with -p 127.0.0.1:HOST:CONTAINER.',
  },
  examples: { bad: 'docker run -p 8080:80 nginx', good: 'docker run -p 127.0.0.1:8080:80 nginx' },
}, (runtime) => {
  if (runtime.hostNamespaces.net) return [];
  const hits = runtime.ports.filter(isOnAllInterfaces).map((port) =>
    hitAt(port.span, inSyntax(runtime, 'allInterfacesRun', 'allInterfacesCompose'), { port: port.raw, loopback: loopbackForm(port) }));
  const all = runtime.publishAll;
  if (all?.value) hits.push(hitAt(all.span, 'publishAll'));
  return hits;
});
