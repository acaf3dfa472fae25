import Link from 'next/link';
import { chapters } from '@/content/toc';
import { chapterHref } from '@/lib/site';

/** The list of all chapters. `current` marks the page being read. */
export function ChapterNav({ current }: { current?: string }) {
  return (
    <nav aria-label="Chapters" className="chapter-nav">
      <ol>
        {chapters.map((chapter, i) => (
          <li key={chapter.slug}>
            <Link
              prefetch={false}
              href={chapterHref(chapter.slug)}
              aria-current={chapter.slug === current ? 'page' : undefined}
              title={chapter.summary}
            >
              <span className="chapter-number">{i + 1}</span>
              <span>{chapter.title}</span>
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
