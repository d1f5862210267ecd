import { Typography } from 'antd';
import { Route, Routes } from 'react-router';

/** The organization screens (placeholder until built). */
export default function OrganizationArea() {
  return (
    <Routes>
      <Route path="*" element={<Typography.Paragraph>Organization</Typography.Paragraph>} />
    </Routes>
  );
}
