import { heatColour, heatLegend, scorePercent } from './colour-scale';

describe('heat colour scale', () => {
  it('mixes the theme colours in OKLab in proportion to the score', () => {
    expect(heatColour(0)).toBe('color-mix(in oklab, var(--app-heat-1) 0%, var(--app-heat-0))');
    expect(heatColour(0.375)).toBe('color-mix(in oklab, var(--app-heat-1) 37.5%, var(--app-heat-0))');
    expect(heatColour(1)).toBe('color-mix(in oklab, var(--app-heat-1) 100%, var(--app-heat-0))');
  });

  it('keeps out-of-range and missing scores on the scale', () => {
    expect(heatColour(1.7)).toBe(heatColour(1));
    expect(heatColour(-1)).toBe(heatColour(0));
    expect(heatColour(Number.NaN)).toBe(heatColour(0));
  });

  it('rounds scores to whole percentages', () => {
    expect(scorePercent(0.375)).toBe(38);
    expect(scorePercent(0.994)).toBe(99);
    expect(scorePercent(2)).toBe(100);
  });

  it('labels the legend with round percentage ticks spread over its width', () => {
    const legend = heatLegend(300);
    expect(legend.ticks.map((t) => t.label)).toEqual(['0%', '20%', '40%', '60%', '80%', '100%']);
    expect(legend.ticks[0].x).toBe(0);
    expect(legend.ticks[legend.ticks.length - 1].x).toBe(300);
    expect(heatLegend(100).ticks.map((t) => t.label)).toEqual(['0%', '50%', '100%']);
  });

  it('draws the ramp from the lowest to the highest colour across the whole width', () => {
    const legend = heatLegend(200, 10);
    expect(legend.steps.length).toBe(10);
    expect(legend.steps[0].colour).toBe(heatColour(0.05));
    expect(legend.steps[9].colour).toBe(heatColour(0.95));
    expect(legend.steps[9].x + legend.steps[9].width).toBeGreaterThanOrEqual(200);
  });
});
