import type { Span } from '../core/types';
import type { ImageReference } from './model';

/** Splits `registry:port/path/name:tag@digest`: the tag is after the last colon of the last path segment. */
export function parseImageReference(value: string, span: Span): ImageReference {
  const trimmed = value.trim();
  const at = trimmed.indexOf('@');
  const name = at === -1 ? trimmed : trimmed.slice(0, at);
  const digest = at === -1 ? undefined : trimmed.slice(at + 1);
  const lastSegment = name.slice(name.lastIndexOf('/') + 1);
  const colon = lastSegment.lastIndexOf(':');
  const tag = colon === -1 ? undefined : lastSegment.slice(colon + 1);
  return {
    value,
    span,
    ...(tag ? { tag } : {}),
    ...(digest ? { digest } : {}),
  };
}
