import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Vite 8 bundles with Rolldown: vendor splitting is `output.codeSplitting.groups`
// (Rollup's object-form `manualChunks` is not supported there).
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'react-vendor',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack|i18next|react-i18next)[\\/]/,
              priority: 20,
            },
            {
              // Only what the shell (login, layout) needs up front; antd parts used by a single
              // page (Table, TreeSelect, DatePicker…) stay in that page's lazy chunks.
              name: 'antd-vendor',
              test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|@babel[\\/]runtime|dayjs)[\\/]/,
              tags: ['$initial'],
              priority: 10,
            },
          ],
        },
      },
    },
  },
});
