/**
 * The places where referral patterns are described (see DESIGN, "The body and its region atlas"),
 * each mapped to the region that stands for it. Paired places name their left region; the right one
 * is its twin. Every place must be a distinct region.
 */
export const NAMED_PLACES = {
  forehead: 'forehead-left', eyebrow: 'eyebrow-left', temple: 'temple-left', 'behind the eye': 'behind-eye-left',
  cheek: 'cheek-left', jaw: 'jaw-left', teeth: 'upper-teeth-left', mouth: 'mouth', ear: 'ear-left',
  'behind the ear (mastoid)': 'mastoid-left', vertex: 'vertex', occiput: 'occiput-left',

  'back of neck': 'back-of-neck-left', 'side of neck': 'upper-side-of-neck-left', 'front of neck (throat)': 'throat',
  'neck-shoulder angle': 'neck-shoulder-angle-left',

  'top of shoulder': 'top-of-shoulder-left', 'front of shoulder': 'front-of-shoulder-left', 'back of shoulder': 'back-of-shoulder-left',

  scapula: 'scapula-left', 'medial border of scapula': 'medial-border-left', 'inferior angle of scapula': 'inferior-angle-left',
  interscapular: 'upper-interscapular-left', thoracolumbar: 'thoracolumbar-left', lumbar: 'lumbar-left',
  'sacroiliac joint': 'sacroiliac-joint-left', sacrum: 'sacrum', coccyx: 'coccyx',

  chest: 'chest-left', 'side of chest': 'side-of-chest-left', sternum: 'sternum', 'upper abdomen': 'upper-abdomen-left',
  'lower abdomen': 'lower-abdomen-left',

  'lateral arm': 'lateral-arm-middle-left', 'medial arm': 'medial-arm-middle-left', 'back of arm': 'posterior-arm-middle-left',
  'lateral epicondyle': 'lateral-epicondyle-left', 'medial epicondyle': 'medial-epicondyle-left',
  'dorsal forearm': 'dorsal-forearm-middle-left', 'volar forearm': 'volar-forearm-middle-left',
  'dorsal wrist': 'dorsal-wrist-left', 'volar wrist': 'volar-wrist-left', 'back of hand': 'back-of-hand-left', palm: 'palm-left',
  thumb: 'thumb-tip-left', 'index finger': 'index-finger-tip-left', 'middle finger': 'middle-finger-tip-left',
  'ring finger': 'ring-finger-tip-left', 'little finger': 'little-finger-tip-left', 'web of thumb': 'web-of-thumb-left',

  buttock: 'buttock-left', groin: 'groin-left', 'lateral hip (trochanter)': 'lateral-hip-left', 'pelvic floor': 'pelvic-floor',

  'anterior thigh': 'anterior-thigh-middle-left', 'lateral thigh': 'lateral-thigh-middle-left',
  'posterior thigh': 'posterior-thigh-middle-left', 'medial thigh': 'medial-thigh-middle-left',

  'front of knee (patella)': 'patella-left', 'medial knee': 'medial-knee-left', 'lateral knee': 'lateral-knee-left',
  'back of knee': 'back-of-knee-left',

  shin: 'shin-middle-left', 'lateral leg': 'lateral-leg-middle-left', calf: 'calf-middle-left', achilles: 'achilles-left',
  'front of ankle': 'front-of-ankle-left', 'medial malleolus': 'medial-malleolus-left', 'lateral malleolus': 'lateral-malleolus-left',
  heel: 'heel-left', sole: 'sole-left', arch: 'arch-left', 'ball of foot': 'ball-of-foot-left', 'top of foot': 'top-of-foot-left',
  'lateral foot': 'lateral-foot-left', 'big toe': 'big-toe-left', 'lesser toes': 'lesser-toes-left',
} as const;

export type NamedPlace = keyof typeof NAMED_PLACES;
