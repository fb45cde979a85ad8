import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import drizzle from 'eslint-plugin-drizzle';

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    plugins: { drizzle },
    rules: {
      // An update or delete without `where` changes every row: refuse it.
      'drizzle/enforce-delete-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
      'drizzle/enforce-update-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Links fetch their page when followed, never prefetched: app/components/portal-link.tsx says why.
      'no-restricted-imports': ['error', { paths: [{ name: 'next/link', message: 'Use PortalLink from app/components/portal-link.tsx.' }] }],
    },
  },
  { files: ['app/components/portal-link.tsx'], rules: { 'no-restricted-imports': 'off' } },
  { ignores: ['.next/**', 'node_modules/**', 'drizzle/**', '.data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
];

export default config;
