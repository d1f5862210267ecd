/** The leader's numbers on the dashboard (placeholder until built). */
export default function LeaderDashboard() {
  return null;
}
