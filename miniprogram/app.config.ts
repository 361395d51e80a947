/** App configuration: pages, one subpackage per desk role, privacy declarations. */
export default defineAppConfig({
  pages: ['pages/sign-in/index', 'pages/home/index', 'pages/case/index', 'pages/report/index', 'pages/bind/index', 'pages/messages/index', 'pages/roster/index'],
  /* One subpackage per desk role: officers and workers never download the desks' code. */
  subPackages: [
    {
      root: 'packages/insurer',
      pages: ['pages/home/index', 'pages/hotline/index', 'pages/case/index', 'pages/verify/index', 'pages/investigation/index', 'pages/interview/index', 'pages/package/index'],
    },
    { root: 'packages/feed', pages: ['pages/index/index'] },
    { root: 'packages/hospital', pages: ['pages/home/index'] },
    { root: 'packages/bureau', pages: ['pages/home/index'] },
  ],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '工伤绿色通道',
    navigationBarTextStyle: 'black',
  },
  __usePrivacyCheck__: true,
  requiredPrivateInfos: ['getLocation'],
  permission: {
    'scope.userLocation': { desc: '用于在工伤报案时记录事故发生地点' },
  },
  lazyCodeLoading: 'requiredComponents',
})
