import { hitAt, inSyntax, runtimeRule, serviceOf } from '../runtime-rule';

export const rule = runtimeRule({
  id: 'no-cap-drop',
  title: 'Default capabilities are kept',
  severity: 'info',
  appliesTo: ['run', 'compose'],
  lesson: 'least-privilege-capabilities',
  why: 'Docker grants 14 capabilities by default (CHOWN, DAC_OVERRIDE, NET_RAW, SETUID, ...); most applications need none of them.',
  fix: 'Drop all capabilities and add back only the ones the application needs, often none or NET_BIND_SERVICE.',
  refs: { kics: ['ce76b7d0 Container Capabilities Unrestricted'], dockerBench: ['5.4'] },
  messages: {
    defaultCapabilitiesRun: `This container keeps Docker's 14 default capabilities; add --cap-drop ALL, then --cap-add only what it needs.`,
    defaultCapabilitiesCompose: `Service "{{service}}" keeps Docker's 14 default capabilities; add cap_drop: [ALL], then cap_add only what it needs.`,
  },
  examples: {
    bad: 'docker run -d nginx',
    good: 'docker run -d --cap-drop ALL -p 127.0.0.1:8080:8080 nginxinc/nginx-unprivileged:1.30',
  },
}, (runtime) => {
  if (runtime.capDrop.length > 0 || runtime.privileged?.value) return [];
  return [hitAt(runtime.span, inSyntax(runtime, 'defaultCapabilitiesRun', 'defaultCapabilitiesCompose'), serviceOf(runtime))];
});
