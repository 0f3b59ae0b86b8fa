/**
 * Runs `fn` over `items`, at most `limit` at a time (file work: one at a time leaves the disk
 * and the thread pool idle, all at once runs out of file handles). After a failure no new item
 * starts; the ones running are awaited, so nothing is still writing when the first error is
 * thrown and the caller cleans up.
 */
export async function eachLimited<T>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<unknown>,
): Promise<void> {
  let next = 0
  let failure: { error: unknown } | null = null
  const worker = async () => {
    while (!failure && next < items.length) {
      const index = next++
      try {
        await fn(items[index], index)
      } catch (error) {
        failure ??= { error }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  if (failure) throw (failure as { error: unknown }).error
}
