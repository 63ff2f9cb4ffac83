/**
 * The model an analysis uses, of one kind (the kind model, the name decision): the shipped weights,
 * parsed once on first use, unless evaluation has set another (a fold's model, or null for none).
 */
export interface ModelSlot<M> {
  /** The model set by `use`, else the shipped one. */
  active(): M | null;
  /** Sets the model for the following analyses (undefined: back to the shipped one; null: none). */
  use(model: M | null | undefined): void;
  /** What `use` set (undefined: nothing), so a learner can put it back. */
  overridden(): M | null | undefined;
}

export function modelSlot<M>(parseShipped: () => M | null): ModelSlot<M> {
  let shipped: M | null | undefined;
  let override: M | null | undefined;
  return {
    active: () => {
      if (override !== undefined) return override;
      shipped ??= parseShipped();
      return shipped;
    },
    use: (model) => {
      override = model;
    },
    overridden: () => override,
  };
}
