/** One finding: what (category, severity, message), where (the quoted span), why (explanation, source), and what instead. */
import type { Finding } from '../utils/engine/types';
import { CATEGORY_LABEL } from './category';
import { SEVERITY_LOOK } from './severity';

const CONTEXT = 30;

export interface FindingItemProps {
  finding: Finding;
  text: string;
  busy: boolean;
  onApply(finding: Finding, replacement: string): void;
}

export function FindingItem({ finding, text, busy, onApply }: FindingItemProps) {
  const look = SEVERITY_LOOK[finding.severity];
  const before = text.slice(Math.max(0, finding.start - CONTEXT), finding.start);
  const after = text.slice(finding.end, finding.end + CONTEXT);
  // Suggestions only apply to the draft, not to the post being quoted.
  const suggestions = finding.in === 'quoted' ? [] : finding.suggestions;
  return (
    <li class={`finding sev-${finding.severity}`} data-rule={finding.ruleId} data-category={finding.category}>
      <div class="finding-head">
        <span class="badge" data-field="severity" data-severity={finding.severity}>
          <span aria-hidden="true">{look.icon}</span>
          {look.label}
        </span>
        <span class="category" data-field="category">{CATEGORY_LABEL[finding.category]}</span>
      </div>
      <p class="finding-message">{finding.message}</p>
      <blockquote aria-label={finding.in === 'quoted' ? 'In the post you are quoting' : 'In your post'}>
        {finding.start > CONTEXT ? '…' : ''}
        {before}
        <mark data-field="span">{text.slice(finding.start, finding.end)}</mark>
        {after}
        {finding.end + CONTEXT < text.length ? '…' : ''}
      </blockquote>
      <p class="explanation">{finding.explanation}</p>
      <p class="source">Source: {finding.source}</p>
      {suggestions.length > 0 && (
        <div class="suggestions" role="group" aria-label="Suggestions">
          {suggestions.map((replacement) => (
            <button type="button" disabled={busy} onClick={() => onApply(finding, replacement)}>
              {replacement === '' ? 'Remove it' : `Replace with “${replacement}”`}
            </button>
          ))}
        </div>
      )}
    </li>
  );
}
