/** The supervisor's numbers on the dashboard (placeholder until built). */
export default function SupervisorDashboard() {
  return null;
}
