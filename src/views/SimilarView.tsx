/** placeholder while the view is written */
export function SimilarView() {
  return null;
}
