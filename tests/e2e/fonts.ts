import type { Page } from 'playwright-core';

export interface DrawnWith {
  familyName: string;
  isCustomFont: boolean;
  glyphCount: number;
}

/**
 * The fonts Chromium drew the elements matching `selector` with, asked of the renderer itself (a
 * missing glyph shows up as another family): their own text, or their ::before content (icons).
 */
export async function fontsDrawing(page: Page, selector: string, part: 'text' | 'before' = 'text'): Promise<DrawnWith[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
    const drawn: DrawnWith[] = [];
    for (const nodeId of nodeIds) {
      let target: number | undefined = nodeId;
      if (part === 'before') {
        const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1 });
        target = node.pseudoElements?.find((p) => p.pseudoType === 'before')?.nodeId;
      }
      if (target === undefined) continue;
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId: target });
      drawn.push(...fonts);
    }
    return drawn;
  } finally {
    await cdp.detach();
  }
}
