import {
  AlignmentType,
  Document,
  Footer,
  Header,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

/** GB/T 9704: 仿宋 for body text, 宋体/小标宋 for titles (eastAsia fonts; Latin text follows). */
const bodyFont = { ascii: 'Times New Roman', eastAsia: '仿宋_GB2312', hAnsi: 'Times New Roman' };
const titleFont = {
  ascii: 'Times New Roman',
  eastAsia: '方正小标宋简体',
  hAnsi: 'Times New Roman',
};
const BODY = 32; // 三号 = 16 pt, in half-points
const TABLE = 24; // 小四 = 12 pt

export interface FormDocument {
  title: string;
  /** Label/value rows of the form (登记表); a value may span several paragraphs. */
  rows: [label: string, value: string][];
  /** Free paragraphs after the form (e.g. the step timeline). */
  sections?: { heading: string; lines: string[] }[];
  /** Printed at the top and bottom of every page: who made the copy and when. */
  mark: string;
}

const text = (value: string, size = TABLE, bold = false) =>
  value
    .split('\n')
    .map(
      (line) =>
        new Paragraph({ children: [new TextRun({ text: line, font: bodyFont, size, bold })] }),
    );

/** A form such as 信访件登记表 as .docx: title, a two-column table, sections, a marked header/footer. */
export async function formDocx(form: FormDocument): Promise<Buffer> {
  const mark = () => [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: form.mark, font: bodyFont, size: 18, color: 'C00000' })],
    }),
  ];
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: form.rows.map(
      ([label, value]) =>
        new TableRow({
          children: [
            new TableCell({
              width: { size: 22, type: WidthType.PERCENTAGE },
              children: text(label, TABLE, true),
            }),
            new TableCell({
              width: { size: 78, type: WidthType.PERCENTAGE },
              children: text(value || '—'),
            }),
          ],
        }),
    ),
  });
  const sections = (form.sections ?? []).flatMap((s) => [
    new Paragraph({
      spacing: { before: 240 },
      children: [new TextRun({ text: s.heading, font: bodyFont, size: BODY, bold: true })],
    }),
    ...s.lines.flatMap((line) => text(line)),
  ]);
  const doc = new Document({
    creator: '巡察信访一体化监督平台',
    title: form.title,
    sections: [
      {
        headers: { default: new Header({ children: mark() }) },
        footers: { default: new Footer({ children: mark() }) },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 240 },
            children: [new TextRun({ text: form.title, font: titleFont, size: 44 })],
          }),
          table,
          ...sections,
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
