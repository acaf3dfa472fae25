// A confusion matrix as an HTML table: rows are the true classes, columns the predicted ones, each
// cell a count. Shading says how full a cell is (blue on the diagonal, vermillion off it, so
// errors stand out without relying on hue alone: they also get a heavier border and bold type).
import styles from './ConfusionMatrix.module.css';

interface ConfusionMatrixProps {
  /** counts[t][p]: examples of true class t predicted as p. */
  counts: readonly (readonly number[])[];
  /** Class names, e.g. '0' … '9'. */
  labels: readonly string[];
  caption: string;
}

export function ConfusionMatrix({ counts, labels, caption }: ConfusionMatrixProps) {
  const rowTotals = counts.map((row) => row.reduce((s, v) => s + v, 0));
  return (
    <table className={styles.matrix}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.corner}>
            <span className="visually-hidden">true class, then predicted class</span>
            <span aria-hidden="true">
              guess →
              <br />
              true ↓
            </span>
          </th>
          {labels.map((l) => (
            <th key={l} scope="col">
              {l}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {counts.map((row, t) => (
          <tr key={labels[t]}>
            <th scope="row">{labels[t]}</th>
            {row.map((n, p) => {
              const share = rowTotals[t] ? n / rowTotals[t] : 0;
              const diagonal = t === p;
              const className = diagonal ? styles.hit : n > 0 ? styles.miss : styles.empty;
              return (
                <td
                  key={labels[p]}
                  className={className}
                  style={{ '--share': share } as React.CSSProperties}
                  title={`true ${labels[t]}, predicted ${labels[p]}: ${n}`}
                >
                  {n > 0 ? n : <span aria-hidden="true">·</span>}
                  {n === 0 && <span className="visually-hidden">0</span>}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
