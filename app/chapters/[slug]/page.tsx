import type { Metadata } from 'next';
import type { ComponentType } from 'react';
import { BookShell } from '@/components/layout/BookShell';
import { PrevNext } from '@/components/layout/PrevNext';
import { SectionList, type Section } from '@/components/layout/SectionList';
import { SectionSpy } from '@/components/layout/SectionSpy';
import { chapterIndex, chapters } from '@/content/toc';

export const dynamicParams = false;

export function generateStaticParams() {
  return chapters.map((c) => ({ slug: c.slug }));
}

type Params = { params: Promise<{ slug: string }> };

interface ChapterModule {
  default: ComponentType;
  sections: Section[];
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug } = await params;
  const chapter = chapters[chapterIndex(slug)];
  return { title: chapter.title, description: chapter.summary };
}

export default async function ChapterPage({ params }: Params) {
  const { slug } = await params;
  const index = chapterIndex(slug);
  const chapter = chapters[index];
  const { default: Content, sections } = (await import(`@/content/${slug}.mdx`)) as ChapterModule;

  return (
    <BookShell current={slug} aside={<SectionList sections={sections} />}>
      <article className="chapter" data-pagefind-body style={{ counterReset: `chapter ${index + 1} section` }}>
        <header className="chapter-header">
          <p className="chapter-kicker">Chapter {index + 1}</p>
          <h1>{chapter.title}</h1>
        </header>
        <details className="section-menu">
          <summary>On this page</summary>
          <SectionList sections={sections} />
        </details>
        <Content />
      </article>
      <PrevNext slug={slug} />
      <SectionSpy />
    </BookShell>
  );
}
