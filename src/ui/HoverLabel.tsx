import { REGIONS } from '../domain/atlas';
import { useAppStore } from '../store';

/** The name of the region under the pointer, next to the pointer; a marker's label takes its place. */
export function HoverLabel() {
  const hover = useAppStore((s) => s.hover);
  const onMarker = useAppStore((s) => s.markerHover !== null);
  if (!hover || onMarker) return null;
  const region = REGIONS[hover.regionIndex];
  if (!region) return null;
  return (
    <div className="hover-label" role="tooltip" data-testid="hover-label" style={{ left: hover.x + 14, top: hover.y + 14 }}>
      {region.name}
    </div>
  );
}
