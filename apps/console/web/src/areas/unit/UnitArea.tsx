import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { UnitTheme } from './UnitTheme';

const Workbench = lazy(() => import('./Workbench'));
const CaseDetail = lazy(() => import('./CaseDetail'));
const VisitsPage = lazy(() => import('./VisitsPage'));

/** The responsible unit's screens: the workbench, a case, the return visits (also the joint office's). */
export default function UnitArea() {
  return (
    <UnitTheme>
      <Routes>
        <Route index element={<Workbench />} />
        <Route path="cases/:petitionId" element={<CaseDetail />} />
        <Route path="visits" element={<VisitsPage />} />
        <Route path="*" element={<Workbench />} />
      </Routes>
    </UnitTheme>
  );
}
