/** The unit's numbers on the dashboard (placeholder until built). */
export default function UnitDashboard() {
  return null;
}
