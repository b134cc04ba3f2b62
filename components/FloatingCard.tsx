import { Component, createRef, type ComponentChildren } from 'preact';
import { placePopover, type Box, type Placement } from '../lib/ui/place-popover';

export interface FloatingCardProps {
  /** The mention's box in viewport coordinates. */
  anchor: Box;
  label: string;
  children: ComponentChildren;
}

/**
 * A card fixed next to its anchor, measured after render so that it stays inside the viewport. A
 * class rather than hooks: the content script, which every news tab loads, then needs no hooks
 * runtime.
 */
export class FloatingCard extends Component<FloatingCardProps, { place: Placement | null }> {
  override state = { place: null as Placement | null };
  private ref = createRef<HTMLDivElement>();

  override componentDidMount() {
    this.measure();
  }

  override componentDidUpdate(previous: FloatingCardProps) {
    const [a, b] = [previous.anchor, this.props.anchor];
    if (a.left !== b.left || a.top !== b.top || a.right !== b.right || a.bottom !== b.bottom || previous.children !== this.props.children) this.measure();
  }

  private measure() {
    const el = this.ref.current;
    if (!el) return;
    const view = el.ownerDocument.defaultView!;
    this.setState({ place: placePopover(this.props.anchor, { width: el.offsetWidth, height: el.offsetHeight }, { width: view.innerWidth, height: view.innerHeight }) });
  }

  override render({ label, children }: FloatingCardProps, { place }: { place: Placement | null }) {
    return (
      <div
        ref={this.ref}
        class="bs-card"
        role="dialog"
        aria-label={label}
        data-placement={place?.above ? 'above' : 'below'}
        style={place ? { left: `${place.left}px`, top: `${place.top}px` } : { left: '0px', top: '0px', visibility: 'hidden' }}
      >
        {children}
      </div>
    );
  }
}
