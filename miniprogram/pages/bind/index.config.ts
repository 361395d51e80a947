export default definePageConfig({ navigationBarTitleText: '绑定职工身份' })
