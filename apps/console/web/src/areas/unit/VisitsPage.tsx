export default function VisitsPage() {
  return null;
}
