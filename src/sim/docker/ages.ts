import { humanDuration } from '../clock';
import type { Engine } from '../engine';
import type { SimImage } from '../image';

/** Images the lab host pulled rather than built were made a while before it booted. */
export const PULLED_AGE_MS = 15 * 24 * 3_600_000;

/** When an image was made, on the engine's clock. */
export function imageCreatedAt(engine: Engine, image: SimImage): number {
  return image.createdAt ?? engine.bootedAt - PULLED_AGE_MS;
}

/** "5 seconds ago", "About a minute ago", on the engine's clock. */
export function ago(engine: Engine, ms: number): string {
  return `${humanDuration(engine.now() - ms)} ago`;
}
