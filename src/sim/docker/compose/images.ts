import { buildImage } from '../../build';
import type { SimImage } from '../../image';
import type { Proc } from '../../process';
import { joinPath } from '../../vfs/paths';
import type { DockerContext } from '../context';
import type { ProgressEvent } from './progress';
import type { AppService } from './project';

/** Enough for any build context of the course; a context larger than this is cut rather than walked forever. */
const MAX_CONTEXT_FILES = 2000;
const MAX_DEPTH = 16;

/** The build context as the builder receives it: every file under the context directory, by relative path. */
function contextFiles(proc: Proc, dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  let count = 0;
  const walk = (path: string, prefix: string, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    for (const name of proc.vfs.list(path)) {
      if (count >= MAX_CONTEXT_FILES) return;
      const full = joinPath(path, name);
      const node = proc.vfs.stat(full);
      const relative = prefix ? `${prefix}/${name}` : name;
      if (node?.type === 'dir') walk(full, relative, depth + 1);
      else if (node?.type === 'file') {
        files[relative] = node.content;
        count++;
      }
    }
  };
  walk(dir, '', 0);
  return files;
}

export interface ImagePlan {
  images: Map<string, SimImage>;
  /** The pull step's own progress display (compose pulls before it creates anything). */
  pulls: ProgressEvent[];
  /** BuildKit's transcript of each build. */
  buildOutput: string;
  /** Built images, shown in the `up` display. */
  built: ProgressEvent[];
  /** Why compose stops: printed after the output above; empty when a build transcript already says why. */
  error: string | null;
}

function build(ctx: DockerContext, service: AppService, plan: ImagePlan): SimImage | null {
  const spec = service.build;
  if (!spec) return null;
  const context = contextFiles(ctx.caller, spec.context);
  const fileName = spec.dockerfile ?? 'Dockerfile';
  const dockerfile = context[fileName.replace(/^\.\//, '')];
  if (dockerfile === undefined) {
    plan.error = `failed to solve: failed to read dockerfile: open ${fileName}: no such file or directory`;
    return null;
  }
  const result = buildImage(ctx.engine, { dockerfile, fileName, context, tag: service.image, target: spec.target, columns: ctx.columns });
  plan.buildOutput += result.output;
  if (!result.image) {
    plan.error = '';
    return null;
  }
  plan.built.push({ id: service.image, status: 'done', statusText: 'Built', seconds: 1.2 });
  return result.image;
}

/**
 * Finds or makes each service's image as `docker compose up` does (compose `ensureImagesExists`):
 * pull what is missing (pull_policy `missing`), build what has a `build:` and is still missing or
 * is asked to be rebuilt; a failed pull of a buildable image only warns.
 */
export function ensureImages(ctx: DockerContext, services: readonly AppService[], forceBuild: boolean): ImagePlan {
  const plan: ImagePlan = { images: new Map(), pulls: [], buildOutput: '', built: [], error: null };
  for (const service of services) {
    const wantsBuild = service.build !== null && (forceBuild || service.pullPolicy === 'build');
    const local = wantsBuild ? undefined : ctx.engine.images.find(service.image);
    if (local) {
      plan.images.set(service.name, local);
      continue;
    }
    if (!wantsBuild && service.imageDeclared && service.pullPolicy !== 'never') {
      const pulled = ctx.engine.images.pull(service.image);
      if ('image' in pulled) {
        plan.pulls.push({ id: service.name, text: 'Pulled', status: 'done', statusText: '', seconds: 3.4 });
        plan.images.set(service.name, pulled.image);
        continue;
      }
      if (service.build === null) {
        plan.pulls.push({ id: service.name, text: 'Error', status: 'error', statusText: pulled.error, seconds: 1.6 });
        plan.error = `Error response from daemon: ${pulled.error}`;
        return plan;
      }
      plan.pulls.push({ id: service.name, text: 'Warning', status: 'warning', statusText: pulled.error, seconds: 1.6 });
    }
    if (service.build === null) {
      // pull_policy: never, and the image is not here.
      plan.error = `Error response from daemon: No such image: ${service.image}`;
      return plan;
    }
    const image = build(ctx, service, plan);
    if (!image) return plan;
    plan.images.set(service.name, image);
  }
  return plan;
}
