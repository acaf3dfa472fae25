// Numbers <Equation label="…"> blocks in reading order and resolves <EqRef label="…" /> to the
// same number, so prose can say "by equation (3)" and stay right when equations move. A reference
// to an unknown label or a duplicate label fails the build with the chapter's file name.
import { visit } from 'unist-util-visit';
import { esmExport } from './esm-export.mjs';

const attr = (node, name) => node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
const setAttr = (node, name, value) => {
  const existing = attr(node, name);
  if (existing) existing.value = value;
  else node.attributes.push({ type: 'mdxJsxAttribute', name, value });
};

export default function remarkEquations() {
  return (tree, file) => {
    const numbers = new Map();
    let count = 0;
    visit(tree, 'mdxJsxFlowElement', (node) => {
      if (node.name !== 'Equation') return;
      count += 1;
      setAttr(node, 'number', String(count));
      const label = attr(node, 'label')?.value;
      if (typeof label !== 'string') return;
      if (numbers.has(label)) file.fail(`Equation label "${label}" is used twice`, node);
      numbers.set(label, count);
    });
    visit(tree, ['mdxJsxTextElement', 'mdxJsxFlowElement'], (node) => {
      if (node.name !== 'EqRef') return;
      const label = attr(node, 'label')?.value;
      if (!numbers.has(label)) file.fail(`<EqRef label="${label}"> points to no <Equation> in this chapter`, node);
      setAttr(node, 'number', String(numbers.get(label)));
    });
    tree.children.unshift(esmExport('equations', Object.fromEntries(numbers)));
  };
}
