import { ALL_CAPABILITIES } from '../checker/run/capabilities';
import { formatId, type Identity } from './users';
import type { Vfs } from './vfs/vfs';

/** A process's capability sets; a non-root process keeps the bounding set but has nothing effective. */
export interface CapabilitySets {
  effective: ReadonlySet<string>;
  bounding: ReadonlySet<string>;
}

function mask(caps: ReadonlySet<string>): string {
  let value = 0n;
  ALL_CAPABILITIES.forEach((name, bit) => {
    if (caps.has(name)) value |= 1n << BigInt(bit);
  });
  return value.toString(16).padStart(16, '0');
}

/** The Cap* lines of /proc/<pid>/status. */
export function procStatusCapLines(sets: CapabilitySets): string[] {
  const effective = mask(sets.effective);
  return [
    `CapInh:\t${'0'.repeat(16)}`,
    `CapPrm:\t${effective}`,
    `CapEff:\t${effective}`,
    `CapBnd:\t${mask(sets.bounding)}`,
    `CapAmb:\t${'0'.repeat(16)}`,
  ];
}

/**
 * `capsh --decode=MASK`: the mask as 16 hex digits and the names of its bits (libcap's capsh.c
 * reads the value with strtoull base 16, so text that is not hex decodes as 0).
 */
export function capshDecode(text: string): string {
  const digits = /^(0x)?([0-9a-f]+)/i.exec(text)?.[2] ?? '0';
  const value = BigInt(`0x${digits.slice(-16)}`);
  const names = ALL_CAPABILITIES.filter((_, bit) => (value >> BigInt(bit)) & 1n).map((c) => `cap_${c.toLowerCase()}`);
  const unknown: string[] = [];
  for (let bit = ALL_CAPABILITIES.length; bit < 64; bit++) if ((value >> BigInt(bit)) & 1n) unknown.push(String(bit));
  return `0x${value.toString(16).padStart(16, '0')}=${[...names, ...unknown].join(',')}`;
}

function names(caps: ReadonlySet<string>): string {
  return ALL_CAPABILITIES.filter((c) => caps.has(c)).map((c) => `cap_${c.toLowerCase()}`).join(',');
}

function textForm(caps: ReadonlySet<string>): string {
  if (caps.size === 0) return '=';
  if (ALL_CAPABILITIES.every((c) => caps.has(c))) return '=ep';
  return `${names(caps)}=ep`;
}

/** `capsh --print`, as libcap 2.6x prints it. */
export function capshPrint(sets: CapabilitySets, identity: Identity, vfs: Vfs): string {
  const missing = ALL_CAPABILITIES.filter((c) => !sets.bounding.has(c)).map((c) => `!cap_${c.toLowerCase()}`).join(',');
  const id = formatId(identity, vfs);
  const [uidPart = '', gidPart = '', groupsPart = ''] = id.split(' ');
  const uidValue = uidPart.slice('uid='.length);
  return [
    `Current: ${textForm(sets.effective)}`,
    `Bounding set =${names(sets.bounding)}`,
    'Ambient set =',
    `Current IAB: ${missing}`,
    "Securebits: 00/0x0/1'b0 (no-root: 0 (unlocked))",
    ' secure-noroot: no (unlocked)',
    ' secure-no-suid-fixup: no (unlocked)',
    ' secure-keep-caps: no (unlocked)',
    ' secure-no-ambient-raise: no (unlocked)',
    `uid=${uidValue} euid=${uidValue}`,
    gidPart,
    groupsPart,
    `Guessed mode: ${identity.uid === 0 ? 'HYBRID (4)' : 'UNCERTAIN (0)'}`,
  ].join('\n');
}
