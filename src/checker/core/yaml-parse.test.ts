import { parseAllDocuments, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseYaml, parseYamlStream } from './yaml-parse';

const errorsOf = (doc: { errors: readonly { code: string; pos: [number, number] }[] }) => doc.errors.map((e) => [e.code, e.pos[0]]);

const CASES = [
  'a: 1\nb: 2\n',
  'a: 1\na: 2\n',
  'a: 1\n"a": 2\n',
  "'a': 1\na: 2\nb: 3\na: 4\n",
  '1: x\n"1": y\n',
  '1: x\n0x1: y\n',
  'true: x\nTrue: y\n',
  '~: x\nnull: y\n',
  ': x\n: y\n',
  '.nan: x\n.nan: y\n',
  '{a: 1, a: 2}\n',
  '{a: 1, b: {c: 1, c: 2}}\n',
  'outer:\n  inner: 1\n  inner: 2\nother: [ {x: 1, x: 2} ]\n',
  '&k key: 1\n*k : 2\n',
  'x-base: &base\n  image: nginx\nservices:\n  a:\n    <<: *base\n    <<: *base\n',
  '? [a, b]\n: 1\n? [a, b]\n: 2\n',
  'a: 1\nb: [\na: 2\n',
  'services:\n  web:\n    image: a\n    image: b\n  web:\n    image: c\n',
];

describe('YAML with duplicate keys found in linear time', () => {
  it.each(CASES)('reports what the library\'s own check reports: %j', (text) => {
    for (const merge of [true, false]) {
      const expected = errorsOf(parseDocument(text, { merge, uniqueKeys: true, prettyErrors: false }));
      expect(errorsOf(parseYaml(text, { merge, prettyErrors: false })), `merge ${merge}`).toEqual(expected);
    }
  });

  it('reports them per document of a stream', () => {
    const text = 'a: 1\na: 2\n---\nb: 1\n---\nc: 1\nc: 1\n';
    const expected = parseAllDocuments(text, { uniqueKeys: true }).map(errorsOf);
    expect(parseYamlStream(text, {}).map(errorsOf)).toEqual(expected);
    expect(parseYamlStream('', {})).toEqual([]);
  });

  it('keeps the values the library would give', () => {
    const text = 'x: &a {p: 1}\ny:\n  <<: *a\n  q: 2\n';
    expect(parseYaml(text, { merge: true }).toJS()).toEqual(parseDocument(text, { merge: true }).toJS());
  });
});
