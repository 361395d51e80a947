import { z } from 'zod'

/* Zod's default messages are English; users read these, so switch zod to Simplified Chinese once. */
z.config(z.locales.zhCN())
