/** Page configuration: the navigation bar title. */
export default definePageConfig({
  navigationBarTitleText: '现场调查',
})
