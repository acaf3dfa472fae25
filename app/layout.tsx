import '@fontsource-variable/inter/index.css';
import 'katex/dist/katex.min.css';
import './globals.css';
import './shell.css';
import '@/components/mdx/mdx.css';
import '@/components/widgets/widgets.css';
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { ScrollableRegions } from '@/components/layout/ScrollableRegions';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { THEME_BOOT_SCRIPT } from '@/components/layout/theme';
import { SITE_DESCRIPTION, SITE_TITLE } from '@/lib/site';

export const metadata: Metadata = {
  title: { default: SITE_TITLE, template: `%s · ${SITE_TITLE}` },
  description: SITE_DESCRIPTION,
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The boot script sets data-theme before first paint, so React sees a changed attribute.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_BOOT_SCRIPT }} />
      </head>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader />
        {children}
        <ScrollableRegions />
      </body>
    </html>
  );
}
