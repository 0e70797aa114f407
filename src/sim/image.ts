import type { BaseImageInfo } from '../checker/dockerfile/model';
import type { FileTree } from './vfs/tree';

export interface ImageConfig {
  /** USER as the image config stores it ("" for none). */
  user: string;
  entrypoint: string[] | null;
  cmd: string[] | null;
  env: string[];
  workingDir: string;
  exposedPorts: string[];
  labels: Record<string, string>;
}

export interface HistoryEntry {
  createdBy: string;
  sizeBytes: number;
  /** Instructions that only change the config add an empty layer. */
  emptyLayer: boolean;
  /** BuildKit marks the steps it built with "buildkit.dockerfile.v0"; base layers have none. */
  comment: string;
}

/** An image in the simulated engine's store. */
export interface SimImage {
  /** 64 hex digits, derived from the content. */
  id: string;
  repoTags: string[];
  /** `name@sha256:…` for each registry the image was pulled from; empty for an image built here and never pushed. */
  repoDigests?: string[];
  fs: FileTree;
  config: ImageConfig;
  /** Oldest first. */
  history: HistoryEntry[];
  sizeBytes: number;
  /** The catalogue facts of the distribution underneath (shell, package manager); null for scratch-built images. */
  base: BaseImageInfo | null;
  /** Packages installed on top of the base image. */
  packages: string[];
  /** Fixed text for the CREATED column, for images the lab host did not build. */
  created: string;
  /** Engine clock time (ms) of a build on the lab host; its age replaces `created`. */
  createdAt?: number;
}

/** Sizes as `docker images` prints them: decimal units, three significant digits. */
export function humanSize(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${Number(value.toPrecision(3))}${units[unit]}`;
}
