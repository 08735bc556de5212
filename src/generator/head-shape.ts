/** The head and face: cranium, brow, eyes in sockets, nose, lips, chin, jaw and ears. */
import { ellipsoid, frameFrom, roundCone, sphere, type Primitive } from './primitives';
import { bilateral } from './mirror';

export function headPrimitives(): Primitive[] {
  return [
    ellipsoid('cranium', [0, 1.662, -0.016], [0.073, 0.088, 0.097], undefined, { smoothness: 0.04 }),
    ellipsoid('forehead', [0, 1.688, 0.042], [0.064, 0.048, 0.042], undefined, { smoothness: 0.03 }),
    ellipsoid('midface', [0, 1.62, 0.038], [0.058, 0.06, 0.052], undefined, { smoothness: 0.03 }),
    ellipsoid('muzzle', [0, 1.589, 0.066], [0.03, 0.028, 0.026], undefined, { smoothness: 0.025 }),
    ellipsoid('chin', [0, 1.55, 0.07], [0.022, 0.019, 0.018], undefined, { smoothness: 0.028 }),
    roundCone('nose bridge', [0, 1.656, 0.088], [0, 1.614, 0.109], 0.0065, 0.0095, { smoothness: 0.012 }),
    sphere('nose tip', [0, 1.612, 0.106], 0.0115, { smoothness: 0.008 }),
    ellipsoid('upper lip', [0, 1.591, 0.092], [0.021, 0.0058, 0.008], undefined, { smoothness: 0.008 }),
    ellipsoid('lower lip', [0, 1.5805, 0.089], [0.0185, 0.0062, 0.0085], undefined, { smoothness: 0.008 }),
    ellipsoid('mouth line', [0, 1.5858, 0.1005], [0.02, 0.0018, 0.0055], undefined, { blend: 'subtract', smoothness: 0.004 }),
    ...bilateral([
      ellipsoid('brow left', [0.03, 1.673, 0.08], [0.029, 0.009, 0.013], frameFrom([0.25, 1, 0]), { smoothness: 0.012 }),
      ellipsoid('eye socket left', [0.032, 1.655, 0.091], [0.019, 0.0135, 0.016], undefined, { blend: 'subtract', smoothness: 0.01 }),
      sphere('eyeball left', [0.032, 1.654, 0.0725], 0.0125, { smoothness: 0.006 }),
      ellipsoid('upper eyelid left', [0.032, 1.6585, 0.0775], [0.0145, 0.0065, 0.0095], undefined, { smoothness: 0.006 }),
      ellipsoid('cheekbone left', [0.047, 1.632, 0.06], [0.02, 0.013, 0.022], undefined, { smoothness: 0.02 }),
      ellipsoid('cheek left', [0.044, 1.6, 0.048], [0.02, 0.03, 0.03], undefined, { smoothness: 0.025 }),
      sphere('nostril wing left', [0.0125, 1.607, 0.097], 0.0085, { smoothness: 0.008 }),
      roundCone('jaw left', [0.056, 1.58, -0.004], [0.02, 1.548, 0.066], 0.013, 0.013, { smoothness: 0.025 }),
      ellipsoid('masseter left', [0.054, 1.595, 0.012], [0.014, 0.028, 0.022], undefined, { smoothness: 0.02 }),
      ellipsoid('ear left', [0.075, 1.645, -0.014], [0.0085, 0.03, 0.018], frameFrom([0, 1, -0.25]), { smoothness: 0.006 }),
      sphere('ear bowl left', [0.0845, 1.64, -0.01], 0.0085, { blend: 'subtract', smoothness: 0.004 }),
    ]),
  ];
}
