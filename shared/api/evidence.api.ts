import { z } from 'zod'
import { ZRole } from '../roles'
import { action, defineFunction, ZId } from './define'
import { ZWitness } from './report.schema'

/** A photo or video as the case page shows it, with a short-lived URL. */
export const ZMediaItem = z.object({
  id: z.string(),
  kind: z.enum(['photo', 'video']),
  mime: z.string(),
  size: z.number(),
  sha256: z.string(),
  addedByName: z.string(),
  addedByRole: ZRole,
  addedAt: z.string(),
  location: z.object({ latitude: z.number(), longitude: z.number() }).nullable(),
  url: z.string(),
})
/** A media item for display. */
export type TMediaItem = z.infer<typeof ZMediaItem>

const ZLocation = z.object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) })

/** `evidence`: photos, videos and witnesses of an incident. */
export const evidenceApi = defineFunction({
  name: 'evidence',
  summary: '现场证据 (photos, videos, witnesses)',
  actions: {
    attachMedia: action({
      summary: 'Attach an uploaded photo or video (by file id) to a case\'s incident; the server checks type and size and records a SHA-256 of the bytes.',
      access: ['officer', 'insurer'],
      input: z.object({ caseId: ZId, fileId: z.string().min(1).max(512), location: ZLocation.optional() }),
      output: z.object({ media: ZMediaItem }),
    }),
    listMedia: action({
      summary: 'Photos and videos of a case\'s incident with temporary URLs.',
      access: 'signed-in',
      input: z.object({ caseId: ZId }),
      output: z.object({ media: z.array(ZMediaItem) }),
    }),
    addWitness: action({
      summary: 'Add a witness to a case\'s incident.',
      access: ['officer', 'insurer'],
      input: z.object({ caseId: ZId, witness: ZWitness }),
      output: z.object({ witnesses: z.array(ZWitness) }),
    }),
    listWitnesses: action({
      summary: 'Witnesses of a case\'s incident (officer, insurer and bureau only; each view is audited).',
      access: ['officer', 'insurer', 'bureau'],
      input: z.object({ caseId: ZId }),
      output: z.object({ witnesses: z.array(ZWitness) }),
    }),
  },
})
