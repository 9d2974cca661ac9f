-- 电子监察 continued: staff phones for card SMS, flags on finished tasks, 督办 orders,
-- 好差评 ratings with rectification, callback and appeal.

ALTER TABLE staff ADD COLUMN phone_cipher text;
ALTER TABLE staff ADD COLUMN phone_index text;
ALTER TABLE staff ADD COLUMN phone_masked text;
COMMENT ON COLUMN staff.phone_cipher IS '工作人员手机号密文（用于监察短信；敏感个人信息，加密存储）';
COMMENT ON COLUMN staff.phone_index IS '手机号盲索引（HMAC），仅用于精确查找';
COMMENT ON COLUMN staff.phone_masked IS '手机号掩码（如 139****1234），用于显示';

CREATE INDEX tasks_completed_idx ON tasks (completed_at) WHERE completed_at IS NOT NULL;

CREATE TABLE supervision_flags (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  district_code text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('stage_overtime', 'late_forwarding', 'refusal_without_reason')),
  task_id uuid NOT NULL REFERENCES tasks (id),
  case_id uuid NOT NULL REFERENCES cases (id),
  org_code text NOT NULL REFERENCES orgs (code),
  staff_id uuid REFERENCES staff (id),
  detail text NOT NULL,
  raised_at timestamptz NOT NULL,
  UNIQUE (task_id, kind)
);
CREATE INDEX supervision_flags_org_idx ON supervision_flags (org_code, raised_at);
COMMENT ON TABLE supervision_flags IS '电子监察纠错提示：已办结环节中的环节超时、转报不及时、不予批准未说明理由';
COMMENT ON COLUMN supervision_flags.id IS '提示标识';
COMMENT ON COLUMN supervision_flags.district_code IS '所属区（租户）代码';
COMMENT ON COLUMN supervision_flags.kind IS '类别：stage_overtime 环节超时 / late_forwarding 转报不及时 / refusal_without_reason 不予批准未说明理由';
COMMENT ON COLUMN supervision_flags.task_id IS '涉及的办理环节';
COMMENT ON COLUMN supervision_flags.case_id IS '所属办件';
COMMENT ON COLUMN supervision_flags.org_code IS '责任单位';
COMMENT ON COLUMN supervision_flags.staff_id IS '责任人（办理该环节的工作人员）';
COMMENT ON COLUMN supervision_flags.detail IS '说明（期限、实际办理日期等）';
COMMENT ON COLUMN supervision_flags.raised_at IS '发现时间';

CREATE TABLE supervision_orders (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  district_code text NOT NULL,
  case_id uuid NOT NULL REFERENCES cases (id),
  org_code text NOT NULL REFERENCES orgs (code),
  message text NOT NULL,
  answer_due date NOT NULL,
  sent_by uuid NOT NULL REFERENCES staff (id),
  sent_at timestamptz NOT NULL,
  acknowledged_at timestamptz,
  acknowledged_by uuid REFERENCES staff (id),
  answered_at timestamptz,
  answered_by uuid REFERENCES staff (id),
  answer text,
  CHECK ((answered_at IS NULL) = (answer IS NULL)),
  CHECK (answered_at IS NULL OR acknowledged_at IS NOT NULL)
);
CREATE INDEX supervision_orders_org_idx ON supervision_orders (org_code, answered_at);
COMMENT ON TABLE supervision_orders IS '督办单：监察人员就某一办件向承办单位发出，单位签收并在期限内答复';
COMMENT ON COLUMN supervision_orders.id IS '督办单标识';
COMMENT ON COLUMN supervision_orders.district_code IS '所属区（租户）代码';
COMMENT ON COLUMN supervision_orders.case_id IS '督办的办件';
COMMENT ON COLUMN supervision_orders.org_code IS '被督办单位';
COMMENT ON COLUMN supervision_orders.message IS '督办事项与要求';
COMMENT ON COLUMN supervision_orders.answer_due IS '答复期限（工作日计算）';
COMMENT ON COLUMN supervision_orders.sent_by IS '发出人（监察人员）';
COMMENT ON COLUMN supervision_orders.sent_at IS '发出时间';
COMMENT ON COLUMN supervision_orders.acknowledged_at IS '签收时间（已读回执）';
COMMENT ON COLUMN supervision_orders.acknowledged_by IS '签收人';
COMMENT ON COLUMN supervision_orders.answered_at IS '答复时间';
COMMENT ON COLUMN supervision_orders.answered_by IS '答复人';
COMMENT ON COLUMN supervision_orders.answer IS '答复内容（办理情况）';

