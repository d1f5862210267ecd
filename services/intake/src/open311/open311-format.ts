import { XMLBuilder } from 'fast-xml-parser';

/** GeoReport v2 serves XML (required) and JSON; the format is the resource's extension. */
export type Open311Format = 'json' | 'xml';

export const CONTENT_TYPES: Record<Open311Format, string> = {
  json: 'application/json; charset=utf-8',
  xml: 'text/xml; charset=utf-8',
};

/**
 * A response document: its XML root element and its content. Lists (services,
 * service_requests, errors) are arrays, and are JSON arrays; the others are objects.
 */
export interface Open311Document {
  root: 'discovery' | 'services' | 'service_definition' | 'service_requests' | 'errors';
  body: unknown;
}

/** The element name of the items of each list, as the spec writes them. */
const ITEM: Record<string, string> = {
  services: 'service',
  service_requests: 'request',
  errors: 'error',
  endpoints: 'endpoint',
  formats: 'format',
  attributes: 'attribute',
  values: 'value',
};

export function formatOf(value: unknown): Open311Format | undefined {
  return value === 'json' || value === 'xml' ? value : undefined;
}

// Characters XML 1.0 cannot carry at all; they cannot be escaped, only left out.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function toXmlTree(name: string, value: unknown): unknown {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) {
    const item = ITEM[name] ?? 'item';
    return value.length ? { [item]: value.map((v) => toXmlTree(item, v)) } : '';
  }
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toXmlTree(k, v)]));
  }
  return String(value).replace(NOT_XML, '');
}

const builder = new XMLBuilder({ format: true, indentBy: '  ', suppressEmptyNode: true, processEntities: true });

/** Render a document: JSON by the Spark convention (lists are arrays), or XML with the declaration. */
export function renderOpen311(document: Open311Document, format: Open311Format): string {
  if (format === 'json') return JSON.stringify(document.body);
  return `<?xml version="1.0" encoding="utf-8"?>\n${builder.build({ [document.root]: toXmlTree(document.root, document.body) })}`;
}

/** W3C date-time in UTC without fractions: `2026-11-26T01:02:03Z`. */
export function w3(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
