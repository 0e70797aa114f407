import type { Kind } from '../checker/core/types';
import type { Explanation } from '../checker/explain/types';
import { href, locale, t } from '../i18n/page';
import { scriptReady } from './page-boot';

const m = t.explain;

/** The checker's own limit: larger files are refused rather than read into the page. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

const EXAMPLE: { name: string; text: string }[] = [
  {
    name: 'Dockerfile',
    text: 'FROM golang:1.27 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /app .\n\nFROM alpine:3.24\nRUN adduser -D -u 10001 app\nCOPY --from=build /app /app\nUSER app\nCMD ["/app"]\n',
  },
  {
    name: 'compose.yaml',
    text: 'services:\n  api:\n    build: .\n    image: acme/api:1\n    user: root\n    cap_add: [NET_ADMIN]\n    ports:\n      - "8080:8080"\n',
  },
  {
    name: 'deployment.yaml',
    text: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  selector:\n    matchLabels: {app: api}\n  template:\n    metadata:\n      labels: {app: api}\n    spec:\n      securityContext:\n        runAsNonRoot: true\n      containers:\n      - name: api\n        image: acme/api:1\n        securityContext:\n          allowPrivilegeEscalation: false\n          capabilities:\n            drop: [ALL]\n',
  },
];

interface Elements {
  form: HTMLFormElement;
  list: HTMLElement;
  template: HTMLTemplateElement;
  input: HTMLInputElement;
  drop: HTMLElement;
  version: HTMLSelectElement;
  status: HTMLElement;
  results: HTMLElement;
  heading: HTMLElement;
  subjects: HTMLElement;
  findings: HTMLElement;
  notes: HTMLElement;
}

function el<T extends HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`missing ${selector}`);
  return found;
}

function make<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

let counter = 0;

function renumber(e: Elements): void {
  [...e.list.querySelectorAll<HTMLFieldSetElement>('fieldset')].forEach((fieldset, i) => {
    el(fieldset, 'legend').textContent = m.fileLegend(i + 1);
    const name = el<HTMLInputElement>(fieldset, '[data-name]').value;
    el(fieldset, '[data-remove]').textContent = m.remove(name);
  });
}

/** A file entry: its name, its kind (or from the name and content) and its text. */
function addFile(e: Elements, name: string, text: string, focus: boolean): void {
  const fragment = e.template.content.cloneNode(true) as DocumentFragment;
  const fieldset = el<HTMLFieldSetElement>(fragment, 'fieldset');
  const id = `explain-file-${++counter}`;
  const nameInput = el<HTMLInputElement>(fieldset, '[data-name]');
  const kind = el<HTMLSelectElement>(fieldset, '[data-kind]');
  const content = el<HTMLTextAreaElement>(fieldset, '[data-content]');
  nameInput.id = `${id}-name`;
  kind.id = `${id}-kind`;
  content.id = `${id}-content`;
  el<HTMLLabelElement>(fieldset, '[data-name-label]').htmlFor = nameInput.id;
  el<HTMLLabelElement>(fieldset, '[data-kind-label]').htmlFor = kind.id;
  el<HTMLLabelElement>(fieldset, '[data-content-label]').htmlFor = content.id;
  nameInput.value = name;
  nameInput.title = m.fileNameHint;
  content.value = text;
  nameInput.addEventListener('input', () => renumber(e));
  el(fieldset, '[data-remove]').addEventListener('click', () => {
    const next = fieldset.nextElementSibling ?? fieldset.previousElementSibling;
    fieldset.remove();
    renumber(e);
    (next?.querySelector<HTMLElement>('[data-name]') ?? el<HTMLElement>(e.form, '[data-add-file]')).focus();
  });
  e.list.append(fieldset);
  renumber(e);
  if (focus) nameInput.focus();
}

async function addFromDisk(e: Elements, files: FileList | readonly File[]): Promise<void> {
  const problems: string[] = [];
  for (const file of [...files]) {
    if (file.size > MAX_FILE_BYTES) {
      problems.push(m.tooLarge(file.name));
      continue;
    }
    try {
      addFile(e, file.name, await file.text(), false);
    } catch {
      problems.push(m.notText(file.name));
    }
  }
  e.status.textContent = problems.join(' ');
}

function factList(facts: readonly { key: string; label: string; value: string }[]): HTMLDListElement {
  const dl = make('dl');
  for (const fact of facts) {
    const dt = make('dt', fact.label);
    const dd = make('dd', fact.value);
    dd.dataset['fact'] = fact.key;
    dl.append(dt, dd);
  }
  return dl;
}

type Words = typeof import('../checker/explain/words');

interface Engine {
  explain: typeof import('../checker/explain/explain').explain;
  describeSubject: typeof import('../checker/explain/describe').describeSubject;
  describeViolations: typeof import('../checker/explain/describe').describeViolations;
  /** The explanation's words in this page's language. */
  words: ReturnType<Words['explainWords']>;
  subjectTitle: Words['subjectTitle'];
  wordMessage: Words['wordMessage'];
  localizeFinding: typeof import('../checker/i18n/localize').localizeFinding;
  parseVersion: typeof import('../checker/kubernetes/pod-security/version').parseVersion;
  ruleById: typeof import('../checker/index').ruleById;
}

