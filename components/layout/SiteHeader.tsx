import Link from 'next/link';
import { SITE_TITLE } from '@/lib/site';
import { SearchBox } from './SearchBox';
import { ThemeToggle } from './ThemeToggle';

export function SiteHeader() {
  return (
    <header className="site-header">
      <Link prefetch={false} href="/" className="site-title">
        <span className="site-logo" aria-hidden="true">
          ∿
        </span>
        <span className="site-title-text">{SITE_TITLE}</span>
      </Link>
      <div className="site-header-tools">
        <SearchBox />
        <ThemeToggle />
      </div>
    </header>
  );
}
