/** Evidence that an element is present: what was found and where (projected offsets). */
import type { Analysis } from '../core/analysis.ts';
import type { EngineSettings } from '../core/rule.ts';
import type { ElementId } from '../core/types.ts';

export interface Evidence {
  kind: string;
  start: number;
  end: number;
  text: string;
}

export type Detector = (analysis: Analysis, settings: EngineSettings) => Evidence[];

export interface ElementResult {
  present: boolean;
  evidence: Evidence[];
  /** Extra detail for the message (e.g. which contact channels were found). */
  detail?: string;
}

export type ElementDetector = (analysis: Analysis, settings: EngineSettings) => ElementResult;

export type ElementDetectors = Record<ElementId, ElementDetector>;
