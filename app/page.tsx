import Link from 'next/link';
import { BookShell } from '@/components/layout/BookShell';
import { chapters } from '@/content/toc';
import { chapterHref, SITE_TITLE } from '@/lib/site';

export default function FrontPage() {
  return (
    <BookShell>
      <article className="chapter front" data-pagefind-body>
        <header className="chapter-header">
          <p className="chapter-kicker">An interactive textbook</p>
          <h1>{SITE_TITLE}</h1>
        </header>
        <p className="lede">
          This book teaches neural networks from a single neuron to convolutional, recurrent and physics-informed
          networks. Every formula is typeset, every worked example is checked by a test, and every idea comes with a
          live widget that computes the real numbers in your browser, with the book’s own small engine.
        </p>

        <h2 id="how-to-read">How to read it</h2>
        <ul>
          <li>
            <strong>Read in order, or jump.</strong> Each chapter builds on the ones before, but starts with a short
            reminder of what it needs.
          </li>
          <li>
            <strong>Play with every widget.</strong> Drag, type, step. Every widget is keyboard operable: Tab moves
            between controls, arrow keys change a value, and <kbd>Home</kbd>/<kbd>End</kbd> jump to the ends of a
            range.
          </li>
          <li>
            <strong>Search</strong> with the box at the top, or press <kbd>/</kbd>. It works offline.
          </li>
          <li>
            <strong>Dark mode</strong> follows your system; the theme button overrides it.
          </li>
        </ul>

        <h2 id="for-instructors">For instructors</h2>
        <ul>
          <li>
            <strong>Projector mode.</strong> The ⛶ button on any widget fills the screen with it: large type, high
            contrast, and no surrounding text. <kbd>Esc</kbd> returns to the page.
          </li>
          <li>
            <strong>Exact demo links.</strong> “Copy link” puts the widget’s whole state (every setting, and the random
            seed) into the address, so the link opens the same demo, number for number, on every machine.
          </li>
          <li>
            <strong>Any static host.</strong> The book is a folder of plain files; it needs no server and no network.
          </li>
        </ul>

        <h2 id="contents">Contents</h2>
        <ol className="contents">
          {chapters.map((c) => (
            <li key={c.slug}>
              <Link prefetch={false} href={chapterHref(c.slug)}>{c.title}</Link>
              <p>{c.summary}</p>
            </li>
          ))}
        </ol>
      </article>
    </BookShell>
  );
}
