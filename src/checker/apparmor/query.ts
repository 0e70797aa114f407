import { abstractionFileRules, abstractionNetworkRules } from './abstractions';
import { globMatches } from './glob';
import type {
  AppArmorModel, CapabilityRule, Decision, FileAccess, FileDecision, FileRule, LinkRule, MountRule, NetworkRule, Profile,
} from './model';
import { grants } from './permissions';
import { PROTOCOL_TYPE } from './vocabulary';

export interface FileAccessOptions {
  /**
   * Whether the process's fsuid owns the file; `owner` rules only apply when it does.
   * Defaults to true (a container process usually touches files it, or root, owns).
   */
  owned?: boolean;
  /** For `link`: the existing file the new link points to, checked against `link ... -> target` rules. */
  linkTarget?: string;
}

const LETTER: Record<FileAccess, string> = { read: 'r', write: 'w', append: 'a', link: 'l', lock: 'k', mmap: 'm', exec: 'x' };

/** Finds a profile (or nested profile/hat, as `parent//child`) by the name `--security-opt apparmor=` uses. */
export function findProfile(model: AppArmorModel, name: string): Profile | undefined {
  const [head, ...rest] = name.split('//');
  let found = model.profiles.find((p) => p.name === head);
  for (const part of rest) found = found?.children.find((c) => c.name === part);
  return found;
}

const fileRuleCache = new WeakMap<Profile, { count: number; rules: (FileRule | LinkRule)[] }>();

/** The profile's file and link rules plus those its abstractions bring, cached while the rule list is unchanged. */
function fileRulesOf(profile: Profile): (FileRule | LinkRule)[] {
  const cached = fileRuleCache.get(profile);
  if (cached && cached.count === profile.rules.length + profile.includes.length) return cached.rules;
  const own = profile.rules.filter((r): r is FileRule | LinkRule => r.kind === 'file' || r.kind === 'link');
  const rules = [...own, ...profile.includes.flatMap(abstractionFileRules)];
  fileRuleCache.set(profile, { count: profile.rules.length + profile.includes.length, rules });
  return rules;
}

