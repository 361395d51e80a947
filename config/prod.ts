import type { UserConfigExport } from '@tarojs/cli'

/** Production overrides (minified builds). */
export default {
  mini: {},
  h5: {},
} satisfies UserConfigExport<'webpack5'>
