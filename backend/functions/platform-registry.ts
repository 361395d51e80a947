import type { Platform } from '../ports/platform'

let installed: Platform | undefined
let lazy: Platform | undefined

/**
 * The local runtime installs its SQLite platform here before calling any function; in the
 * cloud nothing is installed and each function builds its CloudBase platform on first use.
 */
export function installPlatform(platform: Platform | undefined): void {
  installed = platform
}

/** The installed platform, else the one the factory builds (once per process). */
export function currentPlatform(factory: () => Platform): Platform {
  if (installed) return installed
  lazy ??= factory()
  return lazy
}
