/** pdfmake styles shared by the generated documents. */
export const PDF_STYLES = {
  title: { fontSize: 18, alignment: 'center', margin: [0, 0, 0, 6] },
  subtitle: { fontSize: 10, alignment: 'center', color: '#555555', margin: [0, 0, 0, 14] },
  h1: { fontSize: 14, margin: [0, 12, 0, 6] },
  h2: { fontSize: 12, margin: [0, 8, 0, 4] },
  label: { color: '#333333', fillColor: '#f2f2f2' },
  muted: { fontSize: 9, color: '#666666' },
}

/** A two-column table of label and value rows (labels shaded, long values wrap). */
export function fieldTable(rows: ReadonlyArray<readonly [string, string]>, labelWidth = 90): Record<string, unknown> {
  return {
    table: { widths: [labelWidth, '*'], body: rows.map(([label, value]) => [{ text: label, style: 'label' }, { text: value || '—' }]) },
    layout: { hLineColor: () => '#999999', vLineColor: () => '#999999', paddingTop: () => 4, paddingBottom: () => 4 },
    margin: [0, 0, 0, 8],
  }
}

/** A page footer: the document's name and "第 n 页 / 共 m 页". */
export function pageFooter(name: string): (page: number, pages: number) => Record<string, unknown> {
  return (page, pages) => ({ text: `${name}　第 ${page} 页 / 共 ${pages} 页`, alignment: 'center', fontSize: 8, color: '#888888', margin: [0, 10, 0, 0] })
}

/** A file size in words (KB with one decimal, MB above 1 MB). */
export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`
}
