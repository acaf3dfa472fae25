'use client';

import { useRef, useState, type KeyboardEvent } from 'react';
import { CellGrid, movedCursor, type Mark } from './CellGrid';
import { fmt, withCell } from './model';
import type { Grid } from './presets';
import { MAX_DRAWN, VALUE_LIMIT } from './state';
import styles from './Conv2d.module.css';

interface InputPanelProps {
  image: Grid;
  pad: number;
  width: number;
  field: readonly Mark[];
  onEdit: (image: Grid) => void;
}

/** The input image: click or drag to paint, or move the cursor with the arrow keys and type a value. */
export function InputPanel({ image, pad, width, field, onEdit }: InputPanelProps) {
  const [cursor, setCursor] = useState<Mark>({ row: 0, col: 0 });
  const [paint, setPaint] = useState(1);
  const [message, setMessage] = useState<string | null>(null);
  // A drag paints what its first click painted: the paint value, or 0 when that cell already had it.
  const dragValue = useRef(1);
  const at = { row: Math.min(cursor.row, image.rows - 1), col: Math.min(cursor.col, image.cols - 1) };
  const editable = image.rows <= MAX_DRAWN && image.cols <= MAX_DRAWN;
  const value = image.data[at.row * image.cols + at.col];

  function edit(row: number, col: number, v: number) {
    if (!editable) {
      setMessage(`A ${image.rows} × ${image.cols} image is too large to draw on here (up to ${MAX_DRAWN} × ${MAX_DRAWN}); pick another image to edit cells.`);
      return;
    }
    if (!Number.isFinite(v) || Math.abs(v) > VALUE_LIMIT) {
      setMessage(`Cell values are limited to ±${VALUE_LIMIT}; the cell keeps ${fmt(image.data[row * image.cols + col])}.`);
      return;
    }
    setMessage(null);
    onEdit(withCell(image, row, col, v));
  }

  function onKeyDown(e: KeyboardEvent<SVGSVGElement>) {
    const moved = movedCursor(e.key, at, image.rows, image.cols);
    if (moved) {
      e.preventDefault();
      setCursor(moved);
      return;
    }
    const step = e.shiftKey ? 0.1 : 1;
    if (e.key === '+' || e.key === '=') edit(at.row, at.col, Math.round((value + step) * 1000) / 1000);
    else if (e.key === '-' || e.key === '_') edit(at.row, at.col, Math.round((value - step) * 1000) / 1000);
    else if (e.key === 'Enter' || e.key === ' ') edit(at.row, at.col, paint);
    else if (e.key === 'Delete' || e.key === 'Backspace') edit(at.row, at.col, 0);
    else return;
    e.preventDefault();
  }

  return (
    <div className={styles.panel}>
      <p className={styles.panelTitle}>
        Input I, {image.rows} × {image.cols}
        {pad > 0 ? ` (padding ${pad}, dashed)` : ''}
      </p>
      <CellGrid
        grid={image}
        pad={pad}
        width={width}
        label={`Input image, ${image.rows} by ${image.cols}. Arrow keys move the cursor; plus and minus change the cell by 1 (with Shift by 0.1); Enter or Space paints the paint value; Delete sets 0. A click paints a cell, or clears it if it already has the paint value.`}
        field={field}
        cursor={at}
        cursorLabel={`Cursor at I(${at.row}, ${at.col}) = ${fmt(value)}`}
        testId="c2-input"
        onKeyDown={onKeyDown}
        onPointerCell={(row, col, kind) => {
          if (kind === 'hover') return;
          setCursor({ row, col });
          if (kind === 'down') dragValue.current = image.data[row * image.cols + col] === paint ? 0 : paint;
          edit(row, col, dragValue.current);
        }}
      />
      <div className={styles.editRow}>
        <label className="number-field">
          I({at.row}, {at.col}) ={' '}
          <input type="number" step={1} value={value} data-testid="c2-cell-value" onChange={(e) => Number.isFinite(e.target.valueAsNumber) && edit(at.row, at.col, e.target.valueAsNumber)} />
        </label>
        <label className="number-field">
          Paint value{' '}
          <input type="number" step={1} value={paint} onChange={(e) => Number.isFinite(e.target.valueAsNumber) && setPaint(Math.max(-VALUE_LIMIT, Math.min(VALUE_LIMIT, e.target.valueAsNumber)))} />
        </label>
      </div>
      {message && (
        <p className="widget-error" role="alert">
          {message}
        </p>
      )}
    </div>
  );
}
