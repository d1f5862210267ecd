import { Typography } from 'antd';
import { Route, Routes } from 'react-router';

/** The operator screens (placeholder until built). */
export default function OperatorArea() {
  return (
    <Routes>
      <Route path="*" element={<Typography.Paragraph>Operator</Typography.Paragraph>} />
    </Routes>
  );
}
