import type { AppArmorModel, Profile, ProfileRule } from './model';

/** Every profile, nested profiles and hats included, in source order. */
export function everyProfile(profiles: readonly Profile[]): Profile[] {
  return profiles.flatMap((p) => [p, ...everyProfile(p.children)]);
}

/** Every rule of every profile in the file. */
export function everyRule(model: AppArmorModel): ProfileRule[] {
  return everyProfile(model.profiles).flatMap((p) => p.rules);
}
