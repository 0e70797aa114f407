/**
 * Which of our rules answer each Kubernetes concept of the peer corpus: a case labelled `flag`
 * agrees when one of these rules reports on it, a `pass` case when none does.
 */
export const kubernetesCorpusMap: Readonly<Record<string, readonly string[]>> = {
  'allow-privilege-escalation': ['k8s-allow-privilege-escalation'],
  'apparmor-unconfined': ['k8s-apparmor-unconfined'],
  'host-network': ['k8s-host-namespaces'],
  privileged: ['k8s-privileged'],
  'runs-as-root': ['k8s-run-as-root'],
};
