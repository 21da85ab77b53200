/** Every case of the bad-input corpus, class by class, in the order the manifest lists them. */
import { encodingCases, hangCases } from './cases-1-2';
import { numberCases } from './cases-3';
import { brokenRowCases, duplicateCases } from './cases-4-5';
import { headerCases, orphanCases } from './cases-6-7';
import { hostileCases, invisibleCases, knownDifferenceCases } from './cases-8-10';
import type { Built } from './define';

export function allCases(): Built[] {
  return [
    ...hangCases(),
    ...encodingCases(),
    ...numberCases(),
    ...brokenRowCases(),
    ...duplicateCases(),
    ...orphanCases(),
    ...headerCases(),
    ...invisibleCases(),
    ...hostileCases(),
    ...knownDifferenceCases(),
  ];
}
