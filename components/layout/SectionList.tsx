export interface Section {
  depth: number;
  id: string;
  title: string;
}

/** "On this page": the chapter's h2/h3 headings, as exported by lib/mdx/remark-headings.mjs. */
export function SectionList({ sections }: { sections: readonly Section[] }) {
  if (sections.length === 0) return null;
  return (
    <nav aria-label="On this page" className="section-list">
      <p className="section-list-title">On this page</p>
      <ul>
        {sections.map((s) => (
          <li key={s.id} className={s.depth === 3 ? 'depth-3' : undefined}>
            <a href={`#${s.id}`}>{s.title}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
