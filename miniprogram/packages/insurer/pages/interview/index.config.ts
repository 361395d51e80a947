/** Page configuration: the navigation bar title. */
export default definePageConfig({
  navigationBarTitleText: '调查笔录',
})
