import { layerIds } from '../image-store';
import { parseImageRef, pinnedDigest, refText } from '../image-ref';
import { LAB_REGISTRY } from '../lab-registry';
import { fail, ok } from '../shell/types';
import type { Verb } from './context';

const TAG_USAGE = `"docker tag" requires exactly 2 arguments.\nSee 'docker tag --help'.\n\nUsage:  docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]\n\nCreate a tag TARGET_IMAGE that refers to SOURCE_IMAGE\n`;

/** `docker tag SOURCE TARGET`: one more name for a local image; the target tag leaves any image that had it. */
export const tag: Verb = ({ engine }, args) => {
  const operands = args.filter((a) => !a.startsWith('-'));
  const [source, target] = operands;
  if (source === undefined || target === undefined || operands.length !== 2) return fail(TAG_USAGE);
  if (pinnedDigest(target) !== null) return fail(`refusing to create a tag with a digest reference\n`);
  const image = engine.images.find(source);
  if (!image) return fail(`Error response from daemon: No such image: ${source.includes(':') || source.includes('@') ? source : `${source}:latest`}\n`);
  engine.images.tag(image, target);
  return ok('');
};

/** The repository as `docker push` names it: Docker Hub's with its docker.io/library prefix. */
function repositoryName(raw: string): string {
  const ref = parseImageRef(raw);
  if (ref.registry) return ref.name;
  return `docker.io/${ref.repository.includes('/') ? ref.repository : `library/${ref.repository}`}`;
}

/**
 * `docker push NAME[:TAG]`: the lab's registry accepts pushes (the host is logged in to it) and moves
 * the tag to the pushed manifest; any other registry refuses, as an unauthenticated push is refused.
 */
export const push: Verb = ({ engine }, args) => {
  const operands = args.filter((a) => !a.startsWith('-'));
  const raw = operands[0];
  if (raw === undefined || operands.length !== 1) return fail("\"docker push\" requires exactly 1 argument.\nSee 'docker push --help'.\n\nUsage:  docker push [OPTIONS] NAME[:TAG]\n\nUpload an image to a registry\n");
  const ref = parseImageRef(raw);
  const header = `The push refers to repository [${repositoryName(raw)}]\n`;
  const image = engine.images.find(refText(ref));
  if (!image) return { stdout: header, stderr: `An image does not exist locally with the tag: ${ref.name}\n`, code: 1 };
  // The same layers its pull listed: a re-tagged image keeps the layers of the name it came under.
  const layers = layerIds(image.repoTags[0] ?? refText(ref), image);
  if (ref.registry !== LAB_REGISTRY) {
    return { stdout: `${header}${layers.map((l) => `${l}: Preparing\n`).join('')}`, stderr: 'denied: requested access to the resource is denied\n', code: 1 };
  }
  const digest = engine.images.registry.push(refText(ref), image);
  return ok(`${header}${layers.map((l) => `${l}: Layer already exists\n`).join('')}${ref.tag}: digest: ${digest} size: ${527 + 212 * layers.length}\n`);
};
