/**
 * Every error the backend returns has a stable code (clients switch on it) and a Chinese
 * message (users read it). Codes never change meaning once published.
 */
export const ERROR_MESSAGES = {
  'REQUEST.INVALID': '请求内容不正确',
  'REQUEST.UNKNOWN_ACTION': '不支持的操作',
  'REQUEST.TOO_LARGE': '提交的内容过长',
  'AUTH.UNAUTHENTICATED': '请先登录',
  'AUTH.NOT_BOUND': '账号尚未绑定身份',
  'AUTH.FORBIDDEN': '没有权限执行此操作',
  'AUTH.DEV_SIGNIN_DISABLED': '生产环境不允许开发登录',
  'CASE.NOT_FOUND': '案件不存在',
  'CASE.INVALID_TRANSITION': '当前状态下不能执行此操作',
  'CASE.ROLE_NOT_ALLOWED': '您的角色不能执行此操作',
  'CASE.GUARD_FAILED': '前置条件未满足',
  'CASE.VERSION_CONFLICT': '案件已被他人更新，请刷新后重试',
  'CASE.USE_WORKFLOW': '此操作需在商保工作台按流程完成',
  'ENTERPRISE.NOT_FOUND': '企业不在优质企业名单中',
  'ENTERPRISE.NOT_ACTIVE': '企业已暂停或移出优质企业名单',
  'USER.NOT_FOUND': '用户不存在',
  'REPORT.ACCIDENT_IN_FUTURE': '事故时间不能晚于当前时间',
  'REPORT.ACCIDENT_TOO_OLD': '事故发生已超过一年，请联系区人社局办理',
  'REPORT.HOSPITAL_NOT_FOUND': '请选择定点医院',
  'REPORT.NO_ENTERPRISE': '您的账号未绑定优质企业，不能报案',
  'ROSTER.NOT_FOUND': '参保名册中没有这名职工',
  'ROSTER.FILE_UNREADABLE': '无法读取名册文件，请导入 .xlsx 或 CSV 文件',
  'ROSTER.MISSING_COLUMN': '名册缺少必需的列',
  'ROSTER.TOO_LARGE': '名册文件过大：一次最多导入200000行、20MB',
  'ROSTER.FILE_CHANGED': '文件与预览时不一致，请重新预览后再确认导入',
  'REPORT.DUPLICATE_WORKER': '同一名职工在本次报案中重复出现',
  'BIND.NO_MATCH': '姓名、身份证号与手机号未能匹配到参保名册或案件',
  'BIND.CODE_INVALID': '验证码不正确或已过期',
  'BIND.ALREADY_BOUND': '该微信账号已绑定其他身份',
  'BIND.USE_WECHAT': '请使用微信授权手机号完成验证',
  'MEDIA.NOT_FOUND': '上传的文件不存在，请重新上传',
  'MEDIA.UNSUPPORTED_TYPE': '只能上传照片（JPG、PNG、WebP、HEIC）或视频（MP4、MOV）',
  'MEDIA.TOO_LARGE': '文件过大',
  'OUTBOX.NOT_FOUND': '消息不存在',
  'OUTBOX.NOT_FAILED': '只有发送失败的消息可以重发',
  'INSURER.NOT_ASSIGNEE': '案件未分配给您，请先认领或请主管指派',
  'INSURER.ALREADY_ASSIGNED': '案件已由其他调查员认领',
  'INSURER.NOT_SUPERVISOR': '只有主管可以指派案件',
  'INSURER.AGENT_NOT_FOUND': '指派对象不是商保公司调查员',
  'INSURER.NOT_INVESTIGATING': '请先开始现场调查',
  'INSURER.WITNESS_NOT_FOUND': '证人不存在，请先在证据中添加证人',
  'INSURER.EVIDENCE_NOT_FOUND': '所选照片或视频不属于本案',
  'INSURER.SIGNATURE_INVALID': '证人签名必须是PNG图片',
  'INSURER.SUMMARY_MISSING': '请先保存首跟资料汇总',
  'INSURER.FILE_UNSUPPORTED': '只能上传PDF或图片（JPG、PNG）',
  'INSURER.PACKAGE_INCOMPLETE': '工伤认定申请材料不全，不能提交',
  'PDF.FONT_UNAVAILABLE': 'PDF中文字体未配置，暂时无法生成PDF',
  'INTERNAL': '系统繁忙，请稍后再试',
  'NETWORK': '网络异常，请检查网络后重试',
} as const

/** A stable error code. */
export type ErrorCode = keyof typeof ERROR_MESSAGES

/** An error with a stable code and a Chinese message, safe to show to users. */
export class AppError extends Error {
  /** Create an error; the message defaults to the code's standard Chinese text. */
  constructor(
    readonly code: ErrorCode,
    message: string = ERROR_MESSAGES[code],
    readonly details?: unknown,
  ) {
    super(message)
    this.name = 'AppError'
  }
}

/** True when the value is an AppError (also across bundle copies of this class). */
export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError || (typeof value === 'object' && value !== null && (value as { name?: string }).name === 'AppError' && typeof (value as { code?: unknown }).code === 'string')
}
