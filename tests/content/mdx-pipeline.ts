// Compiles and renders a chapter exactly as the site does (same remark/rehype plugins, same
// components), in Node, in well under a second. Used by the content tests.
import { readFileSync } from 'node:fs';
import { evaluate } from '@mdx-js/mdx';
import { createElement } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import { VFile } from 'vfile';
import { mdxComponents } from '@/components/mdx/registry';
import { rehypePlugins, remarkPlugins } from '@/lib/mdx/plugins.mjs';

type Spec = string | [string, Record<string, unknown>];

async function resolvePlugins(specs: readonly Spec[]) {
  return Promise.all(
    specs.map(async (spec) => {
      const [name, options] = typeof spec === 'string' ? [spec, undefined] : spec;
      const plugin = (await import(/* @vite-ignore */ name)).default;
      return options ? [plugin, options] : plugin;
    }),
  );
}

export interface RenderedChapter {
  html: string;
  /** Warnings raised while compiling (KaTeX parse errors, unknown code languages, …). */
  messages: string[];
  sections: { depth: number; id: string; title: string }[];
  equations: Record<string, number>;
}

export function chapterSource(slug: string): string {
  return readFileSync(`content/${slug}.mdx`, 'utf8');
}

export async function renderChapter(slug: string): Promise<RenderedChapter> {
  const file = new VFile({ path: `content/${slug}.mdx`, value: chapterSource(slug) });
  const mod = await evaluate(file, {
    ...runtime,
    remarkPlugins: await resolvePlugins(remarkPlugins as Spec[]),
    rehypePlugins: await resolvePlugins(rehypePlugins as Spec[]),
    useMDXComponents: () => mdxComponents,
  } as Parameters<typeof evaluate>[1]);
  const html = renderToStaticMarkup(createElement(mod.default, { components: mdxComponents }));
  return {
    html,
    messages: file.messages.map((m) => `${m.line ?? '?'}:${m.column ?? '?'} ${m.reason}`),
    sections: mod.sections as RenderedChapter['sections'],
    equations: mod.equations as RenderedChapter['equations'],
  };
}
