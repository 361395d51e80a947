import type { InsurerWorkspace } from '../../../services/insurer'
import type { InsurerPage } from './routes'

/** One step of the desk's work on a case, with where it stands. */
export function deskSteps(ws: InsurerWorkspace): { key: InsurerPage; title: string; status: string; done: boolean }[] {
  const inv = ws.investigation
  const doneItems = inv.items.filter((i) => i.done).length
  const pkg = ws.package
  const verified = ws.verification ? (ws.verification.insured ? '已确认参保' : '已更正为未参保') : '待核实参保'
  return [
    { key: 'verify', title: '核实参保 · 首跟资料汇总', status: `${verified}；${ws.summary.saved ? '汇总已保存' : '汇总待填写'}`, done: Boolean(ws.verification?.insured) && ws.summary.saved },
    { key: 'investigation', title: '现场调查（24小时内）', status: inv.completedAt ? '调查已完成' : inv.started ? `已完成${doneItems}/${inv.items.length}项` : '未开始', done: Boolean(inv.completedAt) },
    { key: 'package', title: '工伤认定申请材料', status: pkg.submitted ? '申请已提交' : pkg.ready ? '必备材料齐全，可提交' : `缺少${pkg.missingRequired.length}项必备材料`, done: Boolean(pkg.submitted) },
  ]
}
