'use client';

import { useId } from 'react';
import { IntField } from './IntField';
import type { AxisField, AxisParams, LayerError, LayerOk, Mode } from './model';
import styles from './ConvArithmetic.module.css';

const FIELDS: readonly { key: AxisField; label: string }[] = [
  { key: 'i', label: 'input i' },
  { key: 'k', label: 'kernel k' },
  { key: 'p', label: 'padding p' },
  { key: 's', label: 'stride s' },
  { key: 'd', label: 'dilation d' },
];

interface AxisProps {
  title: string | null;
  params: AxisParams;
  onChange: (patch: Partial<AxisParams>) => void;
  mode: Mode;
  invalid: ReadonlySet<AxisField>;
  testSuffix: string;
}

/** The five numbers of one axis (both axes when they are not separate). */
export function AxisFields({ title, params, onChange, mode, invalid, testSuffix }: AxisProps) {
  const ids = useId();
  return (
    <fieldset className={styles.axis} aria-labelledby={title ? `${ids}-t` : undefined}>
      {title && (
        <legend className={styles.axisTitle} id={`${ids}-t`}>
          {title}
        </legend>
      )}
      {FIELDS.map(({ key, label }) => (
        <IntField
          key={key}
          label={title ? `${label} (${title.toLowerCase()})` : label}
          value={params[key]}
          invalid={invalid.has(key)}
          disabled={key === 'd' && mode === 'pool'}
          testId={`arith-${key}${testSuffix}`}
          onChange={(v) => onChange({ [key]: v })}
        />
      ))}
    </fieldset>
  );
}

/** Fields the explanation is about, per axis, so they can be marked. */
export function invalidFields(layer: LayerOk | LayerError, axis: 'rows' | 'cols'): Set<AxisField> {
  if (layer.ok) return new Set();
  return new Set(layer.errors.filter((e) => e.axis === axis).map((e) => e.field));
}
