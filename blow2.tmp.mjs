import { parseDocument, Parser, Composer } from 'yaml';
const make = (n) => `services:\n${Array.from({ length: n }, (_, i) => `  s${i}:\n    image: x\n`).join('')}`;
for (const opts of [{uniqueKeys:false},{}]) {
  parseDocument(make(500), opts);
  for (const n of [500, 5000, 20000]) { const t = make(n); const s = performance.now(); parseDocument(t, opts); console.log(JSON.stringify(opts), n, (performance.now() - s).toFixed(1)); }
}
const t = make(20000);
let s = performance.now(); const toks = [...new Parser().parse(t)]; console.log('parser only', (performance.now()-s).toFixed(1), toks.length);
