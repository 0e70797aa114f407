import { digestOf } from './image-store';

/**
 * The keyless signatures the lab's registry holds, by the tag they were pushed under: who signed
 * (the certificate's subject, its first SAN) and which OIDC issuer vouched for that identity. An
 * image that is not listed has no signature. A signature covers a digest, not a tag: a tag moved to
 * another manifest does not take the signature with it.
 */
export interface KeylessSignature {
  subject: string;
  issuer: string;
}

export const RELEASE_IDENTITY: KeylessSignature = {
  subject: 'https://github.com/example/shop-web/.github/workflows/release.yml@refs/tags/v3.1.0',
  issuer: 'https://token.actions.githubusercontent.com',
};

const SIGNED: Readonly<Record<string, readonly KeylessSignature[]>> = {
  'registry.example.com/shop-web:3.1': [RELEASE_IDENTITY],
  // Pushed and signed by a developer from a laptop: a valid Sigstore signature, by the wrong identity.
  'registry.example.com/shop-web:3.1-hotfix': [{ subject: 'alex@example.com', issuer: 'https://accounts.google.com' }],
};

/** The signatures stored for a manifest digest. */
export function signaturesOf(digest: string): readonly KeylessSignature[] {
  return Object.entries(SIGNED).find(([tag]) => digestOf(tag) === digest)?.[1] ?? [];
}
