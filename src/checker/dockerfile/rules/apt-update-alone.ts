import type { Hit, Rule } from '../../core/types';
import type { ImageModel, RunStep, ShellCommand } from '../model';
import { commandsOf } from './helpers';

type Action = 'update' | 'install' | 'other' | null;
const INSTALL_VERBS = new Set(['install', 'upgrade', 'dist-upgrade', 'full-upgrade', 'reinstall']);

/** Whether a command refreshes a package index, installs packages, or neither. */
function actionOf(command: ShellCommand): Action {
  const { program, args } = command;
  const verb = args.find((a) => !a.startsWith('-')) ?? '';
  if (program === 'apt-get' || program === 'apt' || program === 'aptitude' || program === 'yum' || program === 'dnf' || program === 'microdnf') {
    if (verb === 'update') return 'update';
    if (INSTALL_VERBS.has(verb)) return 'install';
  } else if (program === 'apk') {
    if (verb === 'update') return 'update';
    if (verb === 'add' || verb === 'upgrade') return 'install';
  } else if (program === 'zypper') {
    if (verb === 'refresh' || verb === 'ref') return 'update';
    if (verb === 'install' || verb === 'in') return 'install';
  } else if (program === 'pacman') {
    const op = args.find((a) => /^-S/.test(a)) ?? '';
    if (/^-S[a-z]*y/.test(op) && verb === '') return 'update';
    if (op.startsWith('-S')) return 'install';
  }
  return program === '' || program === 'set' || program === 'true' ? null : 'other';
}

/** What the commands of one RUN do, as bits: a RUN is read a few times, a Set per read is waste. */
const UPDATE = 1;
const INSTALL = 2;
const OTHER = 4;
const BIT: Record<NonNullable<Action>, number> = { update: UPDATE, install: INSTALL, other: OTHER };

function actions(run: RunStep): number {
  let bits = 0;
  for (const command of commandsOf(run)) {
    const action = actionOf(command);
    if (action !== null) bits |= BIT[action];
  }
  return bits;
}

/** The RUN refreshes an index and does nothing else: a layer with no purpose but a stale cache. */
function onlyUpdates(acts: number): boolean {
  return acts === UPDATE;
}

function alone(run: RunStep): Hit {
  return { ...run.span, messageId: 'updateAlone' };
}

export const rule: Rule<ImageModel> = {
  meta: {
    id: 'apt-update-alone',
    title: 'Package index updated in a separate RUN',
    severity: 'warning',
    appliesTo: ['dockerfile'],
    lesson: 'minimal-base-images',
    why: 'The build cache keeps the layer of a lone `apt-get update`, so a later install uses a stale index and quietly installs old, unpatched versions (or fails).',
    fix: 'Update and install in the same RUN: RUN apt-get update && apt-get install -y --no-install-recommends pkg && rm -rf /var/lib/apt/lists/*.',
    refs: { trivy: ['DS-0017'], checkov: ['CKV_DOCKER_5'], kics: ['9bae49be-0aa3-4de5-bab2-4c3a069e40cd'] },
    messages: {
      updateAlone: 'This RUN only refreshes the package index, in a layer of its own that the build cache keeps stale; update and install in the same RUN, or drop it.',
      installsWithStaleIndex: 'This RUN installs packages with the index fetched by the separate update on line {{line}}, which the build cache can keep stale; update and install in one RUN.',
    },
    examples: {
      bad: 'FROM debian:13-slim\nRUN apt-get update\nRUN apt-get install -y curl\n',
      good: 'FROM debian:13-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*\n',
    },
  },
  check(model) {
    const hits: Hit[] = [];
    for (const stage of model.stages) {
      let loneUpdate: RunStep | null = null;
      for (const run of stage.runs) {
        const acts = actions(run);
        if ((acts & INSTALL) !== 0 && (acts & UPDATE) === 0 && loneUpdate) {
          hits.push({ ...run.span, messageId: 'installsWithStaleIndex', data: { line: loneUpdate.line } });
          loneUpdate = null;
        } else if ((acts & UPDATE) !== 0 && (acts & INSTALL) === 0) {
          if (loneUpdate && onlyUpdates(actions(loneUpdate))) hits.push(alone(loneUpdate));
          loneUpdate = run;
        }
      }
      if (loneUpdate && onlyUpdates(actions(loneUpdate))) hits.push(alone(loneUpdate));
    }
    return hits;
  },
};
