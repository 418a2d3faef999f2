import { Provider } from '@angular/core';
import { YamlSource } from '../yaml-source';

/** Serves the given files (path relative to assets/YAML/ -> text) in place of YamlSource: no network in a unit test. */
export function provideMemorySource(files: Readonly<Record<string, string>>): Provider {
  const source: Pick<YamlSource, 'url' | 'fetchText'> = {
    url: (path) => `memory:${path}`,
    fetchText: async (path) => {
      if (!Object.hasOwn(files, path)) throw new Error(`no ${path}`);
      return files[path];
    },
  };
  return { provide: YamlSource, useValue: source };
}
