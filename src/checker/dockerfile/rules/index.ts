import type { Rule } from '../../core/types';
import type { ImageModel } from '../model';
import { rule as addInsteadOfCopy } from './add-instead-of-copy';
import { rule as addRemoteUrl } from './add-remote-url';
import { rule as apkAddWithoutNoCache } from './apk-add-without-no-cache';
import { rule as appFilesWritable } from './app-files-writable-by-runtime-user';
import { rule as aptListsNotCleaned } from './apt-lists-not-cleaned';
import { rule as aptNoInstallRecommends } from './apt-no-install-recommends';
import { rule as aptUpdateAlone } from './apt-update-alone';
import { rule as buildToolsInFinalImage } from './build-tools-in-final-image';
import { rule as copyEntireStageFilesystem } from './copy-entire-stage-filesystem';
import { rule as curlPipeShell } from './curl-pipe-shell';
import { rule as dockerSocketVolume } from './docker-socket-volume';
import { rule as latestOrUntaggedBaseImage } from './latest-or-untagged-base-image';
import { rule as baseImageNotPinnedByDigest } from './base-image-not-pinned-by-digest';
import { rule as malformedJsonForm } from './malformed-json-form';
import { rule as missingHealthcheck } from './missing-healthcheck';
import { rule as pipeWithoutPipefail } from './pipe-without-pipefail';
import { rule as relativeWorkdir } from './relative-workdir';
import { rule as runsAsRoot } from './runs-as-root';
import { rule as secretFileInLayer } from './secret-file-in-layer';
import { rule as secretsInEnvOrArg } from './secrets-in-env-or-arg';
import { rule as shellFormWithoutShell } from './shell-form-without-shell';
import { rule as sshServerOrPort22 } from './ssh-server-or-port-22';
import { rule as sudoUsage } from './sudo-usage';
import { rule as tlsVerificationDisabled } from './tls-verification-disabled';
import { rule as unnecessaryToolsInImage } from './unnecessary-tools-in-image';
import { rule as userNotNumeric } from './user-not-numeric';
import { dockerfileRule as untrustedRegistry } from '../../images/untrusted-registry';

/** Every Dockerfile rule: whether it builds at all, then security, then supply chain, then image hygiene. */
export const dockerfileRules: readonly Rule<ImageModel>[] = [
  malformedJsonForm,
  runsAsRoot,
  userNotNumeric,
  appFilesWritable,
  dockerSocketVolume,
  secretsInEnvOrArg,
  secretFileInLayer,
  shellFormWithoutShell,
  buildToolsInFinalImage,
  copyEntireStageFilesystem,
  sshServerOrPort22,
  sudoUsage,
  curlPipeShell,
  tlsVerificationDisabled,
  addRemoteUrl,
  addInsteadOfCopy,
  latestOrUntaggedBaseImage,
  baseImageNotPinnedByDigest,
  untrustedRegistry,
  pipeWithoutPipefail,
  relativeWorkdir,
  aptUpdateAlone,
  aptNoInstallRecommends,
  aptListsNotCleaned,
  apkAddWithoutNoCache,
  unnecessaryToolsInImage,
  missingHealthcheck,
];
