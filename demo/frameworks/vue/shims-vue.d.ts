// tsc cannot read .vue files: main.ts sees the component through this shim (vue-tsc checks the file itself).
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<Record<string, unknown>>;
  export default component;
}
