/**
 * Per-region paint, read in the body's shader: one RGBA texel per atlas region. Changing what is
 * highlighted rewrites a few texels instead of the vertex buffer.
 * Channels: r = hover.
 */
import { Color, DataTexture, MeshStandardMaterial, RGBAFormat, UnsignedByteType, type WebGLProgramParametersWithUniforms } from 'three';

export class RegionPaint {
  readonly texture: DataTexture;
  private readonly data: Uint8Array;

  constructor(readonly regionCount: number) {
    this.data = new Uint8Array(regionCount * 4);
    this.texture = new DataTexture(this.data, regionCount, 1, RGBAFormat, UnsignedByteType);
    this.texture.needsUpdate = true;
  }

  setChannel(channel: 0 | 1 | 2 | 3, regionIndex: number, value: number): void {
    if (regionIndex < 0 || regionIndex >= this.regionCount) return;
    this.data[regionIndex * 4 + channel] = Math.round(Math.min(Math.max(value, 0), 1) * 255);
    this.texture.needsUpdate = true;
  }

  clearChannel(channel: 0 | 1 | 2 | 3): void {
    for (let i = channel; i < this.data.length; i += 4) this.data[i] = 0;
    this.texture.needsUpdate = true;
  }
}

const VERTEX_DECLARATIONS = /* glsl */ `
attribute float _region;
flat varying int vRegion;
`;
const FRAGMENT_DECLARATIONS = /* glsl */ `
uniform sampler2D regionPaint;
uniform vec3 hoverColor;
flat varying int vRegion;
`;
const FRAGMENT_PAINT = /* glsl */ `
vec4 paint = texelFetch(regionPaint, ivec2(vRegion, 0), 0);
diffuseColor.rgb = mix(diffuseColor.rgb, hoverColor, paint.r * 0.45);
`;

export function createSkinMaterial(paint: RegionPaint): MeshStandardMaterial {
  const material = new MeshStandardMaterial({ color: 0xd9a78e, roughness: 0.62, metalness: 0 });
  material.onBeforeCompile = (shader: WebGLProgramParametersWithUniforms) => {
    shader.uniforms.regionPaint = { value: paint.texture };
    shader.uniforms.hoverColor = { value: new Color(0.25, 0.55, 0.95) };
    shader.vertexShader = VERTEX_DECLARATIONS + shader.vertexShader.replace('#include <begin_vertex>', '#include <begin_vertex>\nvRegion = int(_region + 0.5);');
    shader.fragmentShader = FRAGMENT_DECLARATIONS + shader.fragmentShader.replace('#include <color_fragment>', `#include <color_fragment>\n${FRAGMENT_PAINT}`);
  };
  material.customProgramCacheKey = () => 'myomap-skin';
  return material;
}
