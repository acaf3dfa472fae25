// Numbers a chapter's <Equation> blocks ("(3)") and <Figure> blocks ("Figure 5.2") in reading
// order, and resolves <EqRef label="…" /> and <FigRef id="…" /> to the same numbers, so prose can
// cite them and stay right when things move. An unknown or duplicate label fails the build.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { visit } from 'unist-util-visit';
import { esmExport } from './esm-export.mjs';

const attr = (node, name) => node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
const setAttr = (node, name, value) => {
  const existing = attr(node, name);
  if (existing) existing.value = value;
  else node.attributes.push({ type: 'mdxJsxAttribute', name, value });
};

// The chapter number comes from the order of slugs in the table of contents.
const tocSource = readFileSync(new URL('../../content/toc.ts', import.meta.url), 'utf8');
const slugs = [...tocSource.matchAll(/slug:\s*'([^']+)'/g)].map((m) => m[1]);

function numberBlocks(tree, file, { tag, key, format }) {
  const numbers = new Map();
  let count = 0;
  visit(tree, 'mdxJsxFlowElement', (node) => {
    if (node.name !== tag) return;
    count += 1;
    const number = format(count);
    setAttr(node, 'number', number);
    const label = attr(node, key)?.value;
    if (typeof label !== 'string') return;
    if (numbers.has(label)) file.fail(`<${tag} ${key}="${label}"> is used twice`, node);
    numbers.set(label, number);
  });
  return numbers;
}

function resolveRefs(tree, file, { tag, key, numbers, target }) {
  visit(tree, ['mdxJsxTextElement', 'mdxJsxFlowElement'], (node) => {
    if (node.name !== tag) return;
    const label = attr(node, key)?.value;
    if (!numbers.has(label)) file.fail(`<${tag} ${key}="${label}"> points to no <${target}> in this chapter`, node);
    setAttr(node, 'number', numbers.get(label));
  });
}

export default function remarkNumbering() {
  return (tree, file) => {
    const chapter = slugs.indexOf(basename(file.path ?? '', '.mdx')) + 1;
    const equations = numberBlocks(tree, file, { tag: 'Equation', key: 'label', format: String });
    const figures = numberBlocks(tree, file, { tag: 'Figure', key: 'id', format: (n) => (chapter > 0 ? `${chapter}.${n}` : String(n)) });
    resolveRefs(tree, file, { tag: 'EqRef', key: 'label', numbers: equations, target: 'Equation' });
    resolveRefs(tree, file, { tag: 'FigRef', key: 'id', numbers: figures, target: 'Figure' });
    tree.children.unshift(esmExport('equations', Object.fromEntries(equations)));
  };
}
