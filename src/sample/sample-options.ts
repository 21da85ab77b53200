import type { CityOptions } from './generate-city';

/** The options behind the committed data/sample/ files (`npm run sample`); a test checks the files still match. */
export const SAMPLE_OPTIONS: CityOptions = {
  seed: 20240401,
  programs: 160,
  years: [2020, 2021, 2022, 2023, 2024],
  includeSeedSheet: true,
};
