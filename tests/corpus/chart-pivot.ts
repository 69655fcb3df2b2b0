/**
 * ExcelJS writes neither charts nor pivot tables, so this takes a workbook it wrote and adds them
 * to the zip the way Excel stores them: a drawing with a bar chart on the budget sheet, and a
 * pivot table (cache definition, cache records, table) on a sheet of its own.
 */
import JSZip from 'jszip';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument';

export interface ChartPivotTarget {
  /** The budget sheet's name and its zip part (`xl/worksheets/sheet1.xml`). */
  readonly budgetSheet: string;
  readonly budgetPart: string;
  /** An empty sheet ExcelJS wrote for the pivot table; its cells hold what the pivot shows. */
  readonly pivotPart: string;
  /** The source range of the pivot table, header included, e.g. `A3:F6`. */
  readonly sourceRef: string;
  /** The chart's series: interventions and begroot amounts, as absolute ranges on the budget sheet. */
  readonly categories: string;
  readonly values: string;
  /** The source's header and rows, for the pivot cache. */
  readonly header: ReadonlyArray<string>;
  readonly rows: ReadonlyArray<ReadonlyArray<string | number>>;
  /** Which source column the pivot groups by and which it sums (0-based). */
  readonly rowField: number;
  readonly dataField: number;
}

export async function addChartAndPivot(xlsx: Uint8Array, t: ChartPivotTarget): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const sheetRef = quoteSheet(t.budgetSheet);

  zip.file(
    'xl/charts/chart1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}"><c:chart><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>Begroot</c:v></c:tx><c:cat><c:strRef><c:f>${sheetRef}!${t.categories}</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>${sheetRef}!${t.values}</c:f></c:numRef></c:val></c:ser><c:axId val="1001"/><c:axId val="1002"/></c:barChart><c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="1002"/></c:catAx><c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1001"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`,
  );
  zip.file(
    'xl/drawings/drawing1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>14</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Grafiek 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`,
  );
  zip.file('xl/drawings/_rels/drawing1.xml.rels', rels([['rId1', 'chart', '../charts/chart1.xml']]));
  await addSheetChild(zip, t.budgetPart, 'drawing', 'rIdNpoDrawing1', '../drawings/drawing1.xml');

  zip.file('xl/pivotCache/pivotCacheDefinition1.xml', cacheDefinition(t));
  zip.file('xl/pivotCache/pivotCacheRecords1.xml', cacheRecords(t));
  zip.file(
    'xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels',
    rels([['rId1', 'pivotCacheRecords', 'pivotCacheRecords1.xml']]),
  );
  zip.file('xl/pivotTables/pivotTable1.xml', pivotTable(t));
  zip.file(
    'xl/pivotTables/_rels/pivotTable1.xml.rels',
    rels([['rId1', 'pivotCacheDefinition', '../pivotCache/pivotCacheDefinition1.xml']]),
  );
  await addSheetChild(zip, t.pivotPart, undefined, 'rIdNpoPivot1', '../pivotTables/pivotTable1.xml');

  const workbookRels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  zip.file(
    'xl/_rels/workbook.xml.rels',
    workbookRels.replace(
      '</Relationships>',
      `<Relationship Id="rIdNpoCache1" Type="${REL}/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"/></Relationships>`,
    ),
  );
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const pivotCaches = '<pivotCaches><pivotCache cacheId="1" r:id="rIdNpoCache1"/></pivotCaches>';
  zip.file(
    'xl/workbook.xml',
    /<calcPr[^>]*\/>/.test(workbook)
      ? workbook.replace(/(<calcPr[^>]*\/>)/, `$1${pivotCaches}`)
      : workbook.replace('</workbook>', `${pivotCaches}</workbook>`),
  );

  const types = await zip.file('[Content_Types].xml')!.async('string');
  const overrides = [
    ['/xl/charts/chart1.xml', `${CT}.drawingml.chart+xml`],
    ['/xl/drawings/drawing1.xml', `${CT}.drawing+xml`],
    ['/xl/pivotCache/pivotCacheDefinition1.xml', `${CT}.spreadsheetml.pivotCacheDefinition+xml`],
    ['/xl/pivotCache/pivotCacheRecords1.xml', `${CT}.spreadsheetml.pivotCacheRecords+xml`],
    ['/xl/pivotTables/pivotTable1.xml', `${CT}.spreadsheetml.pivotTable+xml`],
  ]
    .map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`)
    .join('');
  zip.file('[Content_Types].xml', types.replace('</Types>', `${overrides}</Types>`));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

function rels(list: ReadonlyArray<readonly [string, string, string]>): string {
  const items = list
    .map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}">${items}</Relationships>`;
}