/** Length of the literal text before the first glob character: the more, the more specific the rule. */
function specificity(rule: FileRule | LinkRule): number {
  if (rule.glob === undefined) return -1;
  const cut = rule.glob.search(/[*?[{]/);
  return cut < 0 ? rule.glob.length + 1 : cut;
}

function mostSpecific<R extends FileRule | LinkRule>(rules: R[]): R | undefined {
  return rules.reduce<R | undefined>((best, r) => (!best || specificity(r) > specificity(best) ? r : best), undefined);
}

function normalisePath(path: string): string {
  return path.replace(/\/{2,}/g, '/');
}

function ruleMatches(rule: FileRule | LinkRule, path: string, access: FileAccess, options: FileAccessOptions): boolean {
  if (rule.owner && options.owned === false) return false;
  if (rule.kind === 'link') {
    if (access !== 'link' || !globMatches(rule.glob, path)) return false;
    return options.linkTarget === undefined || globMatches(rule.targetGlob, normalisePath(options.linkTarget));
  }
  if (!grants(rule.permissions, access)) return false;
  return rule.glob === undefined || globMatches(rule.glob, path);
}

function ref(rule: { line: number; text: string }): { line: number; text: string } {
  return { line: rule.line, text: rule.text };
}

function describe(rule: { line: number; text: string }): string {
  return `"${rule.text}" (line ${rule.line})`;
}

function accessWords(access: FileAccess, path: string): string {
  if (access === 'read' && path.endsWith('/')) return `read (list) the directory ${path}`;
  if (access === 'link') return `create a hard link named ${path}`;
  if (access === 'mmap') return `map ${path} as executable`;
  return `${access} ${path}`;
}

function complainOverride<D extends Decision>(profile: Profile, decision: D): D {
  if (profile.mode !== 'complain' || decision.allowed || decision.rule) return decision;
  return { ...decision, allowed: true, audited: true, reason: `${decision.reason} Profile ${profile.name} is in complain mode, so the access goes through and is only logged.` };
}

/**
 * May this profile perform this file access? Deny rules win over allow rules whatever their order;
 * with no matching allow rule the access is denied. Directories are paths ending in `/`: listing
 * `/etc` is `read` on `/etc/`. Explicit deny rules still apply in complain mode.
 */
export function fileAccess(profile: Profile, path: string, access: FileAccess, options: FileAccessOptions = {}): FileDecision {
  const target = normalisePath(path);
  const matching = fileRulesOf(profile).filter((rule) => ruleMatches(rule, target, access, options));
  const denyRule = mostSpecific(matching.filter((r) => r.deny));
  const letterNote = access === 'link' ? ' ("l" is link, not list.)' : '';
  if (profile.mode === 'unconfined') {
    return { allowed: true, audited: false, reason: `Profile ${profile.name} has flags=(unconfined), so it confines nothing.` };
  }
  if (denyRule) {
    return {
      allowed: false, audited: matching.some((r) => r.deny && r.audit), rule: ref(denyRule),
      reason: `${describe(denyRule)} denies "${LETTER[access]}": the process may not ${accessWords(access, target)}. Deny rules win over any allow rule.${letterNote}`,
    };
  }
  const allowRule = mostSpecific(matching.filter((r) => !r.deny));
  if (allowRule) {
    const audited = matching.some((r) => r.audit);
    const exec = allowRule.kind === 'file' && access === 'exec' ? allowRule.permissions.exec : undefined;
    const execTarget = allowRule.kind === 'file' && access === 'exec' ? allowRule.target : undefined;
    return {
      allowed: true, audited, rule: ref(allowRule),
      reason: `${describe(allowRule)} allows the process to ${accessWords(access, target)}${audited ? ', and an audit rule logs it' : ''}.${letterNote}`,
      ...(exec ? { execMode: exec } : {}),
      ...(execTarget ? { target: execTarget } : {}),
    };
  }
  return complainOverride(profile, {
    allowed: false, audited: true,
    reason: `No rule in profile ${profile.name} allows it to ${accessWords(access, target)}; anything a profile does not allow is denied.${letterNote}`,
  });
}

function normaliseCapability(cap: string): string {
  return cap.toLowerCase().replace(/^cap_/, '');
}

/** May the profile use this capability (`net_bind_service` or `CAP_NET_BIND_SERVICE`)? The container's own capability set still applies on top. */
export function capabilityAllowed(profile: Profile, capability: string): Decision {
  const cap = normaliseCapability(capability);
  const rules = profile.rules.filter((r): r is CapabilityRule => r.kind === 'capability');
  const matching = rules.filter((r) => r.capabilities.length === 0 || r.capabilities.includes(cap));
  if (profile.mode === 'unconfined') return { allowed: true, audited: false, reason: `Profile ${profile.name} confines nothing (flags=(unconfined)).` };
  const deny = matching.find((r) => r.deny);
  if (deny) return { allowed: false, audited: deny.audit, rule: ref(deny), reason: `${describe(deny)} denies capability ${cap}.` };
  const allow = matching.find((r) => !r.deny);
  if (allow) return { allowed: true, audited: matching.some((r) => r.audit), rule: ref(allow), reason: `${describe(allow)} allows capability ${cap}.` };
  return complainOverride(profile, { allowed: false, audited: true, reason: `No capability rule in profile ${profile.name} allows ${cap}, so it is denied even to root.` });
}

/**
 * May the profile open a socket of this family and type? `type` may be a socket type (`stream`,
 * `raw`) or a protocol name (`tcp`, `udp`, `icmp`), which implies its usual type.
 */
export function networkAllowed(profile: Profile, domain: string, type?: string, protocol?: string): Decision {
  const socketType = type && PROTOCOL_TYPE[type] ? PROTOCOL_TYPE[type] : type;
  const proto = protocol ?? (type && PROTOCOL_TYPE[type] ? type : undefined);
  const rules = [
    ...profile.rules.filter((r): r is NetworkRule => r.kind === 'network'),
    ...profile.includes.flatMap(abstractionNetworkRules),
  ];
  const matching = rules.filter((r) => (!r.domain || r.domain === domain)
    && (!r.type || r.type === socketType)
    && (!r.protocol || r.protocol === proto));
  const what = [domain, socketType, proto].filter(Boolean).join(' ');
  if (profile.mode === 'unconfined') return { allowed: true, audited: false, reason: `Profile ${profile.name} confines nothing (flags=(unconfined)).` };
  const deny = matching.find((r) => r.deny);
  if (deny) return { allowed: false, audited: deny.audit, rule: ref(deny), reason: `${describe(deny)} denies ${what} sockets.` };
  const allow = matching.find((r) => !r.deny);
  if (allow) return { allowed: true, audited: matching.some((r) => r.audit), rule: ref(allow), reason: `${describe(allow)} allows ${what} sockets.` };
  return complainOverride(profile, { allowed: false, audited: true, reason: `No network rule in profile ${profile.name} allows ${what} sockets.` });
}

/** May the profile mount filesystems? Any allowed `mount` rule counts, unless a bare `deny mount,` removes it. */
export function mountAllowed(profile: Profile): Decision {
  const mounts = profile.rules.filter((r): r is MountRule => r.kind === 'mount');
  if (profile.mode === 'unconfined') return { allowed: true, audited: false, reason: `Profile ${profile.name} confines nothing (flags=(unconfined)).` };
  const deny = mounts.find((r) => r.deny && r.details === '');
  if (deny) return { allowed: false, audited: deny.audit, rule: ref(deny), reason: `${describe(deny)} denies every mount.` };
  const allow = mounts.find((r) => !r.deny);
  if (allow) return { allowed: true, audited: allow.audit, rule: ref(allow), reason: `${describe(allow)} allows mounting${allow.details ? ` (${allow.details})` : ''}.` };
  return complainOverride(profile, { allowed: false, audited: true, reason: `No mount rule in profile ${profile.name} allows mounting.` });
}
