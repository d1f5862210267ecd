// npm run -s token -- --role unit --unit <unitId> [--role leader [--leader <leaderId>]] [--sub id] [--name 名字] [--ttl 3600]
// Prints a development token signed by the local development key (refused in production).
import { parseArgs } from 'node:util';
import { signDevToken } from '../dev-token';
import { isRole, PRINCIPAL_ID_PATTERN, ROLES, type Role } from '../roles';

async function main() {
  const { values } = parseArgs({
    options: {
      role: { type: 'string', multiple: true },
      unit: { type: 'string' },
      leader: { type: 'string' },
      sub: { type: 'string' },
      name: { type: 'string' },
      ttl: { type: 'string' },
    },
  });
  const roles = (values.role ?? []).flatMap((r) => r.split(','));
  if (!roles.length || !roles.every(isRole)) {
    process.stderr.write(`usage: npm run -s token -- --role <${ROLES.join('|')}> [--unit <unitId>] [--leader <leaderId>] [--sub <id>] [--ttl <seconds>]\n`);
    process.exit(2);
  }
  if (roles.includes('unit') && !values.unit) {
    process.stderr.write('a unit token needs --unit <unitId>\n');
    process.exit(2);
  }
  if (values.leader !== undefined && (!roles.includes('leader') || !PRINCIPAL_ID_PATTERN.test(values.leader))) {
    process.stderr.write('--leader <leaderId> goes with --role leader and is an id such as party-secretary\n');
    process.exit(2);
  }
  const token = await signDevToken({
    roles: roles as Role[],
    unitId: values.unit,
    leaderId: values.leader,
    subject: values.sub,
    name: values.name,
    ttlSeconds: values.ttl ? Number(values.ttl) : undefined,
  });
  process.stdout.write(`${token}\n`);
}

// A failure (e.g. signing refused in production) is an unhandled rejection: Node prints it and exits 1.
void main();
