import type { UserConfigExport } from '@tarojs/cli'

/* `npm run dev:h5` serves the H5 build; the API lives in the local backend (npm start),
   so its two path prefixes are proxied there. */
const apiOrigin = process.env.LOCAL_API_ORIGIN || 'http://127.0.0.1:8787'

/** Development overrides (watch builds). */
export default {
  logger: { quiet: false, stats: true },
  mini: {},
  h5: {
    devServer: {
      proxy: [{ context: ['/api', '/dev'], target: apiOrigin, changeOrigin: true }],
    },
  },
} satisfies UserConfigExport<'webpack5'>
