-- Service catalog: categories, items (事项 + 实施清单) and their materials.

CREATE TABLE catalog_categories (
  code text PRIMARY KEY,
  name text NOT NULL,
  sort_order integer NOT NULL
);
COMMENT ON TABLE catalog_categories IS '社区服务事项分类（党员服务、社会救助服务等八类）';
COMMENT ON COLUMN catalog_categories.code IS '分类代码';
COMMENT ON COLUMN catalog_categories.name IS '分类名称';
COMMENT ON COLUMN catalog_categories.sort_order IS '展示顺序';

CREATE TABLE service_items (
  code text PRIMARY KEY,
  district_code text NOT NULL,
  basic_code text NOT NULL,
  name text NOT NULL,
  category_code text NOT NULL REFERENCES catalog_categories (code),
  kind text NOT NULL CHECK (kind IN ('permit', 'confirmation', 'payment', 'adjudication', 'reward', 'filing', 'other_power', 'public_service')),
  handling text NOT NULL CHECK (handling IN ('instant', 'promised')),
  statutory_days integer NOT NULL CHECK (statutory_days >= 0),
  promised_days integer NOT NULL CHECK (promised_days >= 0),
  department_code text NOT NULL REFERENCES orgs (code),
  agency_uscc text NOT NULL,
  level_text text NOT NULL,
  steps jsonb NOT NULL,
  fee_fen integer NOT NULL DEFAULT 0 CHECK (fee_fen >= 0),
  fee_text text NOT NULL,
  online boolean NOT NULL,
  max_visits integer NOT NULL CHECK (max_visits >= 0),
  legal_basis text NOT NULL,
  community_issuable boolean NOT NULL DEFAULT true,
  not_issuable_reason text,
  consult_phone text,
  supervise_phone text,
  sort_order integer NOT NULL DEFAULT 0,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL,
  CHECK (handling <> 'instant' OR promised_days = 0),
  CHECK (promised_days <= statutory_days OR statutory_days = 0),
  CHECK (community_issuable OR not_issuable_reason IS NOT NULL)
);
CREATE INDEX service_items_category_idx ON service_items (category_code);
COMMENT ON TABLE service_items IS '政务服务事项及其实施清单';
COMMENT ON COLUMN service_items.code IS '事项编码：基本编码-12位区划-000-实施机关统一社会信用代码-1-00';
COMMENT ON COLUMN service_items.district_code IS '所属区（租户）代码';
COMMENT ON COLUMN service_items.basic_code IS '基本编码（事项类型码 + 部门码 + 序号）';
COMMENT ON COLUMN service_items.name IS '事项名称';
COMMENT ON COLUMN service_items.category_code IS '社区服务分类代码';
COMMENT ON COLUMN service_items.kind IS '事项类型：permit 行政许可 / confirmation 行政确认 / payment 行政给付 / adjudication 行政裁决 / reward 行政奖励 / filing 行政备案 / other_power 其他行政权力 / public_service 公共服务';
COMMENT ON COLUMN service_items.handling IS '办件类型：instant 即办件（当场办结）/ promised 承诺件';
COMMENT ON COLUMN service_items.statutory_days IS '法定时限（工作日）；即办件为 0';
COMMENT ON COLUMN service_items.promised_days IS '承诺时限（工作日）；即办件为 0';
COMMENT ON COLUMN service_items.department_code IS '主管部门机构代码';
COMMENT ON COLUMN service_items.agency_uscc IS '实施机关统一社会信用代码';
COMMENT ON COLUMN service_items.level_text IS '办理层级说明，如 社区受理、街道审核、区局审批';
COMMENT ON COLUMN service_items.steps IS '办理环节 JSON 数组：[{name, orgKind, deptKey?, parallel, days}]；parallel 为真的相邻环节并联办理';
COMMENT ON COLUMN service_items.fee_fen IS '收费金额（分）；不收费为 0';
COMMENT ON COLUMN service_items.fee_text IS '收费说明（对外公示文本）';
COMMENT ON COLUMN service_items.online IS '是否可网上办理';
COMMENT ON COLUMN service_items.max_visits IS '最多到现场次数';
COMMENT ON COLUMN service_items.legal_basis IS '设定和实施依据';
COMMENT ON COLUMN service_items.community_issuable IS '社区能否出具/办理；民发〔2020〕20号所列证明为否';
COMMENT ON COLUMN service_items.not_issuable_reason IS '社区不能出具时告知申请人的理由与去处';
COMMENT ON COLUMN service_items.consult_phone IS '咨询电话';
COMMENT ON COLUMN service_items.supervise_phone IS '监督投诉电话';
COMMENT ON COLUMN service_items.sort_order IS '在目录中的展示顺序（导入文件中的顺序）';
COMMENT ON COLUMN service_items.version IS '实施清单版本号，每次内容变更加一';
COMMENT ON COLUMN service_items.updated_at IS '最近修改时间';

CREATE TABLE service_materials (
  item_code text NOT NULL REFERENCES service_items (code) ON DELETE CASCADE,
  id text NOT NULL,
  name text NOT NULL,
  required boolean NOT NULL,
  form text NOT NULL CHECK (form IN ('original', 'copy', 'original_and_copy', 'electronic')),
  copies integer NOT NULL DEFAULT 1 CHECK (copies >= 0),
  source text NOT NULL,
  note text,
  sort_order integer NOT NULL,
  PRIMARY KEY (item_code, id)
);
COMMENT ON TABLE service_materials IS '事项的申请材料清单';
COMMENT ON COLUMN service_materials.item_code IS '事项编码';
COMMENT ON COLUMN service_materials.id IS '材料编号（事项内唯一，如 m1）';
COMMENT ON COLUMN service_materials.name IS '材料名称';
COMMENT ON COLUMN service_materials.required IS '是否必需';
COMMENT ON COLUMN service_materials.form IS '材料形式：original 原件 / copy 复印件 / original_and_copy 原件及复印件 / electronic 电子证照';
COMMENT ON COLUMN service_materials.copies IS '份数';
COMMENT ON COLUMN service_materials.source IS '来源：申请人自备、政府部门核发等';
COMMENT ON COLUMN service_materials.note IS '填报说明';
COMMENT ON COLUMN service_materials.sort_order IS '在清单中的顺序';
