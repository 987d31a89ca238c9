/** Files the user downloads or picks: created and read in the page, never sent anywhere. */

export function downloadText(filename: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Settings and calendars are small; anything bigger than this is not what the user meant to pick. */
export const MAX_FILE_BYTES = 5_000_000;

export async function readPickedFile(input: HTMLInputElement): Promise<{ name: string; text: string } | { error: 'none' | 'too-big' }> {
  const file = input.files?.[0];
  if (!file) return { error: 'none' };
  if (file.size > MAX_FILE_BYTES) return { error: 'too-big' };
  return { name: file.name, text: await file.text() };
}

/** "2026-05-07": for file names. */
export const today = (): string => new Date().toISOString().slice(0, 10);
