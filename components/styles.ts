/** The overlay's CSS, injected into its shadow root (no stylesheet fetch, nothing inherited from X). */
import { SEVERITY_LOOK } from './severity';

const severityRules = Object.entries(SEVERITY_LOOK)
  .map(
    ([severity, look]) => `
  .theme-light .sev-${severity} { --sev-fg: ${look.light.fg}; --sev-bg: ${look.light.bg}; }
  .theme-dark .sev-${severity} { --sev-fg: ${look.dark.fg}; --sev-bg: ${look.dark.bg}; }`,
  )
  .join('');

export const OVERLAY_CSS = `
  .theme-light { --fg: #0f1419; --muted: #45525c; --bg: #ffffff; --line: #cfd9de; --accent: #0b63b0; --btn-bg: #0f1419; --btn-fg: #ffffff; --mark: #fff3a3; --mark-fg: #0f1419; }
  .theme-dark { --fg: #e7e9ea; --muted: #a8b3bd; --bg: #16181c; --line: #3e4349; --accent: #6cb8ff; --btn-bg: #eff3f4; --btn-fg: #0f1419; --mark: #5c4d00; --mark-fg: #fff8d6; }
  ${severityRules}
  * { box-sizing: border-box; }
  .root { font: 15px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: var(--fg); }
  .backdrop { position: fixed; inset: 0; z-index: 2147483646; background: rgba(15, 20, 25, 0.45); display: flex; justify-content: center; align-items: flex-start; padding: 6vh 16px; }
  .panel { background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 16px; width: min(600px, 100%); max-height: 88vh; overflow: auto; padding: 20px 22px; box-shadow: 0 8px 28px rgba(0, 0, 0, 0.35); }
  h2 { font-size: 20px; line-height: 1.25; margin: 0 0 4px; }
  .summary { margin: 0 0 14px; color: var(--muted); }
  .actions { display: flex; gap: 10px; flex-wrap: wrap; margin-bottom: 14px; }
  button { font: inherit; font-weight: 700; border-radius: 999px; padding: 8px 18px; cursor: pointer; border: 1px solid var(--line); background: transparent; color: var(--fg); }
  button.primary { background: var(--btn-bg); color: var(--btn-fg); border-color: var(--btn-bg); }
  button:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
  button[disabled] { opacity: 0.6; cursor: progress; }
  .message { margin: 0 0 12px; padding: 8px 12px; border-radius: 8px; border: 1px solid var(--line); }
  .message.error { border-color: var(--sev-fg, #a3190f); }
  ul.findings { list-style: none; margin: 0; padding: 0; display: grid; gap: 12px; }
  .finding { border: 1px solid var(--line); border-left: 5px solid var(--sev-fg); border-radius: 10px; padding: 12px 14px; }
  .finding-head { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; margin-bottom: 6px; }
  .badge { display: inline-flex; gap: 6px; align-items: center; font-weight: 700; font-size: 13px; color: var(--sev-fg); background: var(--sev-bg); border-radius: 999px; padding: 2px 10px; }
  .category { font-weight: 700; }
  .finding-message { margin: 0 0 6px; font-weight: 600; }
  blockquote { margin: 0 0 8px; padding: 6px 10px; border-left: 3px solid var(--line); color: var(--muted); overflow-wrap: anywhere; white-space: pre-wrap; }
  mark { background: var(--mark); color: var(--mark-fg); border-radius: 3px; padding: 0 2px; }
  .explanation { margin: 0 0 6px; }
  .source { margin: 0 0 8px; color: var(--muted); font-size: 13px; }
  .suggestions { display: flex; gap: 8px; flex-wrap: wrap; }
  .suggestions button { font-weight: 600; padding: 6px 14px; border-color: var(--accent); color: var(--accent); }
  .box-label, .count { font-size: 13px; color: var(--muted); }
  .draft { margin: 0 0 14px; padding: 8px 12px; border: 1px solid var(--line); border-radius: 10px; white-space: pre-wrap; overflow-wrap: anywhere; }
  .draft mark { background: var(--sev-bg); color: var(--fg); border-bottom: 2px solid var(--sev-fg); border-radius: 2px; padding: 0; }
  .source a { color: var(--accent); }
  .mute { display: flex; gap: 8px; flex-wrap: wrap; margin-top: 8px; }
  button.quiet { font-weight: 500; font-size: 13px; padding: 4px 12px; color: var(--muted); }
  .reason { display: grid; gap: 4px; margin: 0 0 12px; font-size: 13px; color: var(--muted); }
  .reason input { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 8px; padding: 6px 10px; }
  .reason input:focus-visible { outline: 3px solid var(--accent); outline-offset: 1px; }
  .privacy { margin: 14px 0 0; color: var(--muted); font-size: 13px; }
  .notices { position: fixed; left: 16px; bottom: 16px; z-index: 2147483647; display: grid; gap: 8px; max-width: min(440px, calc(100vw - 32px)); }
  .notice { display: flex; gap: 10px; align-items: flex-start; background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 10px; padding: 10px 12px; box-shadow: 0 4px 14px rgba(0, 0, 0, 0.25); font-size: 14px; }
  .notice button { padding: 0 8px; border: 0; font-size: 18px; line-height: 1.2; }
  .highlights { position: fixed; inset: 0; pointer-events: none; z-index: 2147483644; }
  .hl { position: fixed; pointer-events: none; border-bottom: 2px solid var(--sev-fg); border-radius: 2px; }
  .hl::before { content: ''; position: absolute; inset: 0; background: var(--sev-fg); opacity: 0.16; }
  .hints { position: fixed; z-index: 2147483645; }
  button.hint-indicator { display: inline-flex; gap: 4px; align-items: center; justify-content: center; min-width: 28px; height: 28px; padding: 0 7px; font-size: 13px; line-height: 1; color: var(--sev-fg); background: var(--sev-bg); border: 2px solid var(--sev-fg); }
  button.hint-indicator:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
  .hint-list { position: absolute; right: 0; top: 34px; width: min(420px, calc(100vw - 32px)); max-height: 60vh; overflow: auto; background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 12px; padding: 12px 14px; box-shadow: 0 6px 20px rgba(0, 0, 0, 0.3); }
  .hints.above .hint-list { top: auto; bottom: 34px; }
  .hint-list-head { display: flex; justify-content: space-between; align-items: center; gap: 8px; }
  .hint-list h2 { font-size: 16px; margin: 0; }
  .hint-list .summary { margin: 4px 0 10px; font-size: 13px; }
`;
