import { parseAppArmor } from '../checker/apparmor';
import type { Profile } from '../checker/apparmor/model';
import { capabilityAllowed, fileAccess, mountAllowed, networkAllowed } from '../checker/apparmor/query';
import type { Confinement, FileAccessKind } from './process';

function dockerDefaultDeniesWrite(path: string): boolean {
  if (/^\/proc\/[^/]+$/.test(path) && !/^\/proc\/\d+$/.test(path)) return true;
  if (/^\/proc\/sys\//.test(path) && !/^\/proc\/sys\/kernel\/shm/.test(path)) return true;
  return path.startsWith('/sys/') && !path.startsWith('/sys/fs/cgroup/');
}

/**
 * docker-default, as moby's template generates it: all file access, all capabilities and networking,
 * with writes to /proc and /sys and every mount denied. It does not protect /etc.
 */
export const DOCKER_DEFAULT: Confinement = {
  name: 'docker-default',
  allowsFile: (path, access) => !((access === 'write' || access === 'link') && dockerDefaultDeniesWrite(path))
    && !/^\/sys\/(firmware|kernel\/security)\//.test(path)
    && !/^\/proc\/(sysrq-trigger|kcore)$/.test(path),
  allowsCapability: () => true,
  allowsMount: () => false,
  allowsRawSockets: () => true,
};

/** A profile loaded from the learner's file, enforced through the checker's query API. */
export function confinementOf(profile: Profile): Confinement {
  return {
    name: profile.name,
    allowsFile(path: string, access: FileAccessKind, isDirectory: boolean): boolean {
      const target = isDirectory && !path.endsWith('/') ? `${path}/` : path;
      return fileAccess(profile, target, access).allowed;
    },
    allowsCapability: (capability) => capabilityAllowed(profile, capability).allowed,
    allowsMount: () => mountAllowed(profile).allowed,
    allowsRawSockets: () => networkAllowed(profile, 'inet', 'raw').allowed,
  };
}

export type LoadResult = { loaded: string[] } | { error: string };

/** The kernel's table of loaded AppArmor profiles (docker-default is always there). */
export class LoadedProfiles {
  private readonly profiles = new Map<string, Profile>();

  /** Parses and loads every profile of a file, as `apparmor_parser -r` does. */
  load(text: string, path: string, replace: boolean): LoadResult {
    const model = parseAppArmor(text);
    const syntax = model.diagnostics.find((d) => d.severity === 'error');
    if (syntax) return { error: `AppArmor parser error for ${path} in profile ${path} at line ${syntax.line}: ${syntax.message}` };
    if (model.profiles.length === 0) return { error: `AppArmor parser error for ${path} in profile ${path} at line 1: no profile defined` };
    const loaded: string[] = [];
    for (const profile of model.profiles) {
      if (this.profiles.has(profile.name) && !replace) {
        return { error: `Profile already exists\nAppArmor parser error for ${path} in profile ${path} at line ${profile.line}: Unable to add "${profile.name}".  Profile already exists` };
      }
      this.profiles.set(profile.name, profile);
      loaded.push(profile.name);
    }
    return { loaded };
  }

  /** Unloads the profiles a file defines (`apparmor_parser -R`). */
  remove(text: string): string[] {
    const names = parseAppArmor(text).profiles.map((p) => p.name).filter((name) => this.profiles.has(name));
    for (const name of names) this.profiles.delete(name);
    return names;
  }

  get(name: string): Confinement | null {
    if (name === 'docker-default') return DOCKER_DEFAULT;
    const profile = this.profiles.get(name);
    return profile ? confinementOf(profile) : null;
  }

  /** Loaded names with their modes, docker-default first. */
  list(): { name: string; mode: string }[] {
    return [{ name: 'docker-default', mode: 'enforce' }, ...[...this.profiles.values()].map((p) => ({ name: p.name, mode: p.mode }))];
  }
}
