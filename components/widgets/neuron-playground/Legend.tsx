import type { OutputName } from './model';
import styles from './NeuronPlayground.module.css';

/** What the shading, the line and the markers mean; shapes and dashes, not colour alone. */
export function Legend({ f }: { f: OutputName }) {
  const level = f === 'tanh' ? '0' : '0.5';
  return (
    <ul className={styles.legend}>
      <li>
        <svg width="18" height="14" aria-hidden="true">
          <rect width="18" height="14" className={styles.cellHigh} fillOpacity={0.5} />
        </svg>
        orange: output above {level} (class 1)
      </li>
      <li>
        <svg width="18" height="14" aria-hidden="true">
          <rect width="18" height="14" className={styles.cellLow} fillOpacity={0.5} />
        </svg>
        blue: below (class 0); paler near the line
      </li>
      <li>
        <svg width="26" height="14" aria-hidden="true">
          <line x1="0" x2="26" y1="7" y2="7" className={styles.boundary} />
        </svg>
        decision line, z = 0
      </li>
      <li>
        <svg width="26" height="14" aria-hidden="true" className={styles.arrow}>
          <line x1="0" x2="18" y1="7" y2="7" />
          <polygon points="26,7 17,2 17,12" />
        </svg>
        weight vector w, toward the firing side
      </li>
      <li>
        <svg width="16" height="16" aria-hidden="true">
          <circle cx="8" cy="8" r="6" className={styles.class0} />
        </svg>
        class 0
      </li>
      <li>
        <svg width="16" height="16" aria-hidden="true">
          <rect x="2" y="2" width="12" height="12" className={styles.class1} />
        </svg>
        class 1
      </li>
      <li>
        <svg width="16" height="16" aria-hidden="true">
          <path d="M3,3L13,13M3,13L13,3" className={styles.cross} />
        </svg>
        misclassified
      </li>
      <li>
        <svg width="16" height="16" aria-hidden="true">
          <circle cx="8" cy="8" r="6" className={styles.highlight} />
        </svg>
        last point the rule saw
      </li>
    </ul>
  );
}
