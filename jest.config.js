// Two projects: node-side tests (shared domain, backend on SQLite, CloudBase contract tests)
// and component tests in jsdom. End-to-end tests have their own config (jest.e2e.config.js).
// @tarojs/components/lib/react ships its own pnpm tree (node_modules/.pnpm/…/tslib, ESM only), hence '\\.pnpm' and 'tslib'.
const transformAllow = ['@tarojs', '@stencil', 'swiper', '@nutui', '@nutui/icons-react-taro', 'lodash-es', 'classnames', '\\.pnpm', 'tslib']

module.exports = {
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/{shared,backend,contract,scripts}/**/*.test.ts'],
      transform: { '^.+\\.[tj]sx?$': 'babel-jest' },
    },
    {
      displayName: 'components',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/components/**/*.test.{ts,tsx}'],
      setupFilesAfterEnv: ['<rootDir>/tests/support/components.setup.ts'],
      // swiper (pulled in by @tarojs/components) ships .mjs only.
      transform: { '^.+\\.(mjs|[tj]sx?)$': 'babel-jest' },
      transformIgnorePatterns: [`/node_modules/(?!(${transformAllow.join('|')})/)`],
      moduleNameMapper: {
        '^@tarojs/components$': '@tarojs/components/lib/react',
        '^@tarojs/taro$': '<rootDir>/tests/support/taro.mock.ts',
        '\\.(css|scss|less)$': '<rootDir>/tests/support/style.mock.js',
      },
      globals: {
        ENABLE_INNER_HTML: true,
        ENABLE_ADJACENT_HTML: true,
        ENABLE_SIZE_APIS: true,
        ENABLE_TEMPLATE_CONTENT: true,
        ENABLE_CLONE_NODE: true,
        ENABLE_CONTAINS: true,
        ENABLE_MUTATION_OBSERVER: true,
        DEPRECATED_ADAPTER_COMPONENT: false,
        TARO_ENV: 'h5',
      },
    },
  ],
}
