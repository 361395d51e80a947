import { useState } from 'react'
import { describeFailure, toast } from './outcome'

/**
 * Run one desk action at a time: busy while it runs, a toast when done, and on failure the
 * Chinese message inline; a version conflict also reloads the page's data so nothing stale is
 * sent again.
 */
export function useDeskAction(reload: () => void) {
  const [busy, setBusy] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  async function run<T>(key: string, action: () => Promise<T>, done?: string): Promise<T | null> {
    if (busy) return null
    setBusy(key)
    setNotice(null)
    try {
      const result = await action()
      if (done) toast(done)
      return result
    } catch (error) {
      const failure = describeFailure(error)
      setNotice(failure.message)
      toast(failure.message)
      if (failure.reload) reload()
      return null
    } finally {
      setBusy(null)
    }
  }

  return { busy, notice, setNotice, run }
}
