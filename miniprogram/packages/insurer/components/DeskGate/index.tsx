import type { ReactNode } from 'react'
import type { TMe } from '../../../../../shared/api/user.api'
import { CaseGate } from '../../../../components/CaseGate'
import type { SessionState } from '../../../../hooks/useSessionUser'
import type { InsurerWorkspace } from '../../../../services/insurer'
import type { WorkspaceLoad } from '../../lib/useWorkspace'

/** Props of DeskGate. */
export interface DeskGateProps {
  caseId: string
  session: SessionState & { reload: () => void }
  load: WorkspaceLoad
  onRetry: () => void
  children: (data: InsurerWorkspace, me: TMe) => ReactNode
}

/** A desk page's gate: the shared CaseGate over the insurer's workspace data. */
export function DeskGate(props: DeskGateProps) {
  return <CaseGate {...props} className='page desk' />
}
