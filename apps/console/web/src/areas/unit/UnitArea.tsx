import { Typography } from 'antd';
import { Route, Routes } from 'react-router';

/** The unit screens (placeholder until built). */
export default function UnitArea() {
  return (
    <Routes>
      <Route path="*" element={<Typography.Paragraph>Unit</Typography.Paragraph>} />
    </Routes>
  );
}
