import Link from 'next/link';
import { BookShell } from '@/components/layout/BookShell';

export const metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <BookShell>
      <article className="chapter">
        <h1>This page isn’t in the book</h1>
        <p>
          The address may be mistyped, or the page may have moved. Every chapter is listed on the{' '}
          <Link prefetch={false} href="/">front page</Link> and in the chapter list.
        </p>
      </article>
    </BookShell>
  );
}
