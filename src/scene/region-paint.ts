/**
 * Per-region paint, read in the body's shader: one RGBA texel per atlas region. Changing what is
 * shown rewrites a few texels instead of the vertex buffer.
 */
import { Color, DataTexture, MeshStandardMaterial, RGBAFormat, UnsignedByteType, type WebGLProgramParametersWithUniforms } from 'three';

/** Texel channels: hover highlight, essential zone, spillover zone, local zone (each 0–1). */
export const PAINT = { hover: 0, essential: 1, spillover: 2, local: 3 } as const;
export type PaintChannel = (typeof PAINT)[keyof typeof PAINT];

/** Zone colours, shared with the legend (src/ui/Legend.tsx draws the same patterns in CSS). */
export const ZONE_COLOURS = {
  essential: '#c0392b',
  spillover: '#e8835a',
  spilloverGround: '#f3d7c8',
  local: '#5b2a86',
  localGround: '#e9dff0',
  hover: '#3f8cf2',
  pain: '#2f5bd3',
  painGround: '#cfdcfb',
} as const;

export class RegionPaint {
  readonly texture: DataTexture;
  /** A shader uniform: whether any texel is non-zero, so unpainted frames skip the lookups. */
  readonly active = { value: false };
  private readonly data: Uint8Array;

  constructor(readonly regionCount: number) {
    this.data = new Uint8Array(regionCount * 4);
    this.texture = new DataTexture(this.data, regionCount, 1, RGBAFormat, UnsignedByteType);
    this.texture.needsUpdate = true;
  }

  setChannel(channel: PaintChannel, regionIndex: number, value: number): void {
    if (regionIndex < 0 || regionIndex >= this.regionCount) return;
    const at = regionIndex * 4 + channel;
    this.data[at] = Math.max(this.data[at], Math.round(Math.min(Math.max(value, 0), 1) * 255));
    this.active.value ||= this.data[at] > 0;
    this.texture.needsUpdate = true;
  }

  clearChannel(channel: PaintChannel): void {
    for (let i = channel; i < this.data.length; i += 4) this.data[i] = 0;
    this.active.value = this.data.some((v) => v > 0);
    this.texture.needsUpdate = true;
  }
}

// The paint is read per vertex and interpolated. A flat per-triangle region id would make borders
// step from triangle to triangle, and software WebGL (ANGLE on SwiftShader) emulates flat varyings
// at about a fifth of the frame rate; blending across the border triangle reads softer as well.
const VERTEX_DECLARATIONS = /* glsl */ `
attribute float _region;
uniform sampler2D regionPaint;
uniform sampler2D painPaint;
uniform bool regionPaintActive;
uniform bool painPaintActive;
varying vec4 vPaint;
varying float vPain;
`;
// Most frames carry no paint at all; the uniforms let them skip the lookups.
const VERTEX_PAINT = /* glsl */ `
ivec2 regionTexel = ivec2(int(_region + 0.5), 0);
vPaint = regionPaintActive ? texelFetch(regionPaint, regionTexel, 0) : vec4(0.0);
vPain = painPaintActive ? texelFetch(painPaint, regionTexel, 0).r : 0.0;
`;
const FRAGMENT_DECLARATIONS = /* glsl */ `
uniform vec3 hoverColor;
uniform vec3 essentialColor;
uniform vec3 spilloverColor;
uniform vec3 spilloverGround;
uniform vec3 localColor;
uniform vec3 localGround;
uniform float pixelRatio;
uniform vec3 painColor;
uniform vec3 painGround;
varying vec4 vPaint;
varying float vPain;
`;
// Patterns are in screen pixels so they stay legible at every zoom: spillover is hatched, local is
// dotted, essential is solid, so the three differ in pattern and lightness, not only in hue.
const FRAGMENT_PAINT = /* glsl */ `
vec4 paint = vPaint;
float pain = vPain;
if (any(greaterThan(paint, vec4(0.0))) || pain > 0.0) {
  vec2 px = gl_FragCoord.xy / pixelRatio;
  float hatch = step(0.57, fract((px.x + px.y) / 7.0));
  float dots = step(length(fract(px / 6.0) - 0.5), 0.2);
  diffuseColor.rgb = mix(diffuseColor.rgb, spilloverGround, paint.b * 0.75);
  diffuseColor.rgb = mix(diffuseColor.rgb, spilloverColor, paint.b * hatch);
  diffuseColor.rgb = mix(diffuseColor.rgb, essentialColor, paint.g * 0.92);
  diffuseColor.rgb = mix(diffuseColor.rgb, localGround, paint.a * (1.0 - paint.g) * 0.6);
  diffuseColor.rgb = mix(diffuseColor.rgb, localColor, paint.a * dots);
  // The pain drawing crosses the spillover's stripes at a right angle, so both stay readable where
  // a candidate's pattern lies over the drawing.
  float crossHatch = step(0.6, fract((px.x - px.y) / 6.0));
  diffuseColor.rgb = mix(diffuseColor.rgb, painGround, step(0.01, pain) * (0.25 + 0.25 * pain) * (1.0 - paint.g));
  diffuseColor.rgb = mix(diffuseColor.rgb, painColor, crossHatch * step(0.01, pain) * (0.45 + 0.55 * pain));
  diffuseColor.rgb = mix(diffuseColor.rgb, hoverColor, paint.r * 0.45);
}
`;

/** `pain` holds the pain drawing's intensity (0–1) per region in its red channel. */
export function createSkinMaterial(paint: RegionPaint, pain: RegionPaint, pixelRatio: number): MeshStandardMaterial {
  const material = new MeshStandardMaterial({ color: 0xd9a78e, roughness: 0.62, metalness: 0 });
  const colour = (hex: string) => ({ value: new Color(hex) });
  material.onBeforeCompile = (shader: WebGLProgramParametersWithUniforms) => {
    Object.assign(shader.uniforms, {
      regionPaint: { value: paint.texture },
      regionPaintActive: paint.active,
      painPaintActive: pain.active,
      hoverColor: colour(ZONE_COLOURS.hover),
      essentialColor: colour(ZONE_COLOURS.essential),
      spilloverColor: colour(ZONE_COLOURS.spillover),
      spilloverGround: colour(ZONE_COLOURS.spilloverGround),
      localColor: colour(ZONE_COLOURS.local),
      localGround: colour(ZONE_COLOURS.localGround),
      pixelRatio: { value: pixelRatio },
      painPaint: { value: pain.texture },
      painColor: colour(ZONE_COLOURS.pain),
      painGround: colour(ZONE_COLOURS.painGround),
    });
    shader.vertexShader = VERTEX_DECLARATIONS + shader.vertexShader.replace('#include <begin_vertex>', `#include <begin_vertex>\n${VERTEX_PAINT}`);
    shader.fragmentShader = FRAGMENT_DECLARATIONS + shader.fragmentShader.replace('#include <color_fragment>', `#include <color_fragment>\n${FRAGMENT_PAINT}`);
  };
  material.customProgramCacheKey = () => 'myomap-skin';
  return material;
}