/** Adds a relationship to a sheet part and, for a drawing, its `<drawing>` element in schema order. */
async function addSheetChild(
  zip: JSZip,
  part: string,
  element: 'drawing' | undefined,
  id: string,
  target: string,
): Promise<void> {
  const relsPart = part.replace(/([^/]+)$/, '_rels/$1.rels');
  const type = element ?? 'pivotTable';
  const existing = await zip.file(relsPart)?.async('string');
  const relation = `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`;
  zip.file(
    relsPart,
    existing ? existing.replace('</Relationships>', `${relation}</Relationships>`) : rels([[id, type, target]]),
  );
  if (element === undefined) return;
  const xml = await zip.file(part)!.async('string');
  // <drawing> follows pageMargins, pageSetup and headerFooter and precedes legacyDrawing and tableParts.
  const before =
    /<(legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/.exec(xml);
  const at = before ? before.index : xml.lastIndexOf('</worksheet>');
  zip.file(part, `${xml.slice(0, at)}<drawing r:id="${id}"/>${xml.slice(at)}`);
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function xmlText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function distinct(t: ChartPivotTarget, col: number): string[] {
  return [...new Set(t.rows.map((r) => String(r[col])))];
}

function cacheDefinition(t: ChartPivotTarget): string {
  const fields = t.header.map((name, col) => {
    if (col === t.rowField) {
      const items = distinct(t, col)
        .map((v) => `<s v="${xmlText(v)}"/>`)
        .join('');
      return `<cacheField name="${xmlText(name)}" numFmtId="0"><sharedItems count="${distinct(t, col).length}">${items}</sharedItems></cacheField>`;
    }
    const values = t.rows.map((r) => r[col]);
    if (values.every((v) => typeof v === 'number')) {
      const nums = values as number[];
      return `<cacheField name="${xmlText(name)}" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" minValue="${Math.min(...nums)}" maxValue="${Math.max(...nums)}"/></cacheField>`;
    }
    return `<cacheField name="${xmlText(name)}" numFmtId="0"><sharedItems/></cacheField>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${REL}" r:id="rId1" refreshOnLoad="1" refreshedBy="npo-check tests" refreshedDate="44927" createdVersion="6" refreshedVersion="6" minRefreshableVersion="3" recordCount="${t.rows.length}"><cacheSource type="worksheet"><worksheetSource ref="${t.sourceRef}" sheet="${xmlText(t.budgetSheet)}"/></cacheSource><cacheFields count="${fields.length}">${fields.join('')}</cacheFields></pivotCacheDefinition>`;
}

function cacheRecords(t: ChartPivotTarget): string {
  const shared = distinct(t, t.rowField);
  const records = t.rows.map((r) => {
    const cells = r.map((v, col) =>
      col === t.rowField
        ? `<x v="${shared.indexOf(String(v))}"/>`
        : typeof v === 'number'
          ? `<n v="${v}"/>`
          : `<s v="${xmlText(v)}"/>`,
    );
    return `<r>${cells.join('')}</r>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<pivotCacheRecords xmlns="${MAIN}" xmlns:r="${REL}" count="${records.length}">${records.join('')}</pivotCacheRecords>`;
}

function pivotTable(t: ChartPivotTarget): string {
  const groups = distinct(t, t.rowField);
  const fields = t.header.map((_, col) => {
    if (col === t.rowField) {
      const items = groups.map((_g, i) => `<item x="${i}"/>`).join('');
      return `<pivotField axis="axisRow" showAll="0"><items count="${groups.length + 1}">${items}<item t="default"/></items></pivotField>`;
    }
    return col === t.dataField ? '<pivotField dataField="1" showAll="0"/>' : '<pivotField showAll="0"/>';
  });
  const rowItems = [
    ...groups.map((_g, i) => (i === 0 ? '<i><x/></i>' : `<i><x v="${i}"/></i>`)),
    '<i t="grand"><x/></i>',
  ];
  const last = 3 + groups.length + 1;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<pivotTableDefinition xmlns="${MAIN}" name="Draaitabel1" cacheId="1" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="Waarden" updatedVersion="6" minRefreshableVersion="3" useAutoFormatting="1" itemPrintTitles="1" createdVersion="6" indent="0" outline="1" outlineData="1" multipleFieldFilters="0" rowHeaderCaption="${xmlText(t.header[t.rowField]!)}"><location ref="A3:B${last}" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="${fields.length}">${fields.join('')}</pivotFields><rowFields count="1"><field x="${t.rowField}"/></rowFields><rowItems count="${rowItems.length}">${rowItems.join('')}</rowItems><colItems count="1"><i/></colItems><dataFields count="1"><dataField name="Som van ${xmlText(t.header[t.dataField]!)}" fld="${t.dataField}" baseField="0" baseItem="0"/></dataFields><pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" showRowStripes="0" showColStripes="0" showLastColumn="1"/></pivotTableDefinition>`;
}
