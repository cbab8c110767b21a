// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The pure core may not reach for Phaser, the DOM or Node: see docs/architecture.md. */
/** What the rules' core (engine, analysis, debrief) may not import. */
const RULES_CORE = [
  { group: ['phaser', 'phaser/*'], message: 'The core may not import Phaser; put it in src/ui/.' },
  { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'url'], message: 'The core may not import Node modules.' },
  { group: ['**/ui/**', '**/cli/**'], message: 'Dependencies point down: the core may not import ui/ or cli/.' },
  { group: ['yaml'], message: 'Only scenario/ parses YAML; the engine takes a checked Scenario.' },
];
const CORE = ['src/scenario/**', 'src/engine/**', 'src/analysis/**', 'src/debrief/**', 'src/authoring/**', 'src/i18n/**'];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'coverage/', 'public/', '**/*.tmp.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Scenario text must stay text: use textContent.' },
        { property: 'outerHTML', message: 'Scenario text must stay text: use textContent.' },
      ],
    },
  },
  {
    files: CORE,
    // The core runs in the browser, the CLI and workers alike: no environment globals.
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['phaser', 'phaser/*'], message: 'The core may not import Phaser; put it in src/ui/.' },
            { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'url'], message: 'The core may not import Node modules; reading files is the CLI\'s job.' },
            { group: ['**/ui/**', '**/cli/**'], message: 'Dependencies point down: the core may not import ui/ or cli/.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'fetch', 'process', 'Buffer', 'require'].map(
          (name) => ({ name, message: `The core may not use the environment global '${name}'.` }),
        ),
      ],
    },
  },
  {
    files: ['src/engine/**', 'src/analysis/**', 'src/debrief/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: RULES_CORE }] },
  },
  {
    // The engine returns codes and values; the floors and the debrief word them (issue #20).
    files: ['src/engine/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...RULES_CORE, { group: ['**/i18n/**'], message: 'The engine words nothing: return a code and values, and word them in debrief/ or a floor.' }] },
      ],
    },
  },
);
