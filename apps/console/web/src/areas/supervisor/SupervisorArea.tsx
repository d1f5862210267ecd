import { Typography } from 'antd';
import { Route, Routes } from 'react-router';

/** The supervisor screens (placeholder until built). */
export default function SupervisorArea() {
  return (
    <Routes>
      <Route path="*" element={<Typography.Paragraph>Supervisor</Typography.Paragraph>} />
    </Routes>
  );
}
