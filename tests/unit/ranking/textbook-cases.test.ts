/**
 * RANK-12: textbook pain patterns. Each case is a drawing of a complaint as Travell & Simons describe
 * it, with the muscles the book names for that pain. The ranking must place them in the top 5, or in
 * the top 3 where the book is unambiguous. Chapter numbers follow the sources cited in the data:
 *   T&S1 = Simons, Travell & Simons 1999, vol. 1 (upper half of body), 2nd ed.
 *   T&S2 = Travell & Simons 1992, vol. 2 (lower extremities).
 * "Guide" means the book's pain-and-trigger-point guide for that region, which lists muscles by
 * how often they cause the pain.
 */
import { describe, expect, it } from 'vitest';
import { createRanker, type PainIntensity } from '../../../src/domain/ranking';
import { shippedDataset } from '../helpers/dataset-files';

interface TextbookCase {
  pain: string;
  drawing: [string, PainIntensity][];
  top: 3 | 5;
  muscles: string[];
}

const CASES: TextbookCase[] = [
  // Head and face
  // T&S1 ch. 6: upper trapezius TrP1 refers up the neck to the mastoid and the temple. Ch. 9: temporalis refers to the temple. Guide "temporal headache": trapezius, SCM, temporalis.
  { pain: 'temporal headache', drawing: [['temple-left', 3]], top: 5, muscles: ['upper-trapezius', 'temporalis'] },
  // T&S1 ch. 7 (sternal SCM) and ch. 15 (splenius capitis): both refer to the vertex. Guide "vertex headache": SCM, splenius capitis.
  { pain: 'vertex headache', drawing: [['vertex', 3]], top: 3, muscles: ['sternocleidomastoid', 'splenius-capitis'] },
  // T&S1 ch. 7: the sternal SCM refers over and behind the eye and to the eyebrow. Guide "eye and eyebrow pain": SCM first.
  { pain: 'pain behind the eye and at the eyebrow', drawing: [['behind-eye-left', 3], ['eyebrow-left', 2]], top: 3, muscles: ['sternocleidomastoid'] },
  // T&S1 ch. 7: the clavicular SCM refers to the forehead (a frontal headache). Guide "frontal headache": SCM first.
  { pain: 'frontal headache', drawing: [['forehead-left', 3]], top: 3, muscles: ['sternocleidomastoid'] },
  // T&S1 ch. 17: suboccipital headache from the occiput. Ch. 6: upper trapezius refers to the base of the skull. Guide "occipital headache": trapezius, SCM, ..., suboccipitals.
  { pain: 'occipital headache', drawing: [['occiput-left', 3], ['suboccipital-left', 2]], top: 5, muscles: ['suboccipitals', 'upper-trapezius'] },
  // T&S1 ch. 8 (deep masseter refers to the ear and TMJ) and ch. 11 (lateral pterygoid refers deep into the TMJ). Guide "ear and TMJ pain": lateral pterygoid, deep masseter.
  { pain: 'TMJ and ear pain', drawing: [['jaw-joint-left', 3], ['ear-left', 2]], top: 3, muscles: ['masseter', 'lateral-pterygoid'] },
  // T&S1 ch. 9: temporalis refers to the upper teeth. Ch. 8: the superficial masseter refers to the upper molars. Guide "toothache": temporalis, masseter.
  { pain: 'upper toothache', drawing: [['upper-teeth-left', 3]], top: 5, muscles: ['temporalis', 'masseter'] },
  // T&S1 ch. 8: the superficial masseter, mid-belly, refers to the lower molars and the mandible.
  { pain: 'lower teeth and jaw', drawing: [['lower-teeth-left', 3], ['jaw-left', 2]], top: 3, muscles: ['masseter'] },

  // Neck, shoulder and upper back
  // T&S1 ch. 6: upper and lower trapezius both refer to the back of the neck. Guide "back-of-neck pain": trapezius first.
  { pain: 'back of the neck', drawing: [['back-of-neck-left', 3]], top: 5, muscles: ['upper-trapezius', 'lower-trapezius'] },
  // T&S1 ch. 19: levator scapulae pain concentrates in the angle of the neck ("stiff neck").
  { pain: 'angle of the neck', drawing: [['neck-shoulder-angle-left', 3]], top: 3, muscles: ['levator-scapulae'] },
  // T&S1 ch. 27 (rhomboids, along the vertebral border of the scapula) and ch. 20 (scalenes refer to the medial border). Guide "upper thoracic back pain": scalenes first, rhomboids.
  { pain: 'between the shoulder blades', drawing: [['medial-border-left', 3], ['upper-interscapular-left', 2]], top: 5, muscles: ['rhomboids', 'scalenes'] },
  // T&S1 ch. 22: infraspinatus refers deep into the front of the shoulder. Ch. 28: anterior deltoid. Guide "front-of-shoulder pain": infraspinatus, deltoid.
  { pain: 'front of the shoulder', drawing: [['front-of-shoulder-left', 3]], top: 5, muscles: ['infraspinatus', 'deltoid'] },
  // T&S1 ch. 21: supraspinatus gives a deep ache in the mid-deltoid region that runs down the lateral arm.
  { pain: 'outer shoulder and lateral arm', drawing: [['outer-shoulder-left', 3], ['lateral-arm-upper-left', 2], ['lateral-arm-middle-left', 1]], top: 3, muscles: ['supraspinatus'] },
  // T&S1 ch. 28: deltoid TrPs refer locally over the deltoid. Ch. 21: supraspinatus, mid-deltoid.
  { pain: 'outer shoulder (deltoid region)', drawing: [['outer-shoulder-left', 3]], top: 5, muscles: ['deltoid', 'supraspinatus'] },
  // T&S1 ch. 23: teres minor gives deep pain at the back of the shoulder, like a bursitis.
  { pain: 'back of the shoulder', drawing: [['back-of-shoulder-left', 3]], top: 5, muscles: ['teres-minor'] },
  // T&S1 ch. 26: subscapularis refers to the back of the shoulder, with a band around the wrist.
  { pain: 'back of the shoulder with a band around the wrist', drawing: [['back-of-shoulder-left', 3], ['dorsal-wrist-left', 2], ['volar-wrist-left', 1]], top: 3, muscles: ['subscapularis'] },
  // T&S1 ch. 45: serratus posterior superior, deep under the upper scapula, down the back of the arm to the little finger.
  { pain: 'under the shoulder blade, down the back of the arm', drawing: [['scapula-left', 3], ['back-of-shoulder-left', 2], ['posterior-arm-middle-left', 1], ['ulnar-forearm-middle-left', 1], ['little-finger-base-left', 1]], top: 3, muscles: ['serratus-posterior-superior'] },
  // T&S1 ch. 24: latissimus dorsi refers to the inferior angle of the scapula and down the inner arm to the ring and little fingers.
  { pain: 'inferior angle and the inner arm', drawing: [['inferior-angle-left', 3], ['medial-arm-upper-left', 1], ['ulnar-forearm-middle-left', 1], ['little-finger-base-left', 1]], top: 3, muscles: ['latissimus-dorsi'] },
  // T&S1 ch. 20: scalenes refer to the chest, the front of the arm, the radial forearm, the thumb and index finger, and the medial border of the scapula.
  { pain: 'chest, arm and thumb (scalene pattern)', drawing: [['upper-chest-left', 2], ['medial-border-left', 2], ['anterior-arm-upper-left', 2], ['radial-forearm-middle-left', 1], ['thumb-base-left', 1], ['index-finger-base-left', 1]], top: 3, muscles: ['scalenes'] },

  // Chest and abdomen
  // T&S1 ch. 42: the sternal pectoralis major refers to the front of the chest and down the inner arm to the medial epicondyle.
  { pain: 'front of the chest and inner arm', drawing: [['chest-left', 3], ['medial-arm-upper-left', 1], ['medial-epicondyle-left', 1]], top: 3, muscles: ['pectoralis-major'] },
  // T&S1 ch. 44: sternalis refers deep under the sternum.
  { pain: 'over the sternum', drawing: [['sternum', 3], ['manubrium', 2]], top: 3, muscles: ['sternalis'] },
  // T&S1 ch. 46: serratus anterior refers to the side of the chest and medial to the inferior angle of the scapula.
  { pain: 'side of the chest', drawing: [['side-of-chest-left', 2], ['lower-side-of-chest-left', 2], ['inferior-angle-left', 3]], top: 3, muscles: ['serratus-anterior'] },
  // T&S1 ch. 49: the upper rectus abdominis refers in a band across the back at the thoracolumbar level, on both sides.
  { pain: 'band across the mid back', drawing: [['thoracolumbar-left', 3], ['thoracolumbar-right', 3]], top: 3, muscles: ['rectus-abdominis'] },

  // Elbow, forearm and hand
  // T&S1 ch. 36 (supinator), ch. 34 (extensor carpi radialis longus, brachioradialis). Guide "lateral epicondyle pain": supinator, brachioradialis, ECRL.
  { pain: 'lateral epicondyle (tennis elbow)', drawing: [['lateral-epicondyle-left', 3]], top: 5, muscles: ['supinator', 'extensor-carpi-radialis-longus', 'brachioradialis'] },
  // T&S1 ch. 35 (extensor digitorum: the back of the forearm, wrist and hand) and ch. 34 (ECRL: the back of the hand).
  { pain: 'back of the hand and wrist', drawing: [['back-of-hand-left', 3], ['dorsal-wrist-left', 2]], top: 5, muscles: ['extensor-digitorum', 'extensor-carpi-radialis-longus'] },
  // T&S1 ch. 38: flexor carpi radialis refers to the radial side of the volar wrist crease.
  { pain: 'palm side of the wrist', drawing: [['volar-wrist-left', 3]], top: 3, muscles: ['flexor-carpi-radialis'] },
  // T&S1 ch. 39 (adductor pollicis: the base of the thumb) and ch. 31 (brachialis: the base of the thumb and the first web space).
  { pain: 'base of the thumb', drawing: [['thumb-base-left', 3], ['web-of-thumb-left', 2]], top: 5, muscles: ['adductor-pollicis', 'brachialis'] },
  // T&S1 ch. 40: the first dorsal interosseous refers along the index finger.
  { pain: 'index finger', drawing: [['index-finger-base-left', 3], ['index-finger-tip-left', 2]], top: 3, muscles: ['first-dorsal-interosseous'] },
  // T&S1 ch. 38: the finger flexors refer to the finger they move; here the middle finger.
  { pain: 'middle finger', drawing: [['middle-finger-base-left', 3], ['middle-finger-tip-left', 2]], top: 3, muscles: ['flexor-digitorum-superficialis'] },

  // Low back, pelvis and hip
  // T&S2 ch. 4 (quadratus lumborum: iliac crest, SI joint, lower buttock) and ch. 8 (gluteus medius: iliac crest, SI joint, buttock). Guide "low back pain": gluteus medius, quadratus lumborum.
  { pain: 'low back and buttock', drawing: [['iliac-crest-left', 3], ['sacroiliac-joint-left', 3], ['buttock-left', 2], ['lumbar-left', 2]], top: 5, muscles: ['quadratus-lumborum', 'gluteus-medius'] },
  // T&S2 ch. 7 (gluteus maximus TrP1 along the SI joint and sacrum) and ch. 8 (gluteus medius TrP1, SI joint and sacrum). Guide "sacral pain".
  { pain: 'sacroiliac joint and sacrum', drawing: [['sacroiliac-joint-left', 3], ['sacrum', 2]], top: 5, muscles: ['gluteus-maximus', 'gluteus-medius'] },
  // T&S2 ch. 5: iliopsoas refers in a vertical band along the lumbar spine and to the front of the thigh.
  { pain: 'lumbar band and front of thigh', drawing: [['upper-lumbar-left', 3], ['lumbar-left', 3], ['anterior-thigh-upper-left', 2]], top: 3, muscles: ['iliopsoas'] },
  // T&S2 ch. 7 (gluteus maximus TrP3, coccyx) and T&S1 ch. 48 (multifidi at S4–5, coccyx). Guide "coccygeal pain".
  { pain: 'coccyx', drawing: [['coccyx', 3]], top: 5, muscles: ['gluteus-maximus', 'multifidi'] },
  // T&S2 ch. 15 (adductor longus: the deep groin) and T&S1 ch. 49 (lower external oblique: the groin).
  { pain: 'groin', drawing: [['groin-left', 3], ['inner-groin-left', 2]], top: 5, muscles: ['adductor-longus', 'external-oblique'] },
  // T&S2 ch. 4 (superficial quadratus lumborum: the greater trochanter) and ch. 12 (TFL: the greater trochanter region). Guide "lateral hip pain".
  { pain: 'lateral hip (trochanter)', drawing: [['lateral-hip-left', 3]], top: 5, muscles: ['quadratus-lumborum', 'tensor-fasciae-latae'] },

  // Thigh and knee
  // T&S2 ch. 9: the anterior gluteus minimus refers down the side of the thigh, the knee and the leg ("pseudo-sciatica").
  { pain: 'side of the thigh and leg', drawing: [['lateral-hip-left', 2], ['lateral-thigh-upper-left', 3], ['lateral-thigh-middle-left', 3], ['lateral-thigh-lower-left', 2], ['lateral-knee-left', 2], ['lateral-leg-upper-left', 2], ['lateral-leg-middle-left', 2]], top: 3, muscles: ['gluteus-minimus'] },
  // T&S2 ch. 12: TFL refers over the hip and down the anterolateral thigh.
  { pain: 'hip and upper outer thigh', drawing: [['lateral-hip-left', 3], ['lateral-thigh-upper-left', 2], ['lateral-thigh-middle-left', 2]], top: 3, muscles: ['tensor-fasciae-latae'] },
  // T&S2 ch. 9 (posterior gluteus minimus: buttock, back of the thigh and calf) and ch. 10 (piriformis: buttock and back of the thigh).
  { pain: 'buttock down the back of the leg', drawing: [['buttock-left', 3], ['posterior-thigh-upper-left', 2], ['posterior-thigh-middle-left', 2], ['posterior-thigh-lower-left', 1], ['calf-upper-left', 1]], top: 5, muscles: ['gluteus-minimus', 'piriformis'] },
  // T&S2 ch. 16: the medial hamstrings refer up to the gluteal fold and the upper back of the thigh.
  { pain: 'gluteal fold and back of the thigh', drawing: [['lower-buttock-left', 2], ['posterior-thigh-upper-left', 3], ['posterior-thigh-middle-left', 2]], top: 3, muscles: ['medial-hamstrings'] },
  // T&S2 ch. 14: rectus femoris refers to the kneecap, vastus medialis to the front and inside of the knee. Guide "anterior knee pain".
  { pain: 'front of the knee', drawing: [['patella-left', 3]], top: 5, muscles: ['rectus-femoris', 'vastus-medialis'] },
  // T&S2 ch. 14 (vastus medialis) and ch. 15 (adductor longus refers to the upper medial knee). Guide "medial knee pain".
  { pain: 'inside of the knee', drawing: [['medial-knee-left', 3]], top: 5, muscles: ['vastus-medialis', 'adductor-longus'] },
  // T&S2 ch. 14: vastus lateralis refers along the lateral thigh to the lateral knee.
  { pain: 'outside of the knee', drawing: [['lateral-knee-left', 3], ['lateral-thigh-lower-left', 2]], top: 3, muscles: ['vastus-lateralis'] },
  // T&S2 ch. 16 (biceps femoris: back of the knee) and ch. 21 (gastrocnemius). Guide "posterior knee pain": gastrocnemius, biceps femoris.
  { pain: 'back of the knee', drawing: [['back-of-knee-left', 3]], top: 5, muscles: ['biceps-femoris', 'gastrocnemius'] },

  // Leg and foot
  // T&S2 ch. 22 (soleus TrP2, the upper calf) and ch. 21 (gastrocnemius, the calf). Guide "calf pain": soleus, gastrocnemius.
  { pain: 'calf', drawing: [['calf-upper-left', 2], ['calf-middle-left', 3]], top: 5, muscles: ['soleus', 'gastrocnemius'] },
  // T&S2 ch. 19: tibialis anterior refers to the front of the ankle and the big toe.
  { pain: 'front of the ankle and big toe', drawing: [['front-of-ankle-left', 3], ['big-toe-left', 3]], top: 3, muscles: ['tibialis-anterior'] },
  // T&S2 ch. 19: tibialis anterior, spillover down the shin. Guide "anterior leg pain": tibialis anterior first.
  { pain: 'shin', drawing: [['shin-middle-left', 2], ['shin-lower-left', 3]], top: 3, muscles: ['tibialis-anterior'] },
  // T&S2 ch. 20: peroneus longus refers around the lateral malleolus and along the outside of the foot.
  { pain: 'outside of the ankle', drawing: [['lateral-malleolus-left', 3], ['lateral-foot-left', 2]], top: 3, muscles: ['peroneus-longus'] },
  // T&S2 ch. 24: extensor digitorum longus refers to the top of the foot and the lesser toes.
  { pain: 'top of the foot and toes', drawing: [['top-of-foot-left', 3], ['lesser-toes-left', 2]], top: 3, muscles: ['extensor-digitorum-longus'] },
  // T&S2 ch. 22 (soleus TrP1: heel) and ch. 27 (quadratus plantae: heel). Guide "heel pain": soleus, quadratus plantae.
  { pain: 'heel', drawing: [['heel-left', 3]], top: 5, muscles: ['soleus', 'quadratus-plantae'] },
  // T&S2 ch. 22: soleus TrP1 refers to the back of the heel and the Achilles tendon.
  { pain: 'back of the heel and Achilles tendon', drawing: [['back-of-heel-left', 3], ['achilles-left', 2]], top: 3, muscles: ['soleus'] },
  // T&S2 ch. 21: gastrocnemius TrP1 refers to the instep (the arch). Guide "midsole pain": gastrocnemius first.
  { pain: 'arch of the foot', drawing: [['arch-left', 3]], top: 5, muscles: ['gastrocnemius'] },
];

/** Textbook pain the shipped data cannot yet explain; see the ranking report. */
const DATA_GAPS = [
  'back of the elbow (olecranon): triceps brachii (T&S1 ch. 32); no triceps point refers to the olecranon',
  'medial epicondyle: triceps brachii (T&S1 ch. 32, guide lists it first); no triceps point refers there',
];

const rank = createRanker(shippedDataset());

describe('textbook cases', () => {
  it('RANK-12 there are at least 30 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(30));

  it.each(CASES.map((c) => [c.pain, c.muscles.join(' and '), c.top, c] as const))('RANK-12 %s: %s in the top %i', (_pain, _muscles, _top, c) => {
    const top = rank(c.drawing.map(([region, intensity]) => ({ region, intensity })), { limit: c.top });
    const muscles = top.map((candidate) => candidate.muscleId);
    for (const muscle of c.muscles) expect(muscles, `top ${c.top}: ${top.map((t) => t.id).join(', ')}`).toContain(muscle);
  });

  for (const gap of DATA_GAPS) it.todo(`RANK-12 data gap: ${gap}`);
});
