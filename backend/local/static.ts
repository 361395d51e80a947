import { createReadStream, existsSync, statSync } from 'node:fs'
import type { ServerResponse } from 'node:http'
import path from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg',
  '.svg': 'image/svg+xml', '.ico': 'image/x-icon', '.woff': 'font/woff', '.woff2': 'font/woff2', '.ttf': 'font/ttf', '.mp4': 'video/mp4', '.mov': 'video/quicktime', '.webp': 'image/webp', '.heic': 'image/heic', '.pdf': 'application/pdf',
}

/** Serve a file from below root (no path escapes); returns false when there is no such file. */
export function serveFile(res: ServerResponse, root: string, urlPath: string): boolean {
  const relative = decodeURIComponent(urlPath).replace(/^\/+/, '') || 'index.html'
  const target = path.resolve(root, relative)
  if (!target.startsWith(path.resolve(root) + path.sep) || !existsSync(target) || !statSync(target).isFile()) return false
  sendFile(res, target, relative === 'index.html' ? 'no-cache' : 'public, max-age=3600')
  return true
}

/** Stream one file with its content type. */
export function sendFile(res: ServerResponse, target: string, cacheControl: string): void {
  res.writeHead(200, { 'content-type': TYPES[path.extname(target).toLowerCase()] ?? 'application/octet-stream', 'cache-control': cacheControl })
  createReadStream(target).pipe(res)
}
