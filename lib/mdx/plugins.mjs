// The MDX pipeline, shared by next.config.js and the content tests so both compile chapters the
// same way. Plugins are named by package or absolute path (Turbopack needs serialisable options).
const local = (file) => new URL(`./${file}`, import.meta.url).pathname;

export const remarkPlugins = ['remark-gfm', 'remark-math', local('remark-headings.mjs'), local('remark-numbering.mjs')];

export const rehypePlugins = [
  // strict: 'ignore' lets authors use \text{…} with Unicode; errors still render in red and fail tests.
  ['rehype-katex', { strict: 'ignore', trust: false, output: 'htmlAndMathml' }],
  ['rehype-highlight', { detect: false }],
];
