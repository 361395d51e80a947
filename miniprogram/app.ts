import Taro from '@tarojs/taro'
import type { PropsWithChildren } from 'react'
import '../shared/api/zod-locale'
import './app.css'
import { flushReportsOnReconnect } from './services/report'

/* The cloud SDK exists only in the mini-program; H5 talks to the local runtime over HTTP. */
if (process.env.TARO_ENV === 'weapp') {
  Taro.cloud.init({ env: CLOUD_ENV, traceUser: true })
}

flushReportsOnReconnect()

/** The app shell: Taro renders the current page as children. */
export default function App({ children }: PropsWithChildren) {
  return children
}
