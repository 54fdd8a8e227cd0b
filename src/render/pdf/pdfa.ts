import PDFDocument from 'pdfkit';
import { Typesetter } from './typesetter.js';

/**
 * A PDF/A-3b document (ISO 19005-3, level B): PDF 1.7 header and XMP that say the same, every
 * font embedded, an sRGB output intent with its ICC profile (pdfkit ships it), document info
 * and XMP metadata that agree (title, producer, creation date), and attachments declared as
 * associated files with their relationship. No clock is read: the document is dated `date`
 * and the file id derives from the info, so the same input gives the same bytes.
 */
export interface PdfMeta {
  title: string;
  /** dc:creator in the XMP: who issued the document. */
  author: string;
  lang: 'de' | 'en';
  /** The issue date (YYYY-MM-DD); the document's creation date is noon UTC of that day. */
  date: string;
}

export interface Attachment {
  name: string;
  content: Uint8Array;
  mime: string;
  relationship: 'Alternative' | 'Data' | 'Source' | 'Supplement';
  description: string;
}

/** XMP for the Factur-X attachment: the extension schema PDF/A needs for custom properties, then the values. */
export function facturXmp(fileName: string, conformance: string): string {
  const property = (name: string, description: string) =>
    `<rdf:li rdf:parseType="Resource"><pdfaProperty:name>${name}</pdfaProperty:name><pdfaProperty:valueType>Text</pdfaProperty:valueType><pdfaProperty:category>external</pdfaProperty:category><pdfaProperty:description>${description}</pdfaProperty:description></rdf:li>`;
  return [
    '<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">',
    '<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">',
    '<pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema>',
    '<pdfaSchema:namespaceURI>urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#</pdfaSchema:namespaceURI>',
    '<pdfaSchema:prefix>fx</pdfaSchema:prefix>',
    '<pdfaSchema:property><rdf:Seq>',
    property('DocumentFileName', 'The name of the embedded XML document'),
    property('DocumentType', 'The type of the hybrid document in capital letters, e.g. INVOICE or ORDER'),
    property('Version', 'The actual version of the standard applying to the embedded XML document'),
    property('ConformanceLevel', 'The conformance level of the embedded XML document'),
    '</rdf:Seq></pdfaSchema:property>',
    '</rdf:li></rdf:Bag></pdfaExtension:schemas>',
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:fx="urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#">',
    '<fx:DocumentType>INVOICE</fx:DocumentType>',
    `<fx:DocumentFileName>${fileName}</fx:DocumentFileName>`,
    '<fx:Version>1.0</fx:Version>',
    `<fx:ConformanceLevel>${conformance}</fx:ConformanceLevel>`,
    '</rdf:Description>',
  ].join('\n');
}

export interface PdfA {
  doc: PDFKit.PDFDocument;
  text: Typesetter;
  /** Attaches a file as an associated file of the document; `xmp` goes into the metadata. */
  attach(a: Attachment, xmp?: string): void;
  finish(): Promise<Uint8Array>;
}

const escapeXml = (s: string) =>
  s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

export function pdfA(meta: PdfMeta): PdfA {
  const at = new Date(`${meta.date}T12:00:00Z`);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 50, bottom: 30, left: 56, right: 56 },
    bufferPages: true,
    compress: true,
    pdfVersion: '1.7',
    subset: 'PDF/A-3b',
    lang: meta.lang === 'de' ? 'de-DE' : 'en-GB',
    displayTitle: true,
    // no font until the typesetter chooses one: never the standard Helvetica, which is not embedded, and
    // not DejaVu either — pdfkit caches a font by its registered name only when no font of the same name
    // came first, so a default DejaVu Sans made it parse the whole font file again at every switch to
    // the regular style (four fifths of an invoice's rendering time)
    font: '',
    // pdfkit writes these into the document info and, unescaped, the XMP alike (so no markup characters in
    // the title); the XMP's pdf:Producer is the Creator, so both are desk
    info: { Title: meta.title.replace(/[<>&]/g, ' '), Creator: 'desk', Producer: 'desk', CreationDate: at },
  });
  doc.appendXML(
    `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator><rdf:Seq><rdf:li>${escapeXml(meta.author)}</rdf:li></rdf:Seq></dc:creator></rdf:Description>`,
  );
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  return {
    doc,
    text: new Typesetter(doc),
    attach(a, xmp) {
      doc.file(Buffer.from(a.content), {
        name: a.name,
        type: a.mime,
        relationship: a.relationship,
        description: a.description,
        creationDate: at,
        modifiedDate: at,
      } as never);
      if (xmp) doc.appendXML(xmp);
    },
    async finish() {
      doc.end();
      await done;
      return new Uint8Array(Buffer.concat(chunks));
    },
  };
}
