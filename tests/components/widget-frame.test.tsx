// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { WidgetFrame } from '@/components/widgets/frame/WidgetFrame';

function Bomb({ armed }: { armed: boolean }) {
  if (armed) throw new Error('kernel 5 is larger than the padded input 3 + 2·0');
  return <p>All good</p>;
}

function Harness({ onReset = () => undefined }: { onReset?: () => void }) {
  const [armed, setArmed] = useState(false);
  return (
    <WidgetFrame
      id="demo"
      title="Demo widget"
      onReset={() => {
        setArmed(false);
        onReset();
      }}
      link={() => 'http://book.test/chapters/x/?demo.k=5'}
      notices={['The link’s “k=abc” is not a number, so the default (3) is used.']}
    >
      <button type="button" onClick={() => setArmed(true)}>
        Break it
      </button>
      <Bomb armed={armed} />
    </WidgetFrame>
  );
}

describe('WidgetFrame', () => {
  test('shows the title as the name of a labelled region, and the URL notices', () => {
    render(<Harness />);
    expect(screen.getByRole('region', { name: 'Demo widget' })).toBeTruthy();
    expect(screen.getByText(/is not a number, so the default \(3\) is used/)).toBeTruthy();
  });

  test('Reset calls the widget’s reset', () => {
    const onReset = vi.fn();
    render(<Harness onReset={onReset} />);
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(onReset).toHaveBeenCalledTimes(1);
  });

  test('Copy link copies the exact demo address with the widget’s anchor', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    render(<Harness />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy link' })));
    expect(writeText).toHaveBeenCalledWith('http://book.test/chapters/x/?demo.k=5#demo');
    expect(screen.getByText(/Link copied/)).toBeTruthy();
  });

  test('Copy link shows the address when the clipboard is refused', async () => {
    Object.assign(navigator, { clipboard: { writeText: vi.fn().mockRejectedValue(new Error('denied')) } });
    render(<Harness />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy link' })));
    expect(screen.getByText(/Copy this link: http:\/\/book.test\/chapters\/x\/\?demo.k=5#demo/)).toBeTruthy();
  });

  test('projector mode fills the screen and Escape leaves it', () => {
    render(<Harness />);
    const toggle = screen.getByRole('button', { name: 'Projector' });
    fireEvent.click(toggle);
    const region = screen.getByRole('region', { name: 'Demo widget' });
    expect(region.classList.contains('projector')).toBe(true);
    expect(document.body.classList.contains('projector-open')).toBe(true);
    expect(screen.getByRole('button', { name: 'Exit projector' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(region.classList.contains('projector')).toBe(false);
    expect(document.body.classList.contains('projector-open')).toBe(false);
  });

  test('an error inside the widget shows a readable message, and Reset brings it back', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: 'Break it' }));
    expect(screen.getByRole('alert').textContent).toContain('kernel 5 is larger than the padded input 3 + 2·0');
    fireEvent.click(screen.getByRole('button', { name: 'Reset the widget' }));
    expect(screen.getByText('All good')).toBeTruthy();
    spy.mockRestore();
  });
});
