import { argmax } from './model';
import styles from './DigitsTrainer.module.css';

interface ProbabilityBarsProps {
  probabilities: readonly number[];
  /** The true class, marked when known. */
  truth?: number;
  label: string;
}

/** The ten class probabilities as bars with their percentages; the most probable is marked. */
export function ProbabilityBars({ probabilities, truth, label }: ProbabilityBarsProps) {
  const best = argmax(probabilities);
  return (
    <table className={styles.bars} aria-label={label}>
      <tbody>
        {probabilities.map((p, digit) => (
          <tr key={digit} className={digit === best ? styles.best : undefined}>
            <th scope="row">{digit}</th>
            <td className={styles.barCell}>
              <span className={digit === best ? `${styles.bar} ${styles.barBest}` : styles.bar} style={{ width: `${Math.max(0, Math.min(1, p)) * 100}%` }} />
            </td>
            <td className={styles.barValue}>
              {(100 * p).toFixed(1)}%{digit === best ? ' ◀ guess' : ''}
              {digit === truth ? ' (true)' : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
