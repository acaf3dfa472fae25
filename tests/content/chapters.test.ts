// Every chapter compiles with the site's MDX pipeline, typesets every formula without a KaTeX
// error, and has no link to a missing section, equation or chapter.
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { chapters } from '@/content/toc';
import { renderChapter } from './mdx-pipeline';

const chapterSlugs = new Set<string>(chapters.map((c) => c.slug));

describe.each(chapters.map((c) => c.slug))('chapter %s', (slug) => {
  test('has its MDX file', () => {
    expect(existsSync(`content/${slug}.mdx`)).toBe(true);
  });

  test('compiles without warnings and typesets every formula', async () => {
    const { html, messages } = await renderChapter(slug);
    expect(messages).toEqual([]);
    expect(html).not.toContain('katex-error');
    expect(html).toContain('class="katex"');
  });

  test('every #anchor and /chapters/ link points somewhere that exists', async () => {
    const { html } = await renderChapter(slug);
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    const anchors = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(anchors.filter((a) => !ids.has(a))).toEqual([]);
    const chapterLinks = [...html.matchAll(/href="\/chapters\/([^/"#]+)\/?(#[^"]*)?"/g)].map((m) => m[1]);
    expect(chapterLinks.filter((s) => !chapterSlugs.has(s))).toEqual([]);
  });

  test('section ids are unique and exported for the section list', async () => {
    const { sections } = await renderChapter(slug);
    const ids = sections.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(sections.length).toBeGreaterThan(0);
  });
});
