-- Cases (办件), their process state, tasks, materials checklist and timeline.

CREATE TABLE process_definitions (
  key text NOT NULL,
  version integer NOT NULL,
  name text NOT NULL,
  definition jsonb NOT NULL,
  source text NOT NULL CHECK (source IN ('catalog', 'bpmn')),
  created_at timestamptz NOT NULL,
  PRIMARY KEY (key, version)
);
COMMENT ON TABLE process_definitions IS '流程定义（版本化）；在办案件沿用其开始时的版本';
COMMENT ON COLUMN process_definitions.key IS '流程标识（默认为事项编码）';
COMMENT ON COLUMN process_definitions.version IS '版本号，内容变化时递增';
COMMENT ON COLUMN process_definitions.name IS '流程名称';
COMMENT ON COLUMN process_definitions.definition IS '流程定义 JSON：节点（用户任务、并行网关、排他网关、结束）与连线';
COMMENT ON COLUMN process_definitions.source IS '来源：catalog 由事项办理环节生成 / bpmn 由 BPMN 2.0 导入';
COMMENT ON COLUMN process_definitions.created_at IS '创建时间';

CREATE TABLE case_number_counters (
  prefix text PRIMARY KEY,
  last integer NOT NULL
);
COMMENT ON TABLE case_number_counters IS '办件编号计数器：每个编号前缀（通常按日）一个顺序号，并发安全';
COMMENT ON COLUMN case_number_counters.prefix IS '编号中顺序号之前的部分，如 KF-20260930-';
COMMENT ON COLUMN case_number_counters.last IS '已发出的最大顺序号';

CREATE TABLE cases (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  district_code text NOT NULL,
  case_no text NOT NULL UNIQUE,
  item_code text NOT NULL REFERENCES service_items (code),
  item_version integer NOT NULL,
  process_key text NOT NULL,
  process_version integer NOT NULL,
  process_state jsonb NOT NULL,
  status text NOT NULL CHECK (status IN ('accepted', 'in_review', 'supplement_required', 'approved', 'rejected', 'not_accepted', 'withdrawn')),
  site_code text NOT NULL REFERENCES sites (code),
  community_code text NOT NULL REFERENCES orgs (code),
  resident_id uuid NOT NULL REFERENCES residents (id),
  applicant_name text NOT NULL,
  form_data jsonb NOT NULL DEFAULT '{}',
  accept_mode text NOT NULL CHECK (accept_mode IN ('normal', 'tolerate-missing')),
  ticket_id uuid,
  accepted_by uuid NOT NULL REFERENCES staff (id),
  accepted_at timestamptz NOT NULL,
  promised_due date,
  statutory_due date,
  paused_since timestamptz,
  ended_at timestamptz,
  public_token text NOT NULL UNIQUE,
  FOREIGN KEY (process_key, process_version) REFERENCES process_definitions (key, version)
);
CREATE INDEX cases_resident_idx ON cases (resident_id);
CREATE INDEX cases_community_idx ON cases (community_code, status);
COMMENT ON TABLE cases IS '办件：一次申请从受理到办结的全过程';
COMMENT ON COLUMN cases.id IS '办件标识';
COMMENT ON COLUMN cases.district_code IS '所属区（租户）代码';
COMMENT ON COLUMN cases.case_no IS '办件编号（对外），格式可配置';
COMMENT ON COLUMN cases.item_code IS '事项编码';
COMMENT ON COLUMN cases.item_version IS '受理时事项实施清单的版本';
COMMENT ON COLUMN cases.process_key IS '流程标识';
COMMENT ON COLUMN cases.process_version IS '受理时的流程版本（在办案件不随流程修改而变）';
COMMENT ON COLUMN cases.process_state IS '流程引擎状态 JSON（令牌、并行汇聚计数、补正恢复点）';
COMMENT ON COLUMN cases.status IS '办件状态：accepted 已受理 / in_review 审核中 / supplement_required 待补正 / approved 准予 / rejected 不予批准 / not_accepted 不予受理 / withdrawn 撤回';
COMMENT ON COLUMN cases.site_code IS '受理大厅代码';
COMMENT ON COLUMN cases.community_code IS '办件所属社区（流程环节按此找到街道与部门）';
COMMENT ON COLUMN cases.resident_id IS '申请人（居民）标识';
COMMENT ON COLUMN cases.applicant_name IS '申请人姓名（受理时）';
COMMENT ON COLUMN cases.form_data IS '申请表单数据 JSON';
COMMENT ON COLUMN cases.accept_mode IS '受理方式：normal 正常受理 / tolerate-missing 容缺受理';
COMMENT ON COLUMN cases.ticket_id IS '对应的排队叫号票（如有）';
COMMENT ON COLUMN cases.accepted_by IS '受理人';
COMMENT ON COLUMN cases.accepted_at IS '受理时间';
COMMENT ON COLUMN cases.promised_due IS '承诺办结日期（工作日计算，含补正暂停的顺延）';
COMMENT ON COLUMN cases.statutory_due IS '法定办结日期';
COMMENT ON COLUMN cases.paused_since IS '因补正或特别程序暂停计时的开始时间；为空表示正在计时';
COMMENT ON COLUMN cases.ended_at IS '办结时间';
COMMENT ON COLUMN cases.public_token IS '进度查询二维码令牌（随机，不含个人信息）';

