import type { Finding, Span } from '../core/types';
import type { RuntimeModel } from '../run/model';

/** One service of a Compose file, mapped onto the same runtime model as a `docker run` line. */
export interface ComposeService {
  name: string;
  /** The service's key under `services:`. */
  span: Span;
  runtime: RuntimeModel;
}

export interface ComposeModel {
  services: ComposeService[];
  diagnostics: Finding[];
}
