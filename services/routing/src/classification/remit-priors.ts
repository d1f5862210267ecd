import { join } from 'node:path';
import { readDataFileLines, ROUTING_DATA_DIR } from '../text/data-files';
import { type LabelledPetition } from './category-classifier';
import { departmentPriorDocuments, type DepartmentCategory } from './reply-department-labels';

/** The shipped remit table: what each kind of department handles (部门职责). */
export const DEFAULT_REMITS_FILE = join(ROUTING_DATA_DIR, 'department-remits.txt');

/**
 * Prior documents from a remit table (`<category><TAB><department>：<phrase>、<phrase>…` lines):
 * one document per department, its name and the phrases citizens use about matters in its remit
 * (景区、导游、门票 for the tourism bureau; 特种设备、电梯年检 for quality supervision), so a
 * petition about a matter no labelled petition has mentioned yet still leans to the right class.
 */
export function readRemitPriors(path = DEFAULT_REMITS_FILE): LabelledPetition[] {
  return readDataFileLines(path).map((line) => {
    const [category, remit] = line.split('\t').map((part) => part.trim());
    if (!category || !remit) throw new Error(`remit table: bad line "${line}"`);
    // Phrases become sentences for the segmenter (jieba cuts at sentence ends).
    return { category, text: remit.replace(/[：、]/g, '。') };
  });
}

/** Every prior document the classifier starts from besides the taxonomy: department names and remits. */
export function classifierPriorDocuments(departments: readonly DepartmentCategory[], remitsPath = DEFAULT_REMITS_FILE): LabelledPetition[] {
  return [...departmentPriorDocuments(departments), ...readRemitPriors(remitsPath)];
}
