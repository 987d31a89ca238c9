/** The human side of the check CLI: a request from command-line options, findings as readable lines. */
import type { CheckRequest } from '../engine/request';
import type { Finding } from '../engine/types';

export interface HumanOptions {
  platform?: string;
  surface?: string;
  account?: string;
  /** Repeatable: each committee the author sits on, as the council names it. */
  committee?: string[];
  name?: string;
  /** Repeatable: the author's own phone numbers or email addresses (fine to publish). */
  ownContact?: string[];
}

/** The request the options describe; the engine's schema validates it, so a bad value is reported with its field. */
export function humanRequest(text: string, options: HumanOptions): CheckRequest {
  const profile = {
    ...(options.name !== undefined ? { name: options.name } : {}),
    ...(options.committee?.length ? { committees: options.committee } : {}),
    ...(options.ownContact?.length ? { ownContacts: options.ownContact } : {}),
  };
  const context = Object.fromEntries(
    Object.entries({ platform: options.platform, surface: options.surface, account: options.account }).filter(([, value]) => value !== undefined),
  );
  return { text, ...context, ...(Object.keys(profile).length ? { profile } : {}) } as CheckRequest;
}

export function formatFindings(text: string, findings: Finding[], quoted = ''): string {
  if (findings.length === 0) return 'No findings.';
  return findings
    .map((finding) => {
      const source = finding.in === 'quoted' ? quoted : text;
      const where = `${finding.in === 'quoted' ? 'quoted ' : ''}${finding.start}-${finding.end}`;
      const lines = [
        `${finding.severity.toUpperCase()} ${finding.category} (${finding.ruleId}) at ${where}: "${source.slice(finding.start, finding.end)}"`,
        `  ${finding.message}`,
        `  Why: ${finding.explanation}`,
        `  Source: ${finding.source}`,
      ];
      for (const suggestion of finding.suggestions) lines.push(`  Try: ${suggestion === '' ? '(remove it)' : suggestion}`);
      if (finding.rewrite) lines.push(`  Try: ${finding.rewrite.text === '' ? '(remove this sentence)' : `rewrite the sentence as "${finding.rewrite.text}"`}`);
      return lines.join('\n');
    })
    .join('\n\n');
}
