/**
 * The controlled vocabulary of the dataset: symptoms and conditions, each with a display name.
 * Data files use the ids; the app shows the names and searches both.
 */
export const SYMPTOMS = {
  'aching': 'Aching',
  'deep-ache': 'Deep ache',
  'sharp-pain': 'Sharp pain on movement',
  'headache': 'Headache',
  'stiffness': 'Stiffness',
  'restricted-movement': 'Restricted movement',
  'weakness': 'Weakness',
  'tingling': 'Tingling',
  'numbness': 'Numbness',
  'pain-on-chewing': 'Pain on chewing',
  'tooth-sensitivity': 'Tooth sensitivity',
  'ear-symptoms': 'Ear ache or stuffiness',
  'dizziness': 'Dizziness',
  'eye-pain': 'Pain around the eye',
  'night-pain': 'Pain that disturbs sleep',
  'pain-on-sitting': 'Pain on sitting',
  'pain-on-walking': 'Pain on walking',
  'pain-on-stairs': 'Pain on stairs',
  'morning-pain': 'Pain on first steps in the morning',
  'grip-weakness': 'Weak or painful grip',
  'cramp': 'Cramp',
  'shortness-of-breath': 'Breathlessness on effort',
  'buckling': 'Knee or ankle giving way',
} as const;

export const CONDITIONS = {
  'tension-headache': 'Tension-type headache',
  'migraine': 'Migraine-like headache',
  'jaw-pain': 'Jaw pain (TMD)',
  'toothache': 'Toothache with healthy teeth',
  'earache': 'Earache without ear disease',
  'neck-pain': 'Neck pain',
  'stiff-neck': 'Stiff neck (wry neck)',
  'whiplash': 'Whiplash',
  'shoulder-pain': 'Shoulder pain',
  'frozen-shoulder': 'Frozen shoulder',
  'rotator-cuff': 'Rotator cuff problems',
  'upper-back-pain': 'Upper back pain',
  'chest-pain': 'Non-cardiac chest pain',
  'tennis-elbow': 'Tennis elbow',
  'golfers-elbow': "Golfer's elbow",
  'carpal-tunnel': 'Carpal-tunnel-like symptoms',
  'thumb-pain': 'Thumb pain',
  'wrist-pain': 'Wrist pain',
  'abdominal-pain': 'Abdominal wall pain',
  'low-back-pain': 'Low back pain',
  'sciatica': 'Sciatica-like pain',
  'sacroiliac-pain': 'Sacroiliac pain',
  'buttock-pain': 'Buttock pain',
  'hip-pain': 'Hip pain',
  'groin-pain': 'Groin pain',
  'knee-pain': 'Knee pain',
  'patellofemoral-pain': 'Kneecap pain',
  'shin-splints': 'Shin splints',
  'calf-pain': 'Calf pain',
  'achilles-pain': 'Achilles pain',
  'heel-pain': 'Heel pain (plantar fasciitis-like)',
  'ankle-pain': 'Ankle pain',
  'foot-pain': 'Foot pain',
  'pelvic-pain': 'Pelvic pain',
} as const;

export type SymptomId = keyof typeof SYMPTOMS;
export type ConditionId = keyof typeof CONDITIONS;

export const CERTAINTY = {
  established: 'Established: a classic pattern, described consistently in the reference texts',
  supported: 'Supported: described in the reference texts with some clinical studies',
  tentative: 'Tentative: described, but with little independent confirmation',
} as const;
export type Certainty = keyof typeof CERTAINTY;
