/**
 * The named places of the skin, by area. Paired places are written once and exist on both sides;
 * midline places exist once. The order here fixes the numeric region ids stored in the mesh, so
 * append new places at the end of their list rather than in the middle once data depends on them.
 */
import type { AreaId } from './areas';

type Third = 'upper' | 'middle' | 'lower';
type LimbThird = 'proximal' | 'middle' | 'distal';

/** Four faces of a limb segment × three longitudinal thirds, e.g. "Lateral arm, upper third". */
function byThirds<F extends string, T extends string>(faces: Record<F, string>, thirds: readonly T[]): Record<`${F}-${T}`, string> {
  const out: Record<string, string> = {};
  for (const [face, name] of Object.entries<string>(faces)) for (const third of thirds) out[`${face}-${third}`] = `${name}, ${third} third`;
  return out as Record<`${F}-${T}`, string>;
}
const THIRDS: readonly Third[] = ['upper', 'middle', 'lower'];
const LIMB_THIRDS: readonly LimbThird[] = ['proximal', 'middle', 'distal'];

export const BILATERAL_REGIONS = {
  head: {
    forehead: 'Forehead', eyebrow: 'Eyebrow', temple: 'Temple', 'above-ear': 'Above the ear',
    'behind-eye': 'Behind the eye', cheekbone: 'Cheekbone', cheek: 'Cheek', 'upper-teeth': 'Upper teeth',
    'lower-teeth': 'Lower teeth', 'jaw-joint': 'Temporomandibular joint', masseter: 'Masseter',
    'jaw-angle': 'Angle of jaw', jaw: 'Jaw', ear: 'Ear', mastoid: 'Mastoid', parietal: 'Parietal', occiput: 'Occiput',
  },
  neck: {
    suboccipital: 'Suboccipital', 'back-of-neck': 'Back of neck', 'under-jaw': 'Under the jaw',
    'upper-side-of-neck': 'Upper side of neck', 'lower-side-of-neck': 'Lower side of neck',
    supraclavicular: 'Above the collarbone', 'neck-shoulder-angle': 'Neck-shoulder angle',
  },
  shoulder: {
    'top-of-shoulder': 'Top of shoulder', 'front-of-shoulder': 'Front of shoulder', 'outer-shoulder': 'Outer shoulder',
    'back-of-shoulder': 'Back of shoulder', 'upper-trapezius': 'Upper trapezius ridge', armpit: 'Armpit',
    'front-of-armpit': 'Front of armpit', 'back-of-armpit': 'Back of armpit',
  },
  'upper-back': {
    'supraspinous-fossa': 'Supraspinous fossa', 'superior-angle': 'Upper angle of shoulder blade', scapula: 'Shoulder blade',
    'medial-border': 'Medial border of shoulder blade', 'inferior-angle': 'Inferior angle of shoulder blade',
    'lateral-border': 'Lateral border of shoulder blade', 'upper-interscapular': 'Upper interscapular',
    'lower-interscapular': 'Lower interscapular', 'mid-back': 'Mid back', 'lateral-mid-back': 'Side of mid back',
  },
  chest: {
    collarbone: 'Collarbone', 'below-collarbone': 'Below the collarbone', 'upper-chest': 'Upper chest', chest: 'Chest',
    nipple: 'Nipple', 'lower-chest': 'Lower chest', 'beside-sternum': 'Beside the sternum', 'side-of-chest': 'Side of chest',
    'lower-side-of-chest': 'Lower side of chest',
  },
  abdomen: {
    'upper-abdomen': 'Upper abdomen', 'below-ribs': 'Below the ribs', 'beside-navel': 'Beside the navel', flank: 'Flank',
    'lower-abdomen': 'Lower abdomen', 'above-groin': 'Above the groin',
  },
  'low-back': {
    thoracolumbar: 'Thoracolumbar junction', 'upper-lumbar': 'Upper lumbar', lumbar: 'Lumbar',
    'side-of-low-back': 'Side of low back', 'iliac-crest': 'Iliac crest', 'sacroiliac-joint': 'Sacroiliac joint',
  },
  'pelvis-buttock': { 'upper-buttock': 'Upper buttock', buttock: 'Buttock', 'inner-buttock': 'Inner buttock', 'lower-buttock': 'Lower buttock' },
  hip: {
    'front-of-hip': 'Front of hip', groin: 'Groin', 'inner-groin': 'Inner groin', 'lateral-hip': 'Lateral hip',
    'upper-lateral-hip': 'Upper lateral hip',
  },
  thigh: byThirds({ 'anterior-thigh': 'Anterior thigh', 'lateral-thigh': 'Lateral thigh', 'posterior-thigh': 'Posterior thigh', 'medial-thigh': 'Medial thigh' }, THIRDS),
  knee: {
    suprapatellar: 'Above the kneecap', patella: 'Kneecap', infrapatellar: 'Below the kneecap', 'medial-knee': 'Medial knee',
    'lateral-knee': 'Lateral knee', 'back-of-knee': 'Back of knee',
  },
  leg: {
    ...byThirds({ shin: 'Shin', 'lateral-leg': 'Lateral leg', calf: 'Calf', 'medial-leg': 'Medial leg' }, THIRDS),
    achilles: 'Achilles tendon',
  },
  foot: {
    'front-of-ankle': 'Front of ankle', 'medial-malleolus': 'Medial malleolus', 'lateral-malleolus': 'Lateral malleolus',
    'back-of-heel': 'Back of heel', heel: 'Heel', sole: 'Sole', arch: 'Arch', 'ball-of-foot': 'Ball of foot',
    'top-of-foot': 'Top of foot', 'lateral-foot': 'Lateral foot', 'medial-foot': 'Medial foot', 'big-toe': 'Big toe',
    'lesser-toes': 'Lesser toes',
  },
  arm: {
    ...byThirds({ 'anterior-arm': 'Anterior arm', 'lateral-arm': 'Lateral arm', 'posterior-arm': 'Posterior arm', 'medial-arm': 'Medial arm' }, THIRDS),
    'front-of-elbow': 'Front of elbow', 'lateral-epicondyle': 'Lateral epicondyle', 'medial-epicondyle': 'Medial epicondyle',
    olecranon: 'Point of elbow',
  },
  forearm: byThirds({ 'dorsal-forearm': 'Dorsal forearm', 'volar-forearm': 'Volar forearm', 'radial-forearm': 'Radial forearm', 'ulnar-forearm': 'Ulnar forearm' }, LIMB_THIRDS),
  hand: {
    'dorsal-wrist': 'Dorsal wrist', 'volar-wrist': 'Volar wrist', 'radial-wrist': 'Radial wrist', 'ulnar-wrist': 'Ulnar wrist',
    'back-of-hand': 'Back of hand', palm: 'Palm', thenar: 'Ball of thumb', hypothenar: 'Hypothenar eminence',
    'web-of-thumb': 'Web of thumb', 'thumb-base': 'Thumb, base', 'thumb-tip': 'Thumb, tip',
    'index-finger-base': 'Index finger, base', 'index-finger-tip': 'Index finger, tip',
    'middle-finger-base': 'Middle finger, base', 'middle-finger-tip': 'Middle finger, tip',
    'ring-finger-base': 'Ring finger, base', 'ring-finger-tip': 'Ring finger, tip',
    'little-finger-base': 'Little finger, base', 'little-finger-tip': 'Little finger, tip',
  },
} as const satisfies Record<AreaId, Record<string, string>>;

