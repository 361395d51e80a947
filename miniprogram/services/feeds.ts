import { outboxApi } from '../../shared/api/outbox.api'
import { userApi } from '../../shared/api/user.api'
import { callFunction } from './call'

/** 服务群消息（未配置企业微信群机器人时在此显示）. */
export async function serviceGroupFeed() {
  return (await callFunction(outboxApi, 'serviceGroupFeed', { limit: 50 })).messages
}

/** 我的消息（订阅消息在本地环境的投递记录）. */
export async function myMessages() {
  return (await callFunction(userApi, 'messages', { limit: 50 })).messages
}

/** One rendered line of a WeCom markdown message. */
export interface FeedLine {
  text: string
  tone: 'heading' | 'quote' | 'warning' | 'comment' | 'plain'
}

/** Render WeCom robot markdown (headings, quotes, bold, <font color>) as plain styled lines. */
export function renderWecomMarkdown(markdown: string): FeedLine[] {
  return markdown.split('\n').filter((l) => l.trim()).map((line) => {
    const tone: FeedLine['tone'] = line.startsWith('#') ? 'heading' : /color="warning"/.test(line) ? 'warning' : /color="comment"/.test(line) ? 'comment' : line.startsWith('>') ? 'quote' : 'plain'
    const text = line.replace(/^#+\s*/, '').replace(/^>\s*/, '').replace(/<\/?font[^>]*>/g, '').replace(/\*\*/g, '')
    return { text, tone }
  })
}
