import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { Loading } from '../../app/App';
import { LeaderTheme as StatusColours } from '../leader/LeaderTheme';

const CallEntryPage = lazy(() => import('./CallEntryPage'));
const FindPage = lazy(() => import('./FindPage'));

/** The hotline operator's and registrar's screens: 来电登记, 查找与撤销判重. */
export default function OperatorArea() {
  return (
    <StatusColours>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route index element={<CallEntryPage />} />
          <Route path="find" element={<FindPage />} />
          <Route path="*" element={<CallEntryPage />} />
        </Routes>
      </Suspense>
    </StatusColours>
  );
}
