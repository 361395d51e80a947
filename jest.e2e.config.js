// End-to-end tests: one local runtime (`npm start`'s code, H5 build included) and real headless Chromium.
module.exports = {
  displayName: 'e2e',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/tests/e2e/**/*.e2e.test.ts'],
  transform: { '^.+\\.[tj]sx?$': 'babel-jest' },
  globalSetup: '<rootDir>/tests/e2e/global-setup.ts',
  globalTeardown: '<rootDir>/tests/e2e/global-teardown.ts',
  testTimeout: 60_000,
  maxWorkers: 1,
}
