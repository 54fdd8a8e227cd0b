import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acmeService } from '../billing/fixtures.js';
import { buildCreditNote, type InvoiceRecord } from '../../src/core/invoice/index.js';
import { renderXml } from '../../src/render/invoice/einvoice.js';
import { renderPdf } from '../../src/render/invoice/pdf.js';
import { ADDRESSES, billing, invoiceable, Ledger } from './fixtures.js';
import { PdfFile, requireTools, resolver } from './pdf-tools.js';

/**
 * No PDF/A validator can be installed from npm or Debian (veraPDF is in neither), so each
 * PDF/A-3b requirement desk implements is checked on the file as other programs read it:
 * poppler for fonts, text and metadata, qpdf for the objects.
 */
const NAME = 'Seeland 李明 😀 שלום עולם علي حسن AG';

function swissFacturX(): InvoiceRecord {
  const seeland = invoiceable('seeland', [acmeService({ start: '2026-11-01' })], {
    name: NAME,
    address: ADDRESSES.CH,
    vatId: undefined,
    invoiceLanguage: 'en',
    eInvoice: 'factur-x',
  });
  return new Ledger(() => [billing(seeland)]).run('2026-11-01')[0]!;
}

describe('the PDF is PDF/A-3b', () => {
  let record: InvoiceRecord;
  let xml: string;
  let bytes: Uint8Array;
  let pdf: PdfFile;
  beforeAll(async () => {
    requireTools();
    record = swissFacturX();
    xml = await renderXml(record);
    bytes = await renderPdf(record, xml);
    pdf = new PdfFile(bytes);
  });
  afterAll(() => pdf?.cleanup());

  it('says PDF 1.7 in its header and PDF/A-3b in its XMP, and its structure is sound', () => {
    expect(new TextDecoder().decode(bytes.slice(0, 9))).toBe('%PDF-1.7\n');
    expect(bytes[9]).toBe(0x25); // the comment of high bytes that marks a binary file
    expect(bytes[10]).toBeGreaterThan(127);
    const xmp = pdf.xmp();
    expect(xmp.startsWith('<?xpacket begin=')).toBe(true);
    expect(xmp).toContain('<pdfaid:part>3</pdfaid:part>');
    expect(xmp).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(pdf.check()).toContain('No syntax or stream encoding errors found');
    expect(pdf.info()).toMatchObject({ 'PDF version': '1.7', Encrypted: 'no' });
  });

  it('embeds every font it uses, the fallback for Chinese, emoji and right-to-left scripts too', () => {
    const fonts = pdf.fonts();
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(
      expect.arrayContaining(['DejaVuSans', 'DejaVuSans-Bold', 'UnifontExMono']),
    );
    const objects = pdf.objects();
    const get = resolver(objects);
    const fontDicts = Object.values(objects)
      .map((o) => o.value)
      .filter((v) => v?.['/Type'] === '/Font' && v['/Subtype'] === '/Type0');
    for (const f of fontDicts) {
      const descendant = get((f!['/DescendantFonts'] as string[])[0]);
      const descriptor = get(descendant['/FontDescriptor']);
      expect(descriptor['/FontFile2'] ?? descriptor['/FontFile3']).toBeDefined();
      expect(f!['/ToUnicode']).toBeDefined(); // so the text can be read back
    }
  });

  it('prints names in any script: Chinese, emoji, Hebrew and Arabic come back from the text', () => {
    const text = pdf.pages().join('\n');
    for (const word of ['Seeland', '李明', '😀', 'שלום', 'עולם', 'علي', 'حسن', 'AG']) expect(text).toContain(word);
    expect(text).not.toContain('\uFFFD');
    expect(pdf.images().every((size) => size > 1000)).toBe(true);
  });

  it('has document info that matches its XMP: title, producer, creator tool, creation date; no modification date', () => {
    const info = pdf.info();
    const xmp = pdf.xmp();
    expect(info.Title).toBe(`Invoice ${record.number}`);
    expect(xmp).toContain(`<rdf:li xml:lang="x-default">Invoice ${record.number}</rdf:li>`);
    expect(info.Producer).toBe('desk');
    expect(xmp).toContain('<pdf:Producer>desk</pdf:Producer>');
    expect(info.Creator).toBe('desk');
    expect(xmp).toContain('<xmp:CreatorTool>desk</xmp:CreatorTool>');
    expect(xmp).toContain('<xmp:CreateDate>2026-11-01T12:00:00Z</xmp:CreateDate>');
    const trailerInfo = Object.values(pdf.objects())
      .map((o) => o.value)
      .find((v) => v && '/Producer' in v && '/CreationDate' in v)!;
    expect(Object.keys(trailerInfo).sort()).toEqual(['/CreationDate', '/Creator', '/Producer', '/Title']);
  });

  it('has an sRGB output intent with its ICC profile, and uncompressed XMP metadata', () => {
    const objects = pdf.objects();
    const get = resolver(objects);
    const catalog = Object.values(objects)
      .map((o) => o.value)
      .find((v) => v?.['/Type'] === '/Catalog')!;
    const [intentRef] = catalog['/OutputIntents'] as string[];
    const intent = get(intentRef);
    expect(intent).toMatchObject({ '/Type': '/OutputIntent', '/S': '/GTS_PDFA1' });
    const profile = objects[`obj:${String(intent['/DestOutputProfile'])}`]!.stream!.dict;
    expect(profile['/N']).toBe(3);
    const metadata = objects[`obj:${String(catalog['/Metadata'])}`]!.stream!.dict;
    expect(metadata).toMatchObject({ '/Type': '/Metadata', '/Subtype': '/XML' });
    expect(metadata['/Filter']).toBeUndefined();
  });

  it('carries the e-invoice as associated file factur-x.xml (Alternative), declared in its XMP', () => {
    const objects = pdf.objects();
    const get = resolver(objects);
    const catalog = Object.values(objects)
      .map((o) => o.value)
      .find((v) => v?.['/Type'] === '/Catalog')!;
    const [specRef] = catalog['/AF'] as string[];
    const spec = get(specRef);
    expect(spec).toMatchObject({
      '/Type': '/Filespec',
      '/AFRelationship': '/Alternative',
      '/F': 'u:factur-x.xml',
      '/UF': 'u:factur-x.xml',
    });
    const stream = objects[`obj:${String((spec['/EF'] as Record<string, string>)['/F'])}`]!.stream!.dict;
    expect(stream).toMatchObject({ '/Type': '/EmbeddedFile', '/Subtype': '/text/xml' });
    expect((stream['/Params'] as Record<string, string>)['/ModDate']).toBe('u:D:20261101120000Z');
    const names = get(catalog['/Names'])['/EmbeddedFiles'] as { '/Names': string[] };
    expect(names['/Names']).toEqual(['u:factur-x.xml', specRef]);
    const xmp = pdf.xmp();
    expect(xmp).toContain(
      '<pdfaSchema:namespaceURI>urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#</pdfaSchema:namespaceURI>',
    );
    expect(xmp).toContain('<fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>');
    expect(xmp).toContain('<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>');
    expect(xmp).toContain('<fx:DocumentType>INVOICE</fx:DocumentType>');
  });

  it('is made again byte for byte from the record: no clock, no random ids', async () => {
    expect(Buffer.from(await renderPdf(record, await renderXml(record))).equals(Buffer.from(bytes))).toBe(true);
  });

  it('titles a credit note as a credit note', async () => {
    const note = buildCreditNote(record, 'RE-2026-0099', '2026-11-03', 'Wrong customer');
    const file = new PdfFile(await renderPdf(note, await renderXml(note)));
    try {
      expect(file.info().Title).toBe('Credit note RE-2026-0099');
      expect(file.xmp()).toContain('<rdf:li xml:lang="x-default">Credit note RE-2026-0099</rdf:li>');
      expect(file.pages()[0]).toContain('Credit note RE-2026-0099');
    } finally {
      file.cleanup();
    }
  });
});
