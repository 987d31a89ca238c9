import { performance } from 'node:perf_hooks';
const root = process.argv[2]!;
const { check } = await import(`${root}/utils/engine/engine.ts`);
const { TEXTS } = await import(`${root}/bench/texts.ts`);
const out: string[] = [];
for (const t of TEXTS as Array<{ name: string; text: string }>) {
  const req = { text: t.text, surface: 'post' };
  for (let i = 0; i < 5; i++) check(req);
  const n = t.text.length > 5000 ? 30 : 200;
  const c0 = process.cpuUsage();
  for (let i = 0; i < n; i++) check(req);
  const c = process.cpuUsage(c0);
  out.push(`${t.name} cpu/check ${((c.user + c.system) / 1000 / n).toFixed(2)}ms`);
}
console.log(root.includes('base') ? 'base' : 'pii ', out.join('  '));
