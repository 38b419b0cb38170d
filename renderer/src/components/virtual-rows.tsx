import { Box, type BoxProps } from '@mantine/core';
import type { Virtualizer } from '@tanstack/react-virtual';
import type { ReactNode } from 'react';

/**
 * The rows a virtualizer has in view, each measured and placed absolutely at its offset (less the
 * list's scroll margin, for window virtualizers). One copy for every virtualised list — chat
 * history, conversation list, review queue — so measuring and placing stay the same everywhere;
 * the caller keeps the scrolling container and its total height. Extra props (padding) go on
 * each row.
 */
export function VirtualRows<S extends Element | Window>({
  virtualizer,
  children: render,
  ...rowProps
}: { virtualizer: Virtualizer<S, Element>; children: (index: number) => ReactNode } & Omit<BoxProps, 'children'>) {
  const margin = virtualizer.options.scrollMargin;
  return virtualizer.getVirtualItems().map((item) => (
    <Box
      key={item.key}
      ref={virtualizer.measureElement}
      data-index={item.index}
      pos="absolute"
      top={0}
      left={0}
      w="100%"
      {...rowProps}
      style={{ transform: `translateY(${item.start - margin}px)` }}
    >
      {render(item.index)}
    </Box>
  ));
}
