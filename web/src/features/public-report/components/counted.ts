import type { CSSProperties } from 'react';

/** Room under a text box with `showCount`, whose counter antd draws below the box. */
export const COUNTED: CSSProperties = { marginBottom: 20 };
