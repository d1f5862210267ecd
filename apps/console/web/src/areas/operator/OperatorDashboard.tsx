/** The operator's numbers on the dashboard (placeholder until built). */
export default function OperatorDashboard() {
  return null;
}
