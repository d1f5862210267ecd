export default function ExtensionsPage() { return null; }
