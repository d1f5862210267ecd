import { Taxonomy, type TaxonomyNode } from '@sunshine/contracts';

/**
 * The Open311 services are the board's level-2 categories (Taxonomy.services(): stable codes);
 * the group is the level-1 category. Registration is immediate, so every service is
 * `realtime` (the case number is returned at once).
 */

/** Level-1 categories whose matters are reports against officials (检举控告): always sealed, never listed. */
export const SEALED_GROUPS: ReadonlySet<string> = new Set(['纪检监察']);

export const CONFIDENTIAL_ATTRIBUTE = 'CONFIDENTIAL';
export const SEALED_NOTICE_ATTRIBUTE = 'SEALED_NOTICE';

export interface Open311Service {
  service_code: string;
  service_name: string;
  description: string;
  metadata: boolean;
  type: 'realtime' | 'batch' | 'blackbox';
  keywords: string;
  group: string;
}

export interface Open311Attribute {
  variable: boolean;
  code: string;
  datatype: 'string' | 'number' | 'datetime' | 'text' | 'singlevaluelist' | 'multivaluelist';
  required: boolean;
  datatype_description: string | null;
  order: number;
  description: string;
  values?: { key: string; name: string }[];
}

export interface Open311ServiceDefinition {
  service_code: string;
  attributes: Open311Attribute[];
}

export interface CatalogueEntry {
  service: Open311Service;
  node: TaxonomyNode & { level2: string };
  /** 纪检监察: registered as confidential reports, whatever the client says. */
  sealed: boolean;
}

let catalogue: Map<string, CatalogueEntry> | undefined;

function build(): Map<string, CatalogueEntry> {
  const nodes = Taxonomy.services().filter((n): n is TaxonomyNode & { level2: string } => Boolean(n.level2));
  const nameCount = new Map<string, number>();
  for (const n of nodes) nameCount.set(n.level2, (nameCount.get(n.level2) ?? 0) + 1);
  return new Map(
    nodes.map((node) => {
      const sealed = SEALED_GROUPS.has(node.level1);
      // "其他" and "安全生产" exist under several groups: the name alone must still say which.
      const name = (nameCount.get(node.level2) ?? 0) > 1 ? `${node.level2}（${node.level1}）` : node.level2;
      const service: Open311Service = {
        service_code: node.code,
        service_name: name,
        description: sealed
          ? `${node.level1} › ${node.level2}。按检举控告办理：反映人身份对被反映单位和人员保密，不在公开查询中显示。`
          : `${node.level1} › ${node.level2}`,
        metadata: true,
        type: 'realtime',
        keywords: [node.level2, node.level1].join(', '),
        group: node.level1,
      };
      return [node.code, { service, node, sealed }];
    }),
  );
}

function entries(): Map<string, CatalogueEntry> {
  return (catalogue ??= build());
}

export function open311Services(): Open311Service[] {
  return [...entries().values()].map((e) => e.service);
}

export function catalogueEntry(serviceCode: unknown): CatalogueEntry | undefined {
  return typeof serviceCode === 'string' ? entries().get(serviceCode) : undefined;
}

/** The extra fields of a service: whether the matter is a report to keep confidential. */
export function serviceDefinition(entry: CatalogueEntry): Open311ServiceDefinition {
  if (entry.sealed) {
    return {
      service_code: entry.service.service_code,
      attributes: [
        {
          variable: false,
          code: SEALED_NOTICE_ATTRIBUTE,
          datatype: 'string',
          required: false,
          datatype_description: null,
          order: 1,
          description: '本类事项按检举控告办理：反映人身份对被反映单位和人员保密，不在公开查询中显示。 Handled as a report: your identity is kept from those reported, and it is never listed publicly.',
        },
      ],
    };
  }
  return {
    service_code: entry.service.service_code,
    attributes: [
      {
        variable: true,
        code: CONFIDENTIAL_ATTRIBUTE,
        datatype: 'singlevaluelist',
        required: false,
        datatype_description: '检举、控告具体单位或人员时选“是”。 Choose true when you report a named unit or official.',
        order: 1,
        description: '是否检举控告（身份保密，不在公开查询中显示）？ Is this a report to keep confidential (never listed publicly)?',
        values: [
          { key: 'true', name: '是 / yes' },
          { key: 'false', name: '否 / no' },
        ],
      },
    ],
  };
}
