-- 电子监察: deadline cards on open tasks (预警 / 黄牌 / 红牌).

CREATE TABLE supervision_alerts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  district_code text NOT NULL,
  task_id uuid NOT NULL REFERENCES tasks (id),
  case_id uuid NOT NULL REFERENCES cases (id),
  org_code text NOT NULL REFERENCES orgs (code),
  level text NOT NULL CHECK (level IN ('warning', 'yellow', 'red')),
  due_date date NOT NULL,
  raised_at timestamptz NOT NULL,
  resolved_at timestamptz,
  UNIQUE (task_id, level)
);
CREATE INDEX supervision_alerts_open_idx ON supervision_alerts (org_code) WHERE resolved_at IS NULL;
COMMENT ON TABLE supervision_alerts IS '电子监察警示：在办环节临近或超过办理时限时发出的预警、黄牌、红牌';
COMMENT ON COLUMN supervision_alerts.id IS '警示标识';
COMMENT ON COLUMN supervision_alerts.district_code IS '所属区（租户）代码';
COMMENT ON COLUMN supervision_alerts.task_id IS '被警示的办理环节';
COMMENT ON COLUMN supervision_alerts.case_id IS '所属办件';
COMMENT ON COLUMN supervision_alerts.org_code IS '责任单位（承办该环节的机构）';
COMMENT ON COLUMN supervision_alerts.level IS '级别：warning 预警（到期前一个工作日）/ yellow 黄牌（超期）/ red 红牌（超期后仍未办结超过宽限）';
COMMENT ON COLUMN supervision_alerts.due_date IS '发出时环节的到期日';
COMMENT ON COLUMN supervision_alerts.raised_at IS '发出时间';
COMMENT ON COLUMN supervision_alerts.resolved_at IS '消除时间（环节办结、退回或取消时）';
