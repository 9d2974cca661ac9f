-- 我的缴费: payment orders taken at kiosks, a double-entry ledger, and ratings of a kiosk payment.

CREATE TABLE payment_orders (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  district_code text NOT NULL,
  order_no text NOT NULL UNIQUE,
  biller text NOT NULL CHECK (biller IN ('mobile', 'water', 'electricity', 'gas', 'broadband')),
  account_cipher text NOT NULL,
  account_index text NOT NULL,
  account_masked text NOT NULL,
  holder_masked text,
  amount_fen integer NOT NULL CHECK (amount_fen > 0),
  status text NOT NULL CHECK (status IN ('pending', 'succeeded', 'failed')),
  failure_reason text,
  biller_ref text,
  card_masked text,
  card_auth_code text,
  device_id uuid REFERENCES devices (id),
  site_code text NOT NULL,
  created_at timestamptz NOT NULL,
  settled_at timestamptz,
  settled_by text CHECK (settled_by IN ('answer', 'reconciliation')),
  reconcile_attempts integer NOT NULL DEFAULT 0,
  CHECK ((status = 'pending') = (settled_at IS NULL))
);
CREATE INDEX payment_orders_pending_idx ON payment_orders (created_at) WHERE status = 'pending';
CREATE INDEX payment_orders_account_idx ON payment_orders (account_index);
CREATE INDEX payment_orders_site_idx ON payment_orders (site_code, created_at);
COMMENT ON TABLE payment_orders IS '缴费订单（自助终端我的缴费：话费、水、电、燃气、宽带）';
COMMENT ON COLUMN payment_orders.id IS '订单标识';
COMMENT ON COLUMN payment_orders.district_code IS '所属区（租户）代码';
COMMENT ON COLUMN payment_orders.order_no IS '订单号（向缴费单位提交时用作请求号，保证不重复扣款）';
COMMENT ON COLUMN payment_orders.biller IS '缴费项目：mobile 话费 / water 水费 / electricity 电费 / gas 燃气费 / broadband 宽带';
COMMENT ON COLUMN payment_orders.account_cipher IS '缴费户号或手机号（加密）';
COMMENT ON COLUMN payment_orders.account_index IS '户号盲索引（按户号查询订单用）';
COMMENT ON COLUMN payment_orders.account_masked IS '户号脱敏显示';
COMMENT ON COLUMN payment_orders.holder_masked IS '户名脱敏显示（缴费单位返回）';
COMMENT ON COLUMN payment_orders.amount_fen IS '金额（分）';
COMMENT ON COLUMN payment_orders.status IS '状态：pending 处理中 / succeeded 成功 / failed 失败（已冲正退款）';
COMMENT ON COLUMN payment_orders.failure_reason IS '失败原因（缴费单位返回或对账结论）';
COMMENT ON COLUMN payment_orders.biller_ref IS '缴费单位流水号';
COMMENT ON COLUMN payment_orders.card_masked IS '付款银行卡号脱敏（密码键盘返回）';
COMMENT ON COLUMN payment_orders.card_auth_code IS '银行卡授权码（密码键盘返回）';
COMMENT ON COLUMN payment_orders.device_id IS '下单的自助终端';
COMMENT ON COLUMN payment_orders.site_code IS '终端所在服务大厅';
COMMENT ON COLUMN payment_orders.created_at IS '下单时间';
COMMENT ON COLUMN payment_orders.settled_at IS '结果确定时间';
COMMENT ON COLUMN payment_orders.settled_by IS '结果来源：answer 缴费单位即时应答 / reconciliation 对账作业';
COMMENT ON COLUMN payment_orders.reconcile_attempts IS '对账查询次数';

