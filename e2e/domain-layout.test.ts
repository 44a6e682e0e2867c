import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url);
const domains = ['bank-sync', 'payment', 'workflow'];

interface TreeNode {
  name: string;
  children: TreeNode[];
}

/**
 * The tree of "Layout of a subgraph" in CONTRIBUTING.md: the first fenced block after that heading, one entry a
 * line, nested by two spaces, a folder ending with `/`, what follows the name being its description.
 */
function documentedLayout(): TreeNode {
  const contributing = readFileSync(new URL('CONTRIBUTING.md', root), 'utf8');
  const section = contributing.slice(contributing.indexOf('## Layout of a subgraph'));
  const block = /```\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error('CONTRIBUTING.md has no tree under "Layout of a subgraph"');
  const top: TreeNode = { name: '', children: [] };
  const open: TreeNode[] = [top];
  for (const line of block.split('\n').filter((text) => text.trim() !== '')) {
    const depth = (line.length - line.trimStart().length) / 2;
    const node = { name: line.trim().split(/\s+/)[0] ?? '', children: [] };
    open[depth]?.children.push(node);
    open[depth + 1] = node;
  }
  const [domain] = top.children;
  if (!domain) throw new Error('the layout tree is empty');
  return domain;
}

function child(node: TreeNode, name: string): TreeNode {
  const found = node.children.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`the layout tree has no ${name} under ${node.name}`);
  return found;
}

const documentedFolders = (node: TreeNode) =>
  node.children.filter((entry) => entry.name.endsWith('/')).map((entry) => entry.name.slice(0, -1));
const documentedFiles = (node: TreeNode) =>
  node.children.filter((entry) => !entry.name.endsWith('/')).map((entry) => entry.name);

function listing(domain: string, folder: string) {
  const entries = readdirSync(new URL(`subgraphs/${domain}/${folder}/`, root), { withFileTypes: true });
  return {
    folders: entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name),
    files: entries.filter((entry) => entry.isFile()).map((entry) => entry.name),
  };
}

const sorted = (names: readonly string[]) => [...names].sort();

describe('every domain is built the same way, as CONTRIBUTING.md shows it', () => {
  const layout = documentedLayout();
  const src = child(layout, 'src/');
  const test = child(layout, 'test/');

  it.each(domains)('%s has the documented folders and top-level files under src/', (domain) => {
    const { folders, files } = listing(domain, 'src');
    expect(sorted(folders)).toEqual(sorted(documentedFolders(src)));
    expect(sorted(files)).toEqual(sorted(documentedFiles(src)));
  });

  it.each(domains)('%s has the documented folders under test/', (domain) => {
    expect(sorted(listing(domain, 'test').folders)).toEqual(sorted(documentedFolders(test)));
  });

  it('documents every folder and file the domains share at their root', () => {
    const files = documentedFiles(layout);
    for (const domain of domains) {
      expect(listing(domain, '.').files).toEqual(expect.arrayContaining(files));
    }
  });
});
