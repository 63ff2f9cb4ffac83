// Where the workspace index is kept between sessions: one file per workspace folder in the
// extension's storage for this workspace (ExtensionContext.storageUri), read and written through
// vscode.workspace.fs, which works the same in the desktop's Node host and in VS Code for the Web's
// worker host (no Node fs there), local or remote. The stored form is the archive index's
// (src/core/archive/format.ts), the one `copydesk index` writes.
import * as vscode from 'vscode';
import { type ArchiveIndex, sha256Hex } from '../core';

export interface IndexStore {
  /** The stored index of `folder` and its journal (undefined where none is stored or it is unreadable). */
  load(folder: vscode.Uri): Promise<{ readonly base: unknown; readonly journal: unknown }>;
  /** Stores what changed: the journal while it is small, else the whole index (ArchiveIndex decides). */
  save(folder: vscode.Uri, index: ArchiveIndex): Promise<void>;
}

/** Keeps each folder's index in `storage` (no storage, as in an empty window: nothing is kept). */
export class StorageIndexStore implements IndexStore {
  constructor(private readonly storage: vscode.Uri | undefined) {}

  async load(folder: vscode.Uri): Promise<{ readonly base: unknown; readonly journal: unknown }> {
    if (!this.storage) return { base: undefined, journal: undefined };
    const [base, journal] = await Promise.all([readJson(this.fileFor(folder)), readJson(this.fileFor(folder, 'journal'))]);
    return { base, journal };
  }

  async save(folder: vscode.Uri, index: ArchiveIndex): Promise<void> {
    if (!this.storage) return;
    await vscode.workspace.fs.createDirectory(this.storage);
    if (!index.shouldWriteWhole()) {
      if (index.pendingChanges > 0) await writeJson(this.fileFor(folder, 'journal'), index.toStoredJournal());
      return;
    }
    await writeJson(this.fileFor(folder), index.toStoredBase());
    // A journal left behind names the old base: ignored on load, removed here to save the space.
    await vscode.workspace.fs.delete(this.fileFor(folder, 'journal')).then(undefined, () => undefined);
  }

  /** `archive-index-<hash of the folder's URI>.json` (and `.journal.json`): a multi-root workspace keeps one per folder. */
  fileFor(folder: vscode.Uri, part: 'base' | 'journal' = 'base'): vscode.Uri {
    const name = `archive-index-${fnv1a(folder.toString())}${part === 'journal' ? '.journal' : ''}.json`;
    return vscode.Uri.joinPath(this.storage!, name);
  }
}

async function readJson(uri: vscode.Uri): Promise<unknown> {
  try {
    return JSON.parse(new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri))) as unknown;
  } catch {
    return undefined; // none yet, or damaged: the index is built again
  }
}

async function writeJson(uri: vscode.Uri, data: unknown): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(JSON.stringify(data)));
}

/** A short stable name for a string (32-bit FNV-1a, hex): file names, not security. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * SHA-256 of the bytes, hex: the archive index's content hash, computed with Web Crypto (desktop and
 * web alike), or in plain TypeScript where a browser withholds it (a page served over plain http).
 */
export async function contentHash(bytes: Uint8Array): Promise<string> {
  const subtle = (globalThis as { crypto?: { subtle?: { digest(algorithm: string, data: Uint8Array): Promise<ArrayBuffer> } } }).crypto?.subtle;
  if (!subtle) return sha256Hex(bytes);
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
