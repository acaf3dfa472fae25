import Link from 'next/link';
import { neighbours } from '@/content/toc';
import { chapterHref } from '@/lib/site';

export function PrevNext({ slug }: { slug: string }) {
  const { previous, next } = neighbours(slug);
  return (
    <nav aria-label="Previous and next chapter" className="prev-next">
      {previous ? (
        <Link prefetch={false} href={chapterHref(previous.slug)} className="prev" rel="prev">
          <span className="prev-next-label">← Previous</span>
          <span>{previous.title}</span>
        </Link>
      ) : (
        <Link prefetch={false} href="/" className="prev" rel="prev">
          <span className="prev-next-label">← Front page</span>
          <span>Contents</span>
        </Link>
      )}
      {next && (
        <Link prefetch={false} href={chapterHref(next.slug)} className="next" rel="next">
          <span className="prev-next-label">Next →</span>
          <span>{next.title}</span>
        </Link>
      )}
    </nav>
  );
}
