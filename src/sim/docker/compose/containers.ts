import { createContainer, type Container } from '../../container';
import type { Engine } from '../../engine';
import type { SimImage } from '../../image';
import { capabilityRefusal, nameRefusal, networkRefusal } from '../daemon-errors';
import type { AppService, ComposeApp } from './project';

/** The labels compose puts on its containers (compose `pkg/api/labels.go`), by which it finds them again. */
export const LABEL = {
  project: 'com.docker.compose.project',
  service: 'com.docker.compose.service',
  number: 'com.docker.compose.container-number',
  hash: 'com.docker.compose.config-hash',
  oneoff: 'com.docker.compose.oneoff',
  workingDir: 'com.docker.compose.project.working_dir',
  configFiles: 'com.docker.compose.project.config_files',
  image: 'com.docker.compose.image',
  version: 'com.docker.compose.version',
} as const;

export const COMPOSE_VERSION = '2.40.3';

export function defaultNetwork(project: string): string {
  return `${project}_default`;
}

export function containerNameOf(app: ComposeApp, service: AppService): string {
  return service.containerName ?? `${app.name}-${service.name}-1`;
}

/** How `docker compose up` attaches a container's output: without the project (`web-1`), or by container_name. */
export function shortName(container: Container): string {
  const labels = container.labels ?? {};
  const project = labels[LABEL.project] ?? '';
  return container.name.startsWith(`${project}-`) ? container.name.slice(project.length + 1) : container.name;
}

/** The project's containers, sorted by name as `docker compose ps` lists them. */
export function projectContainers(engine: Engine, project: string, services: readonly string[] = []): Container[] {
  return engine.containers
    .filter((c) => c.labels?.[LABEL.project] === project && (services.length === 0 || services.includes(c.labels[LABEL.service] ?? '')))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** ENTRYPOINT and CMD as Compose sets them: an `entrypoint:` resets the image's CMD, as `docker run --entrypoint` does. */
function argvOf(service: AppService, image: SimImage): string[] {
  const entrypoint = service.entrypoint ?? image.config.entrypoint ?? [];
  const command = service.command ?? (service.entrypoint ? [] : image.config.cmd ?? []);
  return [...entrypoint, ...command];
}

/**
 * Creates the service's container through the daemon's creation path, the one `docker run` uses,
 * with the settings the service maps to; the container is left created, not started.
 */
export function createServiceContainer(engine: Engine, app: ComposeApp, service: AppService, image: SimImage): Container | { error: string } {
  const name = containerNameOf(app, service);
  const span = service.runtime.span;
  const capabilities = capabilityRefusal(service.capabilityArgs);
  if (capabilities) return { error: capabilities.message };
  const network = networkRefusal(service.runtime.networkMode?.value);
  if (network) return { error: network.message };
  const badName = nameRefusal(name);
  if (badName) return { error: badName };
  const argv = argvOf(service, image);
  if (argv.length === 0) return { error: 'no command specified' };
  const runtime = {
    ...service.runtime,
    name: { value: name, span },
    // Compose attaches its containers to the project's network unless network_mode says otherwise.
    networkMode: service.runtime.networkMode ?? { value: defaultNetwork(app.name), span },
  };
  const created = createContainer(engine, { runtime, image, imageName: service.image, argv });
  if ('error' in created) return created;
  created.status = 'created';
  created.labels = {
    [LABEL.project]: app.name,
    [LABEL.service]: service.name,
    [LABEL.number]: '1',
    [LABEL.hash]: service.configHash,
    [LABEL.oneoff]: 'False',
    [LABEL.workingDir]: app.dir,
    [LABEL.configFiles]: app.configFiles.join(','),
    [LABEL.image]: `sha256:${image.id}`,
    [LABEL.version]: COMPOSE_VERSION,
  };
  engine.containers.push(created);
  return created;
}
