import { Cron } from 'croner'
import type { LoadedFunction } from './functions'

/**
 * CloudBase timer triggers use 7 fields (second minute hour day month weekday year); croner
 * takes the first six. A year other than '*' is not supported locally and is refused loudly.
 */
export function toCronerPattern(cloudbaseCron: string): string {
  const fields = cloudbaseCron.trim().split(/\s+/)
  if (fields.length !== 7) throw new Error(`timer cron must have 7 fields: "${cloudbaseCron}"`)
  if (fields[6] !== '*') throw new Error(`a year field other than * is not supported locally: "${cloudbaseCron}"`)
  return fields.slice(0, 6).join(' ')
}

/** Start every function's timer triggers in process (Asia/Shanghai); returns a stop function. */
export function startTimers(functions: Iterable<LoadedFunction>, log: (line: string) => void = console.log): () => void {
  const jobs: Cron[] = []
  for (const fn of functions) {
    for (const trigger of fn.config.triggers ?? []) {
      if (trigger.type !== 'timer') continue
      const job = new Cron(toCronerPattern(trigger.config), { timezone: 'Asia/Shanghai', protect: true }, async () => {
        const result = await fn.main({ Type: 'Timer', TriggerName: trigger.name, Time: new Date().toISOString() }, { function_name: fn.name })
        if (!result.ok) log(`timer ${fn.name}/${trigger.name} failed: ${result.code} ${result.message}`)
      })
      jobs.push(job)
      log(`timer ${fn.name}/${trigger.name}: ${trigger.config}`)
    }
  }
  return () => jobs.forEach((job) => job.stop())
}
