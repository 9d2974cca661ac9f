-- 收件: applications received for examination later (online, by post, or left at the window).
-- 行政许可法第三十二条: if the applicant is not told within 5 days what is missing, the application
-- counts as accepted from the day the materials were received.

CREATE TABLE case_receipts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  district_code text NOT NULL,
  receipt_no text NOT NULL UNIQUE,
  item_code text NOT NULL REFERENCES service_items (code),
  site_code text NOT NULL,
  community_code text NOT NULL REFERENCES orgs (code),
  resident_id uuid NOT NULL REFERENCES residents (id),
  applicant_name text NOT NULL,
  form_data jsonb NOT NULL DEFAULT '{}',
  provided_materials text[] NOT NULL DEFAULT '{}',
  received_by uuid NOT NULL REFERENCES staff (id),
  received_at timestamptz NOT NULL,
  examine_by date NOT NULL,
  status text NOT NULL DEFAULT 'received'
    CHECK (status IN ('received', 'accepted', 'notified', 'refused', 'deemed_accepted')),
  missing_materials text[],
  case_id uuid REFERENCES cases (id),
  decided_by uuid REFERENCES staff (id),
  decided_at timestamptz,
  CHECK ((status = 'received') = (decided_at IS NULL)),
  CHECK ((status IN ('accepted', 'deemed_accepted')) = (case_id IS NOT NULL))
);
CREATE INDEX case_receipts_open_idx ON case_receipts (examine_by) WHERE status = 'received';
CREATE INDEX case_receipts_site_idx ON case_receipts (site_code, received_at);
COMMENT ON TABLE case_receipts IS '收件登记：已收材料、待审查是否受理的申请（逾期未告知补正即视为受理）';
COMMENT ON COLUMN case_receipts.id IS '收件标识';
COMMENT ON COLUMN case_receipts.district_code IS '所属区（租户）代码';
COMMENT ON COLUMN case_receipts.receipt_no IS '收件编号（收件回执上）';
COMMENT ON COLUMN case_receipts.item_code IS '申请事项';
COMMENT ON COLUMN case_receipts.site_code IS '收件大厅';
COMMENT ON COLUMN case_receipts.community_code IS '申请人所属社区';
COMMENT ON COLUMN case_receipts.resident_id IS '申请人';
COMMENT ON COLUMN case_receipts.applicant_name IS '申请人姓名（收件时）';
COMMENT ON COLUMN case_receipts.form_data IS '申请表内容';
COMMENT ON COLUMN case_receipts.provided_materials IS '已收材料（材料编号）';
COMMENT ON COLUMN case_receipts.received_by IS '收件人';
COMMENT ON COLUMN case_receipts.received_at IS '收件时间';
COMMENT ON COLUMN case_receipts.examine_by IS '审查期限（收件后第 5 个工作日）；逾期未告知补正即自收件之日起视为受理';
COMMENT ON COLUMN case_receipts.status IS '状态：received 待审查 / accepted 已受理 / notified 已一次性告知补正 / refused 不予受理 / deemed_accepted 逾期视为受理';
COMMENT ON COLUMN case_receipts.missing_materials IS '一次性告知须补正的材料（材料编号）';
COMMENT ON COLUMN case_receipts.case_id IS '受理后生成的办件';
COMMENT ON COLUMN case_receipts.decided_by IS '审查人（视为受理时为空）';
COMMENT ON COLUMN case_receipts.decided_at IS '审查结论时间';

ALTER TABLE cases DROP CONSTRAINT cases_accept_mode_check;
ALTER TABLE cases ADD CONSTRAINT cases_accept_mode_check
  CHECK (accept_mode IN ('normal', 'tolerate-missing', 'deemed'));
COMMENT ON COLUMN cases.accept_mode IS '受理方式：normal 正常受理 / tolerate-missing 容缺受理 / deemed 收件后逾期未告知补正，依法视为受理';
