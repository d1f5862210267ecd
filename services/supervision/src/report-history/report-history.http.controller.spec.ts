import { REQUIRED_ROLES } from '@sunshine/auth';
import { ReportHistoryHttpController } from './report-history.http.controller';

const rolesOf = (handler: keyof ReportHistoryHttpController) => Reflect.getMetadata(REQUIRED_ROLES, ReportHistoryHttpController.prototype[handler]) as string[];

describe('who reads the signed report history', () => {
  it('is the organization department and the supervision office, for the list and its verification', () => {
    expect(rolesOf('list')).toEqual(['organization-department', 'supervisor']);
    expect(rolesOf('verify')).toEqual(['organization-department', 'supervisor']);
  });
});
