export default function LeaderCasesPage() { return null; }