CREATE TABLE ledger_entries (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  district_code text NOT NULL,
  entry_group uuid NOT NULL,
  order_id uuid NOT NULL REFERENCES payment_orders (id),
  event text NOT NULL CHECK (event IN ('captured', 'succeeded', 'failed')),
  account text NOT NULL,
  debit_fen integer NOT NULL CHECK (debit_fen >= 0),
  credit_fen integer NOT NULL CHECK (credit_fen >= 0),
  created_at timestamptz NOT NULL,
  CHECK ((debit_fen = 0) <> (credit_fen = 0))
);
CREATE INDEX ledger_entries_group_idx ON ledger_entries (entry_group);
CREATE INDEX ledger_entries_order_idx ON ledger_entries (order_id);
-- One posting per order and event: a settled order cannot be settled again.
CREATE UNIQUE INDEX ledger_entries_event_idx ON ledger_entries (order_id, event, account);
COMMENT ON TABLE ledger_entries IS '复式记账分录（只增不改；每组借贷相等，提交时由约束触发器检查）';
COMMENT ON COLUMN ledger_entries.id IS '分录序号';
COMMENT ON COLUMN ledger_entries.district_code IS '所属区（租户）代码';
COMMENT ON COLUMN ledger_entries.entry_group IS '凭证号（同一笔业务的分录）';
COMMENT ON COLUMN ledger_entries.order_id IS '所属缴费订单';
COMMENT ON COLUMN ledger_entries.event IS '业务事件：captured 扣款 / succeeded 缴费成功 / failed 失败冲正';
COMMENT ON COLUMN ledger_entries.account IS '科目：card_clearing 银行卡待清算 / payments_in_transit 在途资金 / biller_payable:<项目> 应付缴费单位';
COMMENT ON COLUMN ledger_entries.debit_fen IS '借方金额（分）';
COMMENT ON COLUMN ledger_entries.credit_fen IS '贷方金额（分）';
COMMENT ON COLUMN ledger_entries.created_at IS '记账时间';

CREATE FUNCTION ledger_group_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  diff bigint;
BEGIN
  SELECT coalesce(sum(debit_fen), 0) - coalesce(sum(credit_fen), 0) INTO diff
    FROM ledger_entries WHERE entry_group = NEW.entry_group;
  IF diff <> 0 THEN
    RAISE EXCEPTION 'ledger entry group % does not balance (debits - credits = %)', NEW.entry_group, diff
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END;
$$;
CREATE CONSTRAINT TRIGGER ledger_entries_balanced
  AFTER INSERT ON ledger_entries
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION ledger_group_balanced();

CREATE FUNCTION ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ledger entries are never changed or removed; post a reversal instead';
END;
$$;
CREATE TRIGGER ledger_entries_append_only
  BEFORE UPDATE OR DELETE ON ledger_entries
  FOR EACH ROW EXECUTE FUNCTION ledger_append_only();

-- A kiosk payment may be rated (好差评 after each transaction) like a visit.
ALTER TABLE evaluations ADD COLUMN payment_order_id uuid REFERENCES payment_orders (id);
COMMENT ON COLUMN evaluations.payment_order_id IS '被评价的自助缴费（终端评价）';
ALTER TABLE evaluations DROP CONSTRAINT evaluations_channel_check;
ALTER TABLE evaluations DROP CONSTRAINT evaluations_check1;
ALTER TABLE evaluations
  ADD CONSTRAINT evaluations_channel_check CHECK (channel IN ('online', 'onsite', 'kiosk')),
  ADD CONSTRAINT evaluations_kiosk_check CHECK ((channel = 'kiosk') = (payment_order_id IS NOT NULL)),
  ADD CONSTRAINT evaluations_onsite_check CHECK ((channel = 'onsite') = (ticket_id IS NOT NULL));
CREATE UNIQUE INDEX evaluations_payment_idx ON evaluations (payment_order_id) WHERE payment_order_id IS NOT NULL;
COMMENT ON COLUMN evaluations.channel IS '渠道：online 网上/终端按办件评价 / onsite 现场按取号评价 / kiosk 自助终端缴费后评价';
