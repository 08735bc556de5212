import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { regionIndex } from '../domain/atlas';
import type { Zone } from '../domain/dataset';
import { selectedZones, useAppStore, type AppState } from '../store';
import { notePaintPending } from '../test-hook';
import type { BodyData } from './body-data';
import { PAINT, type PaintChannel } from './region-paint';

export interface ZonePainterProps {
  body: BodyData;
}

const ZONE_CHANNELS: [keyof AppState['filters']['layers'], PaintChannel][] = [
  ['local', PAINT.local],
  ['essential', PAINT.essential],
  ['spillover', PAINT.spillover],
];

/** Paints the selected point's local, essential and spillover zones into the region texture. */
export function ZonePainter({ body }: ZonePainterProps) {
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const paint = (s: AppState) => {
      const zones = selectedZones(s);
      for (const [layer, channel] of ZONE_CHANNELS) {
        body.paint.clearChannel(channel);
        if (!zones || !s.filters.layers[layer]) continue;
        zones[layer].forEach((zone: Zone) => body.paint.setChannel(channel, regionIndex(zone.region), zone.weight));
      }
      if (s.selected) notePaintPending(s.selected);
      invalidate();
    };
    paint(useAppStore.getState());
    return useAppStore.subscribe((s, prev) => {
      if (s.selected !== prev.selected || s.filters.layers !== prev.filters.layers || s.dataset !== prev.dataset) paint(s);
    });
  }, [body, invalidate]);
  return null;
}
