/* eslint-disable @typescript-eslint/no-explicit-any -- an OpenAPI document is walked as plain JSON */

export interface ApiOperation {
  /** `METHOD /path`, e.g. `POST /api/v1/cases/{petitionId}/accept`. */
  name: string;
  operation: any;
}

/** The operations of an OpenAPI document under a path prefix. */
export function apiOperations(doc: any, prefix = '/api/v1/'): ApiOperation[] {
  return Object.entries(doc.paths as Record<string, Record<string, any>>)
    .filter(([path]) => path.startsWith(prefix))
    .flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ name: `${method.toUpperCase()} ${path}`, operation })));
}

/**
 * What an OpenAPI document leaves out under a prefix, one line per gap (empty when complete):
 * every operation has a summary and a typed success response, and every field of a JSON request
 * body (nested ones too) has an example or an enum.
 */
export function openApiGaps(doc: any, prefix = '/api/v1/'): string[] {
  const gaps: string[] = [];
  for (const { name, operation } of apiOperations(doc, prefix)) {
    if (typeof operation.summary !== 'string') gaps.push(`${name}: no summary`);
    const success = Object.entries(operation.responses as Record<string, any>).find(([status]) => status.startsWith('2'));
    const content = Object.values((success?.[1].content ?? {}) as Record<string, any>);
    if (!content.some((c) => c.schema)) gaps.push(`${name}: no typed success response`);
    const body = operation.requestBody?.content?.['application/json']?.schema?.$ref as string | undefined;
    if (body) gaps.push(...fieldsWithoutExamples(doc, body, `${name}: request field `, new Set()));
  }
  return gaps;
}

/** Fields of a schema (and of the schemas it nests) with neither an example nor an enum. */
function fieldsWithoutExamples(doc: any, ref: string, prefix: string, seen: Set<string>): string[] {
  if (seen.has(ref)) return [];
  seen.add(ref);
  const schema = doc.components.schemas[ref.split('/').pop()!];
  const gaps: string[] = [];
  for (const [field, property] of Object.entries((schema?.properties ?? {}) as Record<string, any>)) {
    const nested = (property.$ref ?? property.allOf?.[0]?.$ref ?? property.items?.$ref) as string | undefined;
    if (nested) gaps.push(...fieldsWithoutExamples(doc, nested, `${prefix}${field}.`, seen));
    else if (property.example === undefined && !property.enum && !property.items?.enum) gaps.push(`${prefix}${field} has no example`);
  }
  return gaps;
}
