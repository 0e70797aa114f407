import type { Output } from '../../shell/types';
import type { Container } from '../../container';
import type { SimImage } from '../../image';
import type { DockerContext } from '../context';
import { startMain, startRefusal } from '../lifecycle';
import { containerNameOf, createServiceContainer, defaultNetwork, LABEL, projectContainers, shortName } from './containers';
import { ensureImages } from './images';
import { logLines } from './logs';
import { Printer } from './printer';
import { renderProgress, type ProgressEvent } from './progress';
import type { AppService, ComposeApp } from './project';

export interface UpOptions {
  detach: boolean;
  services: string[];
  build: boolean;
  forceRecreate: boolean;
}

function stopped(container: Container, code: number): void {
  container.status = 'exited';
  container.exitCode = code;
}

/** The service's container: the existing one if the service is unchanged, else made anew (also with --force-recreate). */
function converge(ctx: DockerContext, app: ComposeApp, service: AppService, options: UpOptions, image: SimImage, events: ProgressEvent[]): { container: Container } | { error: string } {
  const id = `Container ${containerNameOf(app, service)}`;
  const existing = projectContainers(ctx.engine, app.name, [service.name])[0];
  if (existing && existing.labels?.[LABEL.hash] === service.configHash && !options.forceRecreate) {
    // compose reports an unchanged running container as Running; a stopped one only when it starts.
    if (existing.status === 'running') events.push({ id, status: 'done', statusText: 'Running', seconds: 0 });
    return { container: existing };
  }
  if (existing) ctx.engine.removeContainer(existing);
  const created = createServiceContainer(ctx.engine, app, service, image);
  if ('error' in created) {
    events.push({ id, status: 'error', statusText: `Error response from daemon: ${created.error}`, seconds: 0.1 });
    return { error: `Error response from daemon: ${created.error}` };
  }
  events.push({ id, status: 'done', statusText: existing ? 'Recreated' : 'Created', seconds: 0.1 });
  return { container: created };
}

/** Starts a created or exited container as `docker run -d` would; the event says Started, or stays Starting on failure. */
function start(ctx: DockerContext, container: Container, event: ProgressEvent | undefined): string | null {
  const refused = startRefusal(container);
  if (refused) {
    stopped(container, refused.code);
    if (event) Object.assign(event, { status: 'working', statusText: 'Starting', seconds: 0.3 });
    return `Error response from daemon: ${refused.message}`;
  }
  container.status = 'running';
  startMain(ctx, container, container.runtime.interactive, true);
  if (event) Object.assign(event, { status: 'done', statusText: 'Started', seconds: 0.3 });
  return null;
}

/**
 * docker compose up: images pulled or built, the project network and the containers created, then
 * started. With -d it ends there. Attached, compose streams the containers' output until they all
 * exit; the simulator's containers either finish at once or run until stopped, so it prints
 * "Attaching to", the output of those that finished and their exit lines, and returns at once
 * rather than hold the terminal: a real `up` would wait for Ctrl-C, which would only stop them.
 */
export function up(ctx: DockerContext, app: ComposeApp, options: UpOptions): Output {
  const printer = new Printer();
  const unknown = options.services.find((name) => !app.services.some((s) => s.name === name));
  if (unknown !== undefined) {
    printer.err(`no such service: ${unknown}\n`);
    return printer.finish(1);
  }
  const selected = app.services.filter((s) => options.services.length === 0 || options.services.includes(s.name));
  if (selected.length === 0) {
    printer.err('no service selected\n');
    return printer.finish(1);
  }
  const plan = ensureImages(ctx, selected, options.build);
  printer.err(renderProgress('Running', plan.pulls, ctx.columns));
  printer.out(plan.buildOutput);
  const events: ProgressEvent[] = [...plan.built];
  const fail = (error: string): Output => {
    printer.err(renderProgress('Running', events, ctx.columns));
    if (error !== '') printer.err(`${error}\n`);
    return printer.finish(1);
  };
  if (plan.error !== null) return fail(plan.error);

  const network = defaultNetwork(app.name);
  if (selected.some((s) => s.runtime.networkMode === null) && !ctx.engine.networks.has(network)) {
    ctx.engine.networks.add(network);
    events.push({ id: `Network ${network}`, status: 'done', statusText: 'Created', seconds: 0.1 });
  }
  const containers: Container[] = [];
  for (const service of selected) {
    const image = plan.images.get(service.name);
    if (!image) continue;
    const converged = converge(ctx, app, service, options, image, events);
    if ('error' in converged) return fail(converged.error);
    const { container } = converged;
    containers.push(container);
    if (container.status === 'running') continue;
    // Attached, compose starts the containers after its display has ended, so no Started line mixes with their output.
    let event = events.find((e) => e.id === `Container ${container.name}`);
    if (options.detach && !event) {
      event = { id: `Container ${container.name}`, status: 'working', statusText: 'Starting', seconds: 0 };
      events.push(event);
    }
    const error = start(ctx, container, options.detach ? event : undefined);
    if (error) return fail(error);
  }
  printer.err(renderProgress('Running', events, ctx.columns));
  if (options.detach) return printer.finish(0);

  printer.out(`Attaching to ${containers.map(shortName).join(', ')}\n`);
  const width = Math.max(...containers.map((c) => shortName(c).length)) + 1;
  for (const container of containers) {
    printer.out(logLines(container, width, true));
    if (container.status === 'exited') printer.out(`${shortName(container)} exited with code ${container.exitCode}\n`);
  }
  return printer.finish(0);
}
