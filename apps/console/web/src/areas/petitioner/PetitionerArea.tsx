import { Typography } from 'antd';
import { Route, Routes } from 'react-router';

/** The petitioner's pages, no sign-in (placeholder until built). */
export default function PetitionerArea() {
  return (
    <Routes>
      <Route path="*" element={<Typography.Paragraph>阳光信访</Typography.Paragraph>} />
    </Routes>
  );
}
