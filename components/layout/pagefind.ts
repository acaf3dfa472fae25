// Lazy access to the pagefind index that `npm run build` writes to out/pagefind/. It is loaded only
// when the reader first searches, straight from the site (no bundler involvement, no network).
import { withBasePath } from '@/lib/site';

export interface SearchHit {
  url: string;
  title: string;
  /** HTML with <mark> around the matched words, produced by pagefind from our own pages. */
  excerpt: string;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: { url: string; title: string; excerpt: string }[];
}

interface PagefindApi {
  options(o: { baseUrl: string }): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(q: string, o?: object, ms?: number): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

let loading: Promise<PagefindApi> | null = null;

function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const url = withBasePath('/pagefind/pagefind.js');
    const api = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url)) as PagefindApi;
    await api.options({ baseUrl: withBasePath('/') });
    await api.init();
    return api;
  })();
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

/** Up to `limit` hits for `query`; null when a newer keystroke superseded this search. */
export async function searchBook(query: string, limit = 8): Promise<SearchHit[] | null> {
  const api = await loadPagefind();
  const response = await api.debouncedSearch(query, {}, 150);
  if (!response) return null;
  const data = await Promise.all(response.results.slice(0, limit).map((r) => r.data()));
  return data.map((d) => {
    // Prefer the best-matching section so the link lands on the right heading.
    const section = d.sub_results?.[0];
    const title = d.meta.title ?? 'Untitled';
    return section && section.title !== title
      ? { url: section.url, title: `${title} › ${section.title}`, excerpt: section.excerpt }
      : { url: d.url, title, excerpt: d.excerpt };
  });
}
