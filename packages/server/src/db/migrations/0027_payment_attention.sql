-- Reconciliation never turns "the biller could not be reached" into "the biller never received it":
-- an unreachable biller leaves the order pending and, after a while, flags it for staff; a payment
-- reversed because the biller said it had no record is asked about again for some days, and if
-- the biller turns out to have credited it, the mismatch is flagged for manual handling (it is
-- never settled twice).
ALTER TABLE payment_orders
  ADD COLUMN attention text CHECK (attention IN ('biller_unreachable', 'credited_after_reversal')),
  ADD COLUMN attention_at timestamptz,
  ADD COLUMN attention_ref text;
CREATE INDEX payment_orders_revisit_idx ON payment_orders (settled_at)
  WHERE status = 'failed' AND settled_by = 'reconciliation' AND attention IS NULL;
COMMENT ON COLUMN payment_orders.attention IS '需人工处理：biller_unreachable 缴费单位长时间无法联系（订单仍在途，未退款）；credited_after_reversal 已退款后缴费单位确认入账（不自动处理，人工核对）';
COMMENT ON COLUMN payment_orders.attention_at IS '标记需人工处理的时间';
COMMENT ON COLUMN payment_orders.attention_ref IS '缴费单位事后确认入账时给出的流水号（credited_after_reversal）';