export const MIDLINE_REGIONS = {
  head: { vertex: 'Vertex', nose: 'Nose', mouth: 'Mouth', chin: 'Chin', 'mid-forehead': 'Middle of forehead', 'mid-occiput': 'Middle of the back of the head' },
  neck: { throat: 'Throat', 'cervical-spine': 'Cervical spine' },
  'upper-back': { 'upper-thoracic-spine': 'Upper thoracic spine', 'mid-thoracic-spine': 'Mid thoracic spine', 'lower-thoracic-spine': 'Lower thoracic spine' },
  chest: { manubrium: 'Top of sternum', sternum: 'Sternum', xiphoid: 'Xiphoid' },
  abdomen: { epigastrium: 'Epigastrium', navel: 'Navel', suprapubic: 'Above the pubis' },
  'low-back': { 'lumbar-spine': 'Lumbar spine', sacrum: 'Sacrum' },
  'pelvis-buttock': { coccyx: 'Coccyx', pubis: 'Pubis', 'pelvic-floor': 'Pelvic floor' },
} as const satisfies Partial<Record<AreaId, Record<string, string>>>;

type Values<T> = T[keyof T];
export type BilateralKey = Values<{ [A in keyof typeof BILATERAL_REGIONS]: keyof (typeof BILATERAL_REGIONS)[A] & string }>;
export type MidlineKey = Values<{ [A in keyof typeof MIDLINE_REGIONS]: keyof (typeof MIDLINE_REGIONS)[A] & string }>;
/** What a classification rule returns: a paired place (the side is added later) or a midline place. */
export type RegionKey = BilateralKey | MidlineKey;
