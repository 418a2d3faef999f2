import { Provider } from '@angular/core';
import { FetchError, TextSource } from '../text-source';
import { YamlSource } from '../yaml-source';

/** Serves `files` from memory, recording what was asked for; a missing file is an HTTP 404. */
export function memoryTextSource(files: Readonly<Record<string, string>>): TextSource & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    url: (path) => `memory:${path}`,
    fetchText: async (path) => {
      asked.push(path);
      if (!Object.hasOwn(files, path)) throw new FetchError(path, 404);
      return files[path];
    },
  };
}

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
