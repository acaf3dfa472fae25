// Gives every h2/h3 a stable id (GitHub-style slug of its text) and exports the list as
// `export const sections = [{ depth, id, title }]`, so the page can draw its in-page section list
// without parsing HTML. Duplicate titles get -1, -2 … suffixes, exactly like rehype-slug.
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { esmExport } from './esm-export.mjs';

export default function remarkHeadings() {
  return (tree) => {
    const slugger = new GithubSlugger();
    const sections = [];
    visit(tree, 'heading', (node) => {
      const title = toString(node).trim();
      const id = slugger.slug(title);
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
      if (node.depth === 2 || node.depth === 3) sections.push({ depth: node.depth, id, title });
    });
    tree.children.unshift(esmExport('sections', sections));
  };
}
