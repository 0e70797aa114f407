import { docker } from './docker';
import type { StandIn, StandIns } from './data';
import { rootFileSystem, type BusyBox } from './rootfs';
import { tarArchive } from './tar';

/** The config of a stand-in as `docker import --change` instructions. */
function changes(image: StandIn): string[] {
  const c = image.config;
  const out: string[] = [];
  for (const env of c.Env) {
    if (/[\s"'$\\]/.test(env)) throw new Error(`${image.id}: ENV ${env} needs quoting, which the stand-in builder does not do`);
    out.push(`ENV ${env}`);
  }
  if (c.User !== undefined) out.push(`USER ${c.User}`);
  if (c.WorkingDir !== undefined) out.push(`WORKDIR ${c.WorkingDir}`);
  for (const port of c.ExposedPorts) out.push(`EXPOSE ${port}`);
  if (c.Entrypoint !== undefined) out.push(`ENTRYPOINT ${JSON.stringify(c.Entrypoint)}`);
  if (c.Cmd !== undefined) out.push(`CMD ${JSON.stringify(c.Cmd)}`);
  return out;
}

/** Imports every stand-in and tags it with each of its names; returns tag -> image id. */
export function importStandIns(standIns: StandIns, busybox: BusyBox): Map<string, string> {
  const ids = new Map<string, string>();
  for (const image of standIns.images) {
    const [first, ...others] = image.tags;
    if (!first) continue;
    const archive = tarArchive(rootFileSystem(standIns, image, busybox));
    const args = ['import', ...changes(image).flatMap((c) => ['--change', c]), '-', first];
    const id = docker(args, { input: archive }).stdout.trim();
    for (const tag of others) docker(['tag', first, tag]);
    for (const tag of image.tags) ids.set(tag, id);
    console.log(`stand-in ${image.id}: ${image.tags.join(', ')}`);
  }
  return ids;
}
