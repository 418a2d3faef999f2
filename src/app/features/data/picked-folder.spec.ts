import { pickedFolder } from './picked-folder';

/** A File as `<input webkitdirectory>` gives it: its path under the picked folder. */
export function folderFile(path: string, content: string | Uint8Array): File {
  const file = new File([content as BlobPart], path.split('/').pop()!);
  Object.defineProperty(file, 'webkitRelativePath', { value: path });
  return file;
}

describe('pickedFolder', () => {
  it('lists the files under the picked folder, leaving out .git, node_modules, vendored folders and binaries', async () => {
    const folder = pickedFolder([
      folderFile('shop/.github/workflows/ci.yml', 'on: push\n'),
      folderFile('shop/.git/HEAD', 'ref: refs/heads/main\n'),
      folderFile('shop/node_modules/x/Dockerfile', 'FROM scratch\n'),
      folderFile('shop/web/vendor/lib.js', ''),
      folderFile('shop/logo.png', 'PNG'),
      folderFile('shop/Dockerfile', 'FROM node:20\n'),
    ])!;
    expect(folder.name).toBe('shop');
    expect(folder.snapshot.paths).toEqual(['.github/workflows/ci.yml', 'Dockerfile']);
    expect(folder.snapshot.folders).toEqual([
      '.git',
      '.github',
      '.github/workflows',
      'node_modules',
      'web',
      'web/vendor',
    ]);
    expect([folder.files, folder.skipped]).toEqual([2, 4]);
    expect(await folder.snapshot.read('Dockerfile')).toBe('FROM node:20\n');
  });

  it('does not read binary data or files over 1 MB', async () => {
    const folder = pickedFolder([
      folderFile('r/a.yml', new Uint8Array([0x6f, 0, 0x6e])),
      folderFile('r/b.yml', 'x'.repeat(1024 * 1024 + 1)),
    ])!;
    expect(await folder.snapshot.read('a.yml')).toBeUndefined();
    expect(await folder.snapshot.read('b.yml')).toBeUndefined();
  });
});
