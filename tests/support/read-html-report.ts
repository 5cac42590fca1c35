import { readFileSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/**
 * The text inside Playwright's HTML report: index.html embeds its data as a base64 zip, so a secret
 * there would not show in a plain search. Returns every entry of that zip, inflated, joined.
 */
export function readHtmlReportData(reportDir: string): string {
  const html = readFileSync(path.join(reportDir, 'html', 'index.html'), 'utf8');
  return [html, ...readHtmlReportEntries(html)].join('\n');
}

/** The inflated entries of the zip an index.html embeds (report.json and one JSON per spec file); none when it embeds none. */
export function readHtmlReportEntries(html: string): string[] {
  const match = /data:application\/zip;base64,([A-Za-z0-9+/=]+)/.exec(html);
  return match ? unzipEntries(Buffer.from(match[1]!, 'base64')) : [];
}

/** Reads a zip's local file entries (stored or deflated): enough for Playwright's report data. */
function unzipEntries(zip: Buffer): string[] {
  const out: string[] = [];
  let offset = 0;
  while (offset + 30 <= zip.length && zip.readUInt32LE(offset) === 0x04034b50) {
    const method = zip.readUInt16LE(offset + 8);
    let compressedSize = zip.readUInt32LE(offset + 18);
    const nameLength = zip.readUInt16LE(offset + 26);
    const extraLength = zip.readUInt16LE(offset + 28);
    const start = offset + 30 + nameLength + extraLength;
    if (compressedSize === 0 && (zip.readUInt16LE(offset + 6) & 0x08)) {
      // Sizes follow the data in a descriptor: find the next local header or central directory.
      let end = start;
      while (end + 4 <= zip.length && zip.readUInt32LE(end) !== 0x04034b50 && zip.readUInt32LE(end) !== 0x02014b50) end++;
      compressedSize = end - start - 16;
      const data = zip.subarray(start, start + compressedSize);
      out.push(method === 8 ? zlib.inflateRawSync(data).toString('utf8') : data.toString('utf8'));
      offset = end;
      continue;
    }
    const data = zip.subarray(start, start + compressedSize);
    out.push(method === 8 ? zlib.inflateRawSync(data).toString('utf8') : data.toString('utf8'));
    offset = start + compressedSize;
  }
  return out;
}
