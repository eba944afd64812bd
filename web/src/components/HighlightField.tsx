/**
 * A textarea over a mirrored highlight layer: the layer renders the same text with each finding's
 * span marked, the textarea on top stays a plain, fully accessible form control.
 */
import { forwardRef, useImperativeHandle, useLayoutEffect, useMemo, useRef } from 'react';
import type { LintMessage } from '../../../rules/core/types.ts';
import { segments } from '../lib/fix.ts';

export interface FieldFinding {
  /** Index in the full findings list. */
  index: number;
  message: LintMessage;
}

export interface HighlightFieldHandle {
  focusRange(start: number, end: number): void;
  element(): HTMLTextAreaElement | null;
}

interface Props {
  id: string;
  value: string;
  onChange(value: string): void;
  findings: FieldFinding[];
  activeIndex: number | null;
  onCaret(offset: number): void;
  singleLine?: boolean;
  placeholder?: string;
  describedBy?: string;
  rows?: number;
}

export const HighlightField = forwardRef<HighlightFieldHandle, Props>(function HighlightField(props, ref) {
  const { id, value, onChange, findings, activeIndex, onCaret, singleLine, placeholder, describedBy, rows } = props;
  const area = useRef<HTMLTextAreaElement>(null);
  const backdrop = useRef<HTMLDivElement>(null);

  useImperativeHandle(ref, () => ({
    focusRange(start, end) {
      const el = area.current;
      if (!el) return;
      el.focus();
      el.setSelectionRange(start, end);
      const mark = backdrop.current?.querySelector<HTMLElement>(`mark[data-start="${start}"]`);
      (mark ?? el).scrollIntoView({ block: 'center', behavior: 'smooth' });
    },
    element: () => area.current,
  }));

  // Grow with the text, so the page scrolls and the layer never needs its own scroll sync.
  useLayoutEffect(() => {
    const el = area.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight}px`;
  }, [value]);

  const segs = useMemo(
    () => segments(value, findings.map((f) => f.message)),
    [value, findings],
  );

  let offset = 0;
  return (
    <div className={`hl${singleLine ? ' hl-single' : ''}`}>
      <div className="hl-backdrop" ref={backdrop} aria-hidden="true">
        {segs.map((seg, i) => {
          const start = offset;
          offset += seg.text.length;
          if (seg.finding === null) return <span key={i}>{seg.text}</span>;
          const f = findings[seg.finding]!;
          return (
            <mark
              key={i}
              data-start={start}
              data-rule={f.message.ruleId}
              className={`sev-${seg.severity}${f.index === activeIndex ? ' active' : ''}`}
            >
              {seg.text}
            </mark>
          );
        })}
        {'\u200b'}
      </div>
      <textarea
        id={id}
        ref={area}
        value={value}
        rows={rows ?? (singleLine ? 1 : 14)}
        spellCheck
        placeholder={placeholder}
        aria-describedby={describedBy}
        onChange={(e) => {
          performance.mark('tactful:input');
          onChange(singleLine ? e.target.value.replace(/[\r\n]+/g, ' ') : e.target.value);
        }}
        onKeyDown={(e) => {
          if (singleLine && e.key === 'Enter') e.preventDefault();
        }}
        onSelect={(e) => onCaret(e.currentTarget.selectionStart)}
        onScroll={(e) => {
          if (backdrop.current) backdrop.current.scrollTop = e.currentTarget.scrollTop;
        }}
      />
    </div>
  );
});
