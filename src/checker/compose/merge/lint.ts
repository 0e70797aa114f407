import { byPosition, runRule } from '../../core/engine';
import { checkerCrash } from '../../core/internal-error';
import { applySuppressions } from '../../core/suppressions';
import type { CheckOptions, Finding } from '../../core/types';
import { refuseInput } from '../../registry/input-guard';
import { composeChecker } from '../index';
import { loadComposeProject, type ComposeProject, type ProjectOptions, type SourceFile } from './project';

export interface FileFindings {
  path: string;
  findings: Finding[];
}

export interface ProjectLint {
  /** Null when no file could be read at all. */
  project: ComposeProject | null;
  /** One entry per file: the given ones, then those read for `extends`, each with the findings whose value it set. */
  files: FileFindings[];
}

/**
 * Checks Compose files as one application, the way `docker compose up` runs them: the Compose rules
 * read the merged model, and each finding is reported in the file (and at the line) that set the value.
 * Suppression comments apply in the file where they are written.
 */
export function lintComposeProject(sources: readonly SourceFile[], options: ProjectOptions & CheckOptions): ProjectLint {
  const refused: FileFindings[] = [];
  const accepted: SourceFile[] = [];
  for (const source of sources) {
    const refusal = refuseInput('compose', source.text);
    if (refusal) refused.push({ path: source.path, findings: [refusal] });
    else accepted.push(source);
  }
  if (accepted.length === 0) return { project: null, files: refused };
  let project: ComposeProject;
  let findings: Finding[];
  try {
    project = loadComposeProject(accepted, options);
    const model = project.model;
    findings = [...model.diagnostics, ...composeChecker.rules.flatMap((rule) => runRule(rule, model, options))];
  } catch (error) {
    const first = accepted[0];
    return { project: null, files: [...(first ? [{ path: first.path, findings: [checkerCrash('compose', error)] }] : []), ...refused] };
  }
  const byFile = new Map<string, Finding[]>(project.files.map((f) => [f.path, []]));
  for (const finding of findings) {
    const { path, span } = project.locate(finding);
    byFile.get(path)?.push({ ...finding, ...span });
  }
  const files = project.files.map((file) => ({
    path: file.path,
    findings: applySuppressions(file.text, byFile.get(file.path) ?? []).sort(byPosition),
  }));
  return { project, files: [...files, ...refused] };
}
