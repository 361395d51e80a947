import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import prodConfig from './prod'

const root = path.resolve(__dirname, '..')
/** The repo-level shared/ folder lives outside sourceRoot, so both builds must be told to compile it. */
const sharedDir = path.join(root, 'shared')
const platform = process.env.TARO_ENV || 'weapp'

/* NutUI is designed at 375 px; our own styles at 750 (Taro's default). */
function designWidth(input?: unknown): number {
  const file = (input as { file?: string } | undefined)?.file ?? ''
  return file.replace(/\\+/g, '/').includes('@nutui') ? 375 : 750
}

/** Taro build configuration for weapp (dist/weapp) and H5 (dist/h5). */
export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'green-channel',
    date: '2025-1-1',
    designWidth,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'miniprogram',
    outputRoot: `dist/${platform}`,
    plugins: [],
    defineConstants: {
      CLOUD_ENV: JSON.stringify(process.env.TCB_ENV || 'dev'),
      SUBSCRIBE_CASE_UPDATE: JSON.stringify(process.env.SUBSCRIBE_CASE_UPDATE || ''),
      SUBSCRIBE_NEW_REPORT: JSON.stringify(process.env.SUBSCRIBE_NEW_REPORT || ''),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      optimizeMainPackage: { enable: true },
      /* NutUI's per-component stylesheets reach pages in different orders; their rules do not overlap. */
      miniCssExtractPluginOption: { ignoreOrder: true },
      compile: { include: [sharedDir] },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      compile: { include: [sharedDir] },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      /* Taro splits only initial chunks on H5, so every lazily loaded page carried its own copy of
         zod, the shared schemas and NutUI; splitting async chunks too lets pages share them. */
      webpackChain(chain) {
        chain.optimization.splitChunks({ ...chain.optimization.get('splitChunks'), chunks: 'all' })
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
  }
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})
