import { Typography } from 'antd';
import { Route, Routes } from 'react-router';

/** The leader screens (placeholder until built). */
export default function LeaderArea() {
  return (
    <Routes>
      <Route path="*" element={<Typography.Paragraph>Leader</Typography.Paragraph>} />
    </Routes>
  );
}
