import type { evidenceApi } from '../../shared/api/evidence.api'
import { requireUser } from '../domain/access'
import { loadVisibleCase } from '../domain/cases/load-case'
import { attachMedia, listIncidentMedia, type MediaDoc } from '../domain/evidence/media'
import { addWitness, listWitnesses } from '../domain/evidence/witnesses'
import type { Platform } from '../ports/platform'
import type { Handlers } from './context'

async function toItem(platform: Platform, m: MediaDoc) {
  return {
    id: m._id, kind: m.kind, mime: m.mime, size: m.size, sha256: m.sha256, addedByName: m.addedByName,
    addedByRole: m.addedByRole as 'officer', addedAt: m.addedAt, location: m.location, url: await platform.files.url(m.fileId),
  }
}

/** Handlers of the `evidence` function; every action first checks the caller may see the case. */
export const evidenceHandlers: Handlers<typeof evidenceApi> = {
  async attachMedia(input, { platform, caller, now }) {
    const user = requireUser(caller)
    const doc = await loadVisibleCase(platform, user, input.caseId)
    return { media: await toItem(platform, await attachMedia(platform, user, doc, input.fileId, input.location ?? null, now)) }
  },
  async listMedia(input, { platform, caller }) {
    const doc = await loadVisibleCase(platform, requireUser(caller), input.caseId)
    const media = await listIncidentMedia(platform, doc.incidentId)
    return { media: await Promise.all(media.map((m) => toItem(platform, m))) }
  },
  async addWitness(input, { platform, caller, now }) {
    const user = requireUser(caller)
    const doc = await loadVisibleCase(platform, user, input.caseId)
    return { witnesses: await addWitness(platform, user, doc, input.witness, now) }
  },
  async listWitnesses(input, { platform, caller, now }) {
    const user = requireUser(caller)
    const doc = await loadVisibleCase(platform, user, input.caseId)
    return { witnesses: await listWitnesses(platform, user, doc, now) }
  },
}
