import type { AnalyzeOptions } from '../core';
import type { CopydeskSettings } from './settings';

/** The core's options for a document under `settings`: one place for the editor and the workspace index. */
export function analyzeOptions(settings: CopydeskSettings, datelineYear: number, glossary: AnalyzeOptions['glossary']): AnalyzeOptions {
  return {
    referenceDate: settings.referenceDate,
    datelineYear,
    today: localIsoDay(new Date()),
    rules: settings.rules,
    apStyle: settings.apStyle,
    knownAcronyms: settings.knownAcronyms,
    glossary,
  };
}

/** Today as the user's calendar shows it, `YYYY-MM-DD`. */
export function localIsoDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
