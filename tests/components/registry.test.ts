// Every MDX tag name means exactly one thing: figure folders, widgets and the text components must
// not export the same name, or one would silently replace the other in the registry.
import { existsSync, readdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import { widgets } from '@/components/widgets';

test('figure, widget and text-component tag names are all distinct', async () => {
  const owners = new Map<string, string[]>();
  const claim = (name: string, owner: string) => owners.set(name, [...(owners.get(name) ?? []), owner]);
  for (const folder of chapterFigureFolders()) {
    const mod = (await import(`@/components/figures/${folder}/index.ts`)) as Record<string, unknown>;
    for (const name of Object.keys(mod)) claim(name, `figures/${folder}`);
  }
  for (const name of Object.keys(widgets)) claim(name, 'widgets');
  for (const name of ['Callout', 'DeepDive', 'Equation', 'EqRef', 'Exercise', 'Solution', 'Figure', 'FigRef']) claim(name, 'mdx');
  const clashes = [...owners].filter(([, who]) => who.length > 1).map(([name, who]) => `${name}: ${who.join(', ')}`);
  expect(clashes).toEqual([]);
});

test('every figure folder is wired into the registry', async () => {
  const { figures } = await import('@/components/figures');
  for (const folder of chapterFigureFolders()) {
    const mod = (await import(`@/components/figures/${folder}/index.ts`)) as Record<string, unknown>;
    for (const name of Object.keys(mod)) expect(figures).toHaveProperty(name);
  }
});

/** Folders with an index.ts define MDX tags; others (kit/) hold shared drawing parts. */
function chapterFigureFolders(): string[] {
  return readdirSync('components/figures', { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(`components/figures/${d.name}/index.ts`))
    .map((d) => d.name);
}
