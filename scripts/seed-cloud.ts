import { createCloudbasePlatform } from '../backend/adapters/cloudbase/platform'
import { seedReferenceData } from '../backend/domain/seed'

/*
 * Seed a CloudBase environment with the whitelist (and the demo hospitals and insurer, marked as
 * demo data, until the bureau enters real ones). Needs TCB_ENV, TENCENTCLOUD_SECRETID and
 * TENCENTCLOUD_SECRETKEY. Running it again writes nothing that exists already.
 */
async function main(): Promise<void> {
  for (const name of ['TCB_ENV', 'TENCENTCLOUD_SECRETID', 'TENCENTCLOUD_SECRETKEY']) {
    if (!process.env[name]) throw new Error(`${name} is not set`)
  }
  const platform = createCloudbasePlatform(process.env, { secretId: process.env.TENCENTCLOUD_SECRETID, secretKey: process.env.TENCENTCLOUD_SECRETKEY })
  const written = await seedReferenceData(platform.store, new Date())
  console.log(`seeded ${written} reference documents into ${process.env.TCB_ENV}`)
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
