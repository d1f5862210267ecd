import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { Loading } from '../../components/Loading';
import { PublicLayout } from './PublicLayout';
import { SubmitPage } from './SubmitPage';

// The submit page comes with the first load; the receipt and progress pages follow on demand.
const ReceiptPage = lazy(() => import('./ReceiptPage').then((m) => ({ default: m.ReceiptPage })));
const ProgressPage = lazy(() => import('./ProgressPage').then((m) => ({ default: m.ProgressPage })));

/** The petitioner's pages, no sign-in: submit, the receipt once, and progress with rating, review and withdrawal. */
export default function PetitionerArea() {
  return (
    <PublicLayout>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route index element={<SubmitPage />} />
          <Route path="receipt" element={<ReceiptPage />} />
          <Route path="progress" element={<ProgressPage />} />
          <Route path="*" element={<SubmitPage />} />
        </Routes>
      </Suspense>
    </PublicLayout>
  );
}
