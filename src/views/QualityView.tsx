/** placeholder while the view is written */
export function QualityView() {
  return null;
}