function render(e: Elements, result: Explanation, engine: Engine): void {
  e.subjects.replaceChildren();
  if (result.subjects.length === 0) e.subjects.append(make('p', m.nothing));
  for (const subject of result.subjects) {
    const section = make('section', undefined, 'subject');
    const w = engine.words;
    const heading = make('h3', w.heading(w.kind[subject.kind], engine.subjectTitle(subject, w)));
    const place = make('p', `${subject.place.file}:${subject.place.line}`, 'place');
    section.append(heading, place, factList(engine.describeSubject(subject, w)));
    const violations = engine.describeViolations(subject, w);
    if (violations.length > 0) {
      section.append(make('h4', m.podSecurityChecks));
      const ul = make('ul');
      for (const v of violations) ul.append(make('li', v));
      section.append(ul);
    }
    if (subject.warningMessages.length > 0) {
      section.append(make('h4', m.warnings));
      const ul = make('ul', undefined, 'warnings');
      for (const warning of subject.warningMessages) ul.append(make('li', engine.wordMessage(warning, w), 'warning'));
      section.append(ul);
    }
    e.subjects.append(section);
  }
  e.findings.replaceChildren();
  const all = result.files.flatMap((file) => file.findings.map((f) => ({ file: file.path, f: engine.localizeFinding(f, locale, engine.ruleById) })));
  if (all.length === 0) e.findings.append(make('p', m.noFindings));
  else {
    const ul = make('ul');
    for (const { file, f } of all) {
      const li = make('li');
      li.append(make('code', `${file}:${f.line}:${f.column}`), ` ${f.severity} `);
      if (engine.ruleById(f.ruleId)) {
        const a = make('a', f.ruleId);
        a.href = href(`/rules/${f.ruleId}/`);
        a.setAttribute('aria-label', m.ruleLink(f.ruleId));
        li.append(a);
      } else {
        li.append(make('code', f.ruleId));
      }
      li.append(` ${f.message}`);
      ul.append(li);
    }
    e.findings.append(ul);
  }
  e.notes.replaceChildren();
  if (result.noteMessages.length > 0) {
    e.notes.append(make('h2', m.notes));
    const ul = make('ul');
    for (const note of result.noteMessages) ul.append(make('li', engine.wordMessage(note, engine.words)));
    e.notes.append(ul);
  }
  e.results.hidden = false;
  e.status.textContent = m.done(result.subjects.length, all.length);
  e.heading.focus();
}

let engine: Promise<Engine> | undefined;

/** The checker is loaded on the first Explain, so the page itself stays light. */
function loadEngine(): Promise<Engine> {
  engine ??= Promise.all([
    import('../checker/explain/explain'),
    import('../checker/explain/describe'),
    import('../checker/kubernetes/pod-security/version'),
    import('../checker/index'),
    import('../checker/explain/words'),
    import('../checker/i18n/localize'),
  ]).then(([a, d, v, c, w, l]) => ({
    explain: a.explain, describeSubject: d.describeSubject, describeViolations: d.describeViolations,
    words: w.explainWords(locale), subjectTitle: w.subjectTitle, wordMessage: w.wordMessage, localizeFinding: l.localizeFinding,
    parseVersion: v.parseVersion, ruleById: c.ruleById,
  }));
  return engine;
}

async function run(e: Elements): Promise<void> {
  e.status.textContent = m.working;
  const inputs = [...e.list.querySelectorAll<HTMLFieldSetElement>('fieldset')].map((fieldset) => {
    const kind = el<HTMLSelectElement>(fieldset, '[data-kind]').value;
    return {
      path: el<HTMLInputElement>(fieldset, '[data-name]').value.trim() || 'untitled',
      text: el<HTMLTextAreaElement>(fieldset, '[data-content]').value,
      ...(kind ? { kind: kind as Kind } : {}),
    };
  });
  try {
    const loaded = await loadEngine();
    const version = loaded.parseVersion(e.version.value)?.version;
    render(e, loaded.explain(inputs, version ? { kubernetesVersion: version } : {}), loaded);
  } catch {
    e.status.textContent = m.failed;
  }
}

export function initExplainPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-explain-form]');
  if (!form) return;
  const e: Elements = {
    form,
    list: el(form, '[data-file-list]'),
    template: el<HTMLTemplateElement>(document, '[data-file-template]'),
    input: el<HTMLInputElement>(form, '[data-file-input]'),
    drop: el(form, '[data-drop-zone]'),
    version: el<HTMLSelectElement>(form, '[data-version]'),
    status: el(document, '[data-status]'),
    results: el(document, '[data-results]'),
    heading: el(document, '#explain-results'),
    subjects: el(document, '[data-subjects]'),
    findings: el(document, '[data-findings]'),
    notes: el(document, '[data-notes]'),
  };
  addFile(e, 'Dockerfile', '', false);
  el(form, '[data-add-file]').addEventListener('click', () => addFile(e, '', '', true));
  el(form, '[data-example]').addEventListener('click', () => {
    e.list.replaceChildren();
    for (const file of EXAMPLE) addFile(e, file.name, file.text, false);
    el<HTMLElement>(e.list, '[data-name]').focus();
  });
  const addChosen = () => {
    if (e.input.files && e.input.files.length > 0) void addFromDisk(e, e.input.files);
    e.input.value = '';
  };
  e.input.addEventListener('change', addChosen);
  e.drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    e.drop.dataset['over'] = '';
  });
  e.drop.addEventListener('dragleave', () => delete e.drop.dataset['over']);
  e.drop.addEventListener('drop', (event) => {
    event.preventDefault();
    delete e.drop.dataset['over'];
    if (event.dataTransfer?.files) void addFromDisk(e, event.dataTransfer.files);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(e);
  });
  scriptReady(form, el(form, '[data-add-file]'), el(form, '[data-example]'));
  // Files chosen before this script ran.
  addChosen();
}
