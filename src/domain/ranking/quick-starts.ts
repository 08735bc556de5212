/**
 * Ready-made drawings for common complaints, painted as a client would: one side (the left) for
 * one-sided pain, both sides for pain across the midline.
 */
import type { PainDrawing } from './pain-drawing';

export interface QuickStart {
  id: string;
  label: string;
  description: string;
  drawing: PainDrawing;
}

export const QUICK_STARTS: readonly QuickStart[] = [
  {
    id: 'temple-headache',
    label: 'Headache at the temple',
    description: 'An ache at the side of the head that can spread behind the eye.',
    drawing: [
      { region: 'temple-left', intensity: 3 },
      { region: 'behind-eye-left', intensity: 1 },
    ],
  },
  {
    id: 'back-of-head-headache',
    label: 'Headache at the back of the head',
    description: 'Pain at the base of the skull and the back of the head.',
    drawing: [
      { region: 'occiput-left', intensity: 3 },
      { region: 'suboccipital-left', intensity: 2 },
      { region: 'back-of-neck-left', intensity: 1 },
    ],
  },
  {
    id: 'jaw-pain',
    label: 'Jaw pain',
    description: 'Pain in front of the ear and along the jaw, often worse when chewing.',
    drawing: [
      { region: 'jaw-joint-left', intensity: 3 },
      { region: 'masseter-left', intensity: 2 },
      { region: 'ear-left', intensity: 1 },
    ],
  },
  {
    id: 'neck-and-shoulder',
    label: 'Neck and shoulder pain',
    description: 'A stiff, aching neck that runs into the top of the shoulder.',
    drawing: [
      { region: 'neck-shoulder-angle-left', intensity: 3 },
      { region: 'upper-side-of-neck-left', intensity: 2 },
      { region: 'back-of-neck-left', intensity: 2 },
      { region: 'upper-trapezius-left', intensity: 2 },
    ],
  },
  {
    id: 'between-shoulder-blades',
    label: 'Pain between the shoulder blades',
    description: 'An ache along the inner edge of the shoulder blade.',
    drawing: [
      { region: 'medial-border-left', intensity: 3 },
      { region: 'upper-interscapular-left', intensity: 2 },
    ],
  },
  {
    id: 'front-of-shoulder',
    label: 'Front of shoulder pain',
    description: 'Deep pain at the front of the shoulder, sometimes down the front of the arm.',
    drawing: [
      { region: 'front-of-shoulder-left', intensity: 3 },
      { region: 'anterior-arm-upper-left', intensity: 1 },
    ],
  },
  {
    id: 'tennis-elbow',
    label: 'Tennis elbow',
    description: 'Pain at the outer elbow that can run down the forearm.',
    drawing: [
      { region: 'lateral-epicondyle-left', intensity: 3 },
      { region: 'radial-forearm-proximal-left', intensity: 2 },
    ],
  },
  {
    id: 'low-back-pain',
    label: 'Low back pain',
    description: 'Pain across the low back and over the sacroiliac joints.',
    drawing: [
      { region: 'lumbar-left', intensity: 3 },
      { region: 'lumbar-right', intensity: 3 },
      { region: 'sacroiliac-joint-left', intensity: 2 },
      { region: 'sacroiliac-joint-right', intensity: 2 },
    ],
  },
  {
    id: 'side-of-leg',
    label: 'Pain down the side of the leg',
    description: 'Pain from the hip down the outside of the thigh and leg.',
    drawing: [
      { region: 'lateral-hip-left', intensity: 2 },
      { region: 'lateral-thigh-upper-left', intensity: 3 },
      { region: 'lateral-thigh-middle-left', intensity: 3 },
      { region: 'lateral-thigh-lower-left', intensity: 2 },
      { region: 'lateral-knee-left', intensity: 1 },
      { region: 'lateral-leg-upper-left', intensity: 2 },
      { region: 'lateral-leg-middle-left', intensity: 2 },
      { region: 'lateral-malleolus-left', intensity: 1 },
    ],
  },
  {
    id: 'back-of-leg',
    label: 'Pain down the back of the leg',
    description: 'Pain from the buttock down the back of the thigh, like sciatica.',
    drawing: [
      { region: 'buttock-left', intensity: 2 },
      { region: 'posterior-thigh-upper-left', intensity: 3 },
      { region: 'posterior-thigh-middle-left', intensity: 3 },
      { region: 'posterior-thigh-lower-left', intensity: 2 },
      { region: 'calf-upper-left', intensity: 1 },
    ],
  },
  {
    id: 'knee-pain',
    label: 'Knee pain',
    description: 'Pain at the front of the knee, around and above the kneecap.',
    drawing: [
      { region: 'patella-left', intensity: 3 },
      { region: 'suprapatellar-left', intensity: 2 },
    ],
  },
  {
    id: 'ankle-and-big-toe',
    label: 'Pain at the front of the ankle and big toe',
    description: 'Pain over the front of the ankle that reaches the big toe.',
    drawing: [
      { region: 'front-of-ankle-left', intensity: 3 },
      { region: 'big-toe-left', intensity: 2 },
    ],
  },
  {
    id: 'heel-pain',
    label: 'Heel pain',
    description: 'Pain under and behind the heel, often worst with the first steps.',
    drawing: [
      { region: 'heel-left', intensity: 3 },
      { region: 'back-of-heel-left', intensity: 1 },
    ],
  },
];
