// Ties a chapter's printed numbers to the computation that checks them: a worked-example test
// computes a value, then asserts that the chapter prints it.
import { expect } from 'vitest';
import { chapterSource } from './mdx-pipeline';

/** Asserts that every snippet appears verbatim in content/<slug>.mdx. */
export function expectChapterToPrint(slug: string, ...snippets: string[]): void {
  const text = chapterSource(slug);
  const missing = snippets.filter((s) => !text.includes(s));
  expect(missing, `content/${slug}.mdx should print these`).toEqual([]);
}

/** `value` rounded to `digits` decimals, as printed in the text (e.g. 0.2983711 → "0.2984"). */
export function fixed(value: number, digits: number): string {
  return value.toFixed(digits);
}
