import { hitAt, inSyntax, runtimeRule } from '../runtime-rule';

export const rule = runtimeRule({
  id: 'host-network',
  title: 'Container shares the host network namespace',
  severity: 'error',
  appliesTo: ['run', 'compose'],
  lesson: 'no-host-network',
  why: 'With the host network the container sees every host interface and can reach services bound only to the host loopback, including local admin sockets.',
  fix: 'Use the default bridge network (or a user-defined one) and publish only the ports clients need.',
  refs: { kics: ['071a71ff Shared Host Network Namespace'], dockerBench: ['5.10'] },
  messages: {
    hostNetworkRun: '--network host puts this container on the host network stack, where it can reach services bound to the host loopback; drop it and publish the port it serves with -p.',
    hostNetworkPublishingRun: '--network host puts this container on the host network stack, where it can reach services bound to the host loopback; drop it and publish the port it serves with -p. Its published ports are discarded in host mode anyway.',
    hostNetworkCompose: 'network_mode: host puts this service on the host network stack, where it can reach services bound to the host loopback; remove it and publish the port it serves under ports.',
    hostNetworkPublishingCompose: 'network_mode: host puts this service on the host network stack, where it can reach services bound to the host loopback; remove it and publish the port it serves under ports. Its published ports are discarded in host mode anyway.',
  },
  examples: {
    bad: 'docker run -d --network host nginx',
    good: 'docker run -d -p 127.0.0.1:8080:80 nginx',
  },
}, (runtime) => {
  const span = runtime.hostNamespaces.net;
  if (!span) return [];
  const publishes = runtime.ports.length > 0 || runtime.publishAll?.value === true;
  return [hitAt(span, publishes
    ? inSyntax(runtime, 'hostNetworkPublishingRun', 'hostNetworkPublishingCompose')
    : inSyntax(runtime, 'hostNetworkRun', 'hostNetworkCompose'))];
});
