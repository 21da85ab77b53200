/** '（2/3枚目）' after a lede when a list continues over several sheets; nothing when it fits on one. */
export function PartMarker({ part, parts }: { part: number; parts: number }) {
  if (parts <= 1) return null;
  return (
    <span className="bp-part">
      （{part}/{parts}枚目）
    </span>
  );
}
