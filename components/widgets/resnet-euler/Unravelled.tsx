'use client';

import { binomial, pathCount, paths, pathSumByLength } from './model';
import styles from './ResnetEuler.module.css';

const fmt = (v: number) => {
  const r = Number(v.toPrecision(4));
  return r < 0 ? `−${Math.abs(r)}` : String(r);
};

/** The unravelled view: every path through n blocks (drawn for n ≤ 4), counted for any n. */
export function Unravelled({ n, h, linear, onShowThree }: { n: number; h: number; linear: boolean; onShowThree: () => void }) {
  const byLength = pathSumByLength(n, h);
  const mode = Math.floor(n / 2);
  const count = pathCount(n);
  return (
    <div className={styles.unravel}>
      <p>
        <strong>{n}</strong> block{n > 1 ? 's' : ''}, two ways through each (the block or its shortcut):{' '}
        <strong data-testid="re-paths">
          2<sup>{n}</sup>{' '}
          {'exact' in count ? (
            `= ${count.exact}`
          ) : (
            <>
              ≈ {count.mantissa} × 10<sup>{count.exponent}</sup>
            </>
          )}
        </strong>{' '}
        paths from input to output.
      </p>
      {n <= 4 ? (
        <ol className={styles.pathList} aria-label={`All ${2 ** n} paths through ${n} blocks`}>
          {paths(n).map((p, i) => {
            const k = p.filter(Boolean).length;
            return (
              <li key={i} className={styles.path}>
                <span className={styles.pathBoxes} aria-hidden="true">
                  {p.map((through, b) => (
                    <span key={b} className={through ? styles.through : styles.skip}>
                      f<sub>{b + 1}</sub>
                    </span>
                  ))}
                </span>
                <span>
                  {k === 0 ? 'all shortcuts' : `through ${p.map((t, b) => (t ? `f${b + 1}` : '')).filter(Boolean).join(', ')}`}
                  {linear && <> · contributes (−h)<sup>{k}</sup> = {fmt((-h) ** k)}</>}
                </span>
              </li>
            );
          })}
        </ol>
      ) : (
        <p>
          The diagram lists paths for up to 4 blocks.{' '}
          <button type="button" className="widget-button" onClick={onShowThree}>
            Show 3 blocks
          </button>{' '}
          Paths through k blocks: C({n}, k); the most common length is k = {mode}, with {binomial(n, mode).toLocaleString('en-US')} paths.
        </p>
      )}
      {linear && n <= 12 && (
        <p className={styles.pathSum}>
          For F(x) = −x each block is f(x) = −h·x, so a path through k blocks multiplies x₀ by (−h)<sup>k</sup>. Grouped by length:{' '}
          {byLength.map((row) => `${row.count}·${fmt(row.each)}`).join(' + ')} ={' '}
          <strong data-testid="re-path-sum">{fmt(byLength.reduce((s, r) => s + r.sum, 0))}</strong>, which is x<sub>{n}</sub> = (1 − h)
          <sup>{n}</sup>.
        </p>
      )}
    </div>
  );
}