CREATE TABLE case_materials (
  case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  material_id text NOT NULL,
  name text NOT NULL,
  required boolean NOT NULL,
  provided boolean NOT NULL,
  due_date date,
  PRIMARY KEY (case_id, material_id)
);
COMMENT ON TABLE case_materials IS '办件的材料核验清单';
COMMENT ON COLUMN case_materials.case_id IS '办件标识';
COMMENT ON COLUMN case_materials.material_id IS '材料编号（事项内）';
COMMENT ON COLUMN case_materials.name IS '材料名称（受理时）';
COMMENT ON COLUMN case_materials.required IS '是否必需';
COMMENT ON COLUMN case_materials.provided IS '是否已提交并核验';
COMMENT ON COLUMN case_materials.due_date IS '容缺受理时承诺补交的期限';

CREATE TABLE tasks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  district_code text NOT NULL,
  case_id uuid NOT NULL REFERENCES cases (id),
  engine_task_id text NOT NULL,
  node text NOT NULL,
  name text NOT NULL,
  org_code text NOT NULL REFERENCES orgs (code),
  status text NOT NULL CHECK (status IN ('open', 'approved', 'rejected', 'returned', 'cancelled')),
  opened_at timestamptz NOT NULL,
  due_date date,
  completed_at timestamptz,
  completed_by uuid REFERENCES staff (id),
  comment text,
  UNIQUE (case_id, engine_task_id)
);
CREATE INDEX tasks_open_idx ON tasks (org_code, due_date) WHERE status = 'open';
COMMENT ON TABLE tasks IS '办件的审核审批任务（流程中的用户任务）';
COMMENT ON COLUMN tasks.id IS '任务标识';
COMMENT ON COLUMN tasks.district_code IS '所属区（租户）代码';
COMMENT ON COLUMN tasks.case_id IS '办件标识';
COMMENT ON COLUMN tasks.engine_task_id IS '流程引擎内的任务标识（办件内唯一）';
COMMENT ON COLUMN tasks.node IS '流程节点标识';
COMMENT ON COLUMN tasks.name IS '环节名称，如 街道计生办审核';
COMMENT ON COLUMN tasks.org_code IS '承办机构代码';
COMMENT ON COLUMN tasks.status IS '任务状态：open 待办 / approved 同意 / rejected 不同意 / returned 退回补正 / cancelled 取消';
COMMENT ON COLUMN tasks.opened_at IS '到达时间';
COMMENT ON COLUMN tasks.due_date IS '环节办理期限（工作日计算）';
COMMENT ON COLUMN tasks.completed_at IS '办理时间';
COMMENT ON COLUMN tasks.completed_by IS '办理人';
COMMENT ON COLUMN tasks.comment IS '办理意见';

CREATE TABLE case_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id),
  at timestamptz NOT NULL,
  stage text NOT NULL,
  text text NOT NULL,
  org_code text REFERENCES orgs (code),
  actor_id uuid REFERENCES staff (id)
);
CREATE INDEX case_events_case_idx ON case_events (case_id, id);
COMMENT ON TABLE case_events IS '办件时间线（居民与工作人员可见的办理过程）';
COMMENT ON COLUMN case_events.id IS '顺序号';
COMMENT ON COLUMN case_events.case_id IS '办件标识';
COMMENT ON COLUMN case_events.at IS '发生时间';
COMMENT ON COLUMN case_events.stage IS '阶段：受理、承办、审核、批准、办结、补正、不予批准 等';
COMMENT ON COLUMN case_events.text IS '面向居民的说明文字';
COMMENT ON COLUMN case_events.org_code IS '办理机构';
COMMENT ON COLUMN case_events.actor_id IS '办理人（工作人员）';
