import { lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router';

const AppraisalPage = lazy(() => import('./AppraisalPage'));
const HistoryPage = lazy(() => import('./HistoryPage'));

/** The organization department's screens: the appraisal (index) and the signed history. */
export default function OrganizationArea() {
  return (
    <Routes>
      <Route index element={<AppraisalPage />} />
      <Route path="history" element={<HistoryPage />} />
      <Route path="*" element={<Navigate to="/staff/organization" replace />} />
    </Routes>
  );
}