CREATE TABLE evaluations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  district_code text NOT NULL,
  channel text NOT NULL CHECK (channel IN ('online', 'onsite')),
  case_id uuid REFERENCES cases (id),
  ticket_id uuid REFERENCES queue_tickets (id),
  org_code text NOT NULL REFERENCES orgs (code),
  level smallint NOT NULL CHECK (level BETWEEN 1 AND 5),
  comment text,
  resident_id uuid REFERENCES residents (id),
  created_at timestamptz NOT NULL,
  appeal_status text NOT NULL DEFAULT 'none' CHECK (appeal_status IN ('none', 'pending', 'upheld', 'dismissed')),
  appeal_reason text,
  appealed_by uuid REFERENCES staff (id),
  appealed_at timestamptz,
  appeal_note text,
  appeal_decided_by uuid REFERENCES staff (id),
  appeal_decided_at timestamptz,
  CHECK ((channel = 'online') = (case_id IS NOT NULL)),
  CHECK ((channel = 'onsite') = (ticket_id IS NOT NULL))
);
CREATE UNIQUE INDEX evaluations_case_idx ON evaluations (case_id) WHERE case_id IS NOT NULL;
CREATE UNIQUE INDEX evaluations_ticket_idx ON evaluations (ticket_id) WHERE ticket_id IS NOT NULL;
CREATE INDEX evaluations_org_idx ON evaluations (org_code, created_at);
COMMENT ON TABLE evaluations IS '好差评：一事一评（办件，网上）与一次一评（现场取号办理）';
COMMENT ON COLUMN evaluations.id IS '评价标识';
COMMENT ON COLUMN evaluations.district_code IS '所属区（租户）代码';
COMMENT ON COLUMN evaluations.channel IS '渠道：online 网上/终端按办件评价 / onsite 现场按取号评价';
COMMENT ON COLUMN evaluations.case_id IS '被评价的办件（网上评价）';
COMMENT ON COLUMN evaluations.ticket_id IS '被评价的取号办理（现场评价）';
COMMENT ON COLUMN evaluations.org_code IS '被评价单位（受理社区或大厅所在单位）';
COMMENT ON COLUMN evaluations.level IS '评价等级：5 非常满意 / 4 满意 / 3 基本满意 / 2 不满意 / 1 非常不满意';
COMMENT ON COLUMN evaluations.comment IS '评价内容';
COMMENT ON COLUMN evaluations.resident_id IS '评价人（居民）；对被评价单位保密，仅监察可见';
COMMENT ON COLUMN evaluations.created_at IS '评价时间';
COMMENT ON COLUMN evaluations.appeal_status IS '申诉状态：none 无 / pending 待裁定 / upheld 申诉成立（不计入统计） / dismissed 申诉不成立';
COMMENT ON COLUMN evaluations.appeal_reason IS '被评价单位提出的申诉理由（恶意差评）';
COMMENT ON COLUMN evaluations.appealed_by IS '申诉人';
COMMENT ON COLUMN evaluations.appealed_at IS '申诉时间';
COMMENT ON COLUMN evaluations.appeal_note IS '裁定意见';
COMMENT ON COLUMN evaluations.appeal_decided_by IS '裁定人（监察人员）';
COMMENT ON COLUMN evaluations.appeal_decided_at IS '裁定时间';

CREATE TABLE rectifications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  district_code text NOT NULL,
  evaluation_id uuid NOT NULL UNIQUE REFERENCES evaluations (id),
  org_code text NOT NULL REFERENCES orgs (code),
  due_date date NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'withdrawn')),
  callback_at timestamptz,
  callback_by uuid REFERENCES staff (id),
  callback_reached boolean,
  callback_note text,
  result text,
  closed_at timestamptz,
  closed_by uuid REFERENCES staff (id),
  created_at timestamptz NOT NULL,
  CHECK (status <> 'done' OR (callback_at IS NOT NULL AND result IS NOT NULL))
);
CREATE INDEX rectifications_open_idx ON rectifications (org_code, due_date) WHERE status = 'open';
COMMENT ON TABLE rectifications IS '差评整改：差评生成的整改任务，含回访记录与整改结果';
COMMENT ON COLUMN rectifications.id IS '整改标识';
COMMENT ON COLUMN rectifications.district_code IS '所属区（租户）代码';
COMMENT ON COLUMN rectifications.evaluation_id IS '对应的差评';
COMMENT ON COLUMN rectifications.org_code IS '整改单位';
COMMENT ON COLUMN rectifications.due_date IS '整改期限（工作日计算，本地 5–15 个工作日）';
COMMENT ON COLUMN rectifications.status IS '状态：open 整改中 / done 已整改 / withdrawn 差评申诉成立后撤销';
COMMENT ON COLUMN rectifications.callback_at IS '回访时间';
COMMENT ON COLUMN rectifications.callback_by IS '回访人';
COMMENT ON COLUMN rectifications.callback_reached IS '回访是否联系到评价人';
COMMENT ON COLUMN rectifications.callback_note IS '回访记录';
COMMENT ON COLUMN rectifications.result IS '整改情况';
COMMENT ON COLUMN rectifications.closed_at IS '办结时间';
COMMENT ON COLUMN rectifications.closed_by IS '办结人';
COMMENT ON COLUMN rectifications.created_at IS '生成时间';
