/** The human side of the check CLI: findings as readable lines. */
import type { Finding } from '../engine/types';

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
