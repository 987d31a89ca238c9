/**
 * Runs `task` over `items`, at most `limit` at a time, in order. The first failure stops the
 * rest: the signal passed to each task aborts, and that failure is what rejects. (A refresh is
 * all-or-nothing, so there is no point finishing requests whose answers will be thrown away.)
 */
export async function mapLimited<T, R>(items: readonly T[], limit: number, task: (item: T, signal: AbortSignal) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  const stop = new AbortController();
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (!failure && next < items.length) {
      const index = next++;
      try {
        results[index] = await task(items[index]!, stop.signal);
      } catch (error) {
        failure ??= { error };
        stop.abort();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failure) throw failure.error;
  return results;
}
