export default definePageConfig({ navigationBarTitleText: '服务群消息' })
