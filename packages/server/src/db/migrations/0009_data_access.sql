-- Lookups of other departments' data (一次收集、多方共享), each with its purpose.

CREATE TABLE data_access_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  district_code text NOT NULL,
  at timestamptz NOT NULL,
  actor_id uuid NOT NULL REFERENCES staff (id),
  case_id uuid NOT NULL REFERENCES cases (id),
  source text NOT NULL CHECK (source IN ('property', 'land')),
  purpose text NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('found', 'none', 'failed')),
  duration_ms integer NOT NULL
);
CREATE INDEX data_access_case_idx ON data_access_log (case_id, at);
COMMENT ON TABLE data_access_log IS '部门共享数据查询记录：谁、为哪个办件、以何目的查询了哪个部门的数据（个人信息保护法要求的用途记录）';
COMMENT ON COLUMN data_access_log.id IS '顺序号';
COMMENT ON COLUMN data_access_log.district_code IS '所属区（租户）代码';
COMMENT ON COLUMN data_access_log.at IS '查询时间';
COMMENT ON COLUMN data_access_log.actor_id IS '查询的工作人员';
COMMENT ON COLUMN data_access_log.case_id IS '所为的办件';
COMMENT ON COLUMN data_access_log.source IS '数据来源：property 房产登记 / land 国土（自然资源）';
COMMENT ON COLUMN data_access_log.purpose IS '查询目的（如 住房保障低收入认定 家庭住房情况核查）';
COMMENT ON COLUMN data_access_log.outcome IS '结果：found 查到记录 / none 无记录 / failed 对方系统不可用';
COMMENT ON COLUMN data_access_log.duration_ms IS '对方系统响应耗时（毫秒）';
