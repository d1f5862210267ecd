/** The organization's numbers on the dashboard (placeholder until built). */
export default function OrganizationDashboard() {
  return null;
}
