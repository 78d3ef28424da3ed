/**
 * What the playbook knows about each customer, in columns aligned with the RFM table's rows.
 */
export interface PlayFacts {
  n: number;
  /** Past value (currency: revenue, or profit on the profit basis): the RFM monetary value. */
  pastValue: ArrayLike<number>;
  /** Orders (RFM frequency). */
  orders: ArrayLike<number>;
  /** Whole days since the last purchase (RFM recency). */
  recency: ArrayLike<number>;
  /** Lifecycle stage, index into STAGE_IDS. */
  stage: ArrayLike<number>;
  /** The usual gap between the customer's orders (days; the population's for one order). */
  gap: ArrayLike<number>;
  /** P(active) now from an identified CLV model; NaN where not known; null without a model. */
  pActive: ArrayLike<number> | null;
  /** CLV over the model's horizon (currency); null without a model. */
  clv: ArrayLike<number> | null;
  /** 1 when the expected next purchase is overdue (purchase timing); null without a model. */
  overdue: ArrayLike<number> | null;
  /** Whether the customer has at least one offer (products mapped); null without products. */
  hasOffer: ArrayLike<number> | null;
}
