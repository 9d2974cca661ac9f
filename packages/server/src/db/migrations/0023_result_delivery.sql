-- 结果送达: a decided case's result (certificate, decision letter) is handed over at the window,
-- posted, or served electronically, within 10 working days of the decision (行政许可法第四十四条).
ALTER TABLE cases
  ADD COLUMN delivered_at timestamptz,
  ADD COLUMN delivery_method text CHECK (delivery_method IN ('window', 'post', 'electronic')),
  ADD COLUMN delivery_recipient text,
  ADD COLUMN delivery_note text,
  ADD COLUMN delivered_by uuid REFERENCES staff (id),
  ADD CONSTRAINT cases_delivery_complete CHECK (
    (delivered_at IS NULL AND delivery_method IS NULL AND delivered_by IS NULL)
    OR (delivered_at IS NOT NULL AND delivery_method IS NOT NULL AND delivered_by IS NOT NULL)
  );
COMMENT ON COLUMN cases.delivered_at IS '办理结果送达时间；空为尚未送达';
COMMENT ON COLUMN cases.delivery_method IS '送达方式：window 窗口领取 / post 邮寄送达 / electronic 电子送达';
COMMENT ON COLUMN cases.delivery_recipient IS '受送达人：申请人本人，或代领人姓名';
COMMENT ON COLUMN cases.delivery_note IS '送达说明，如邮件运单号';
COMMENT ON COLUMN cases.delivered_by IS '办理送达的窗口人员';
CREATE INDEX cases_awaiting_delivery_idx ON cases (site_code)
  WHERE delivered_at IS NULL AND status IN ('approved', 'rejected');
