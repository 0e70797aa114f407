/**
 * Exercises whose run check cannot pass yet because the simulator lacks something the exercise's
 * run definition needs, with the simulator's current answer. The definitions stay as they should
 * be; the authoring and browser tests expect exactly this failure, and fail as soon as the
 * simulator supports the command, so the entry is deleted then.
 */
export const SIMULATOR_GAPS: Readonly<Record<string, { needs: string; now: RegExp }>> = {
  'images-and-containers/secret-in-layer': { needs: 'docker build --secret id=...,src=...', now: /requires exactly 1 argument/ },
  'build-secrets-and-supply-chain/secret-mount': { needs: 'docker build --secret id=...,src=...', now: /requires exactly 1 argument/ },
  'least-privilege-capabilities/drop-capabilities': { needs: 'the image example/web:1.4 and \\ line continuations in sh run.sh', now: /pull access denied|command not found/ },
  'least-privilege-capabilities/compose-least-privilege': { needs: 'docker compose up -d / ps, and the image example/web:1.4', now: /unknown command: docker compose/ },
  'never-privileged/drop-privileged': { needs: 'the image sensor-reader:1.4, the host device /dev/ttyUSB0 and \\ line continuations', now: /command not found/ },
  'never-privileged/docker-socket': { needs: 'docker compose up -d / ps, and the image example/container-dashboard:2.4', now: /unknown command: docker compose/ },
  'no-host-network/publish-on-loopback': { needs: 'the image web:2.3 listening on 8080, and curl reaching a published port', now: /pull access denied/ },
  'container-runtimes/harden-deployment': { needs: 'the image registry.example.com/api:1.8.2', now: /pull access denied/ },
  'container-runtimes/no-runtime-socket': { needs: 'the image registry.example.com/log-shipper:0.9.3', now: /pull access denied/ },
  'apparmor-profiles/kubernetes-localhost': { needs: 'the image registry.example.com/shop-web:3.1', now: /pull access denied/ },
  'capstone/harden-service': { needs: 'docker compose up -d / ps with an image built as orders:1.0', now: /unknown command: docker compose/ },
};
