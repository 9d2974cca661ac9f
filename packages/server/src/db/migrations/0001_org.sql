-- The district's organisation tree: district → streets → communities, plus departments,
-- service halls (sites) and their counters.

CREATE TABLE orgs (
  code text PRIMARY KEY,
  district_code text NOT NULL,
  name text NOT NULL,
  short_name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('district', 'street', 'community', 'department')),
  parent_code text REFERENCES orgs (code),
  path text NOT NULL UNIQUE,
  dept_key text,
  phone text,
  address text,
  sort_order integer NOT NULL DEFAULT 0,
  CHECK ((kind = 'department') = (dept_key IS NOT NULL)),
  CHECK ((kind = 'district') = (parent_code IS NULL))
);
CREATE INDEX orgs_parent_idx ON orgs (parent_code, sort_order);
CREATE INDEX orgs_path_idx ON orgs (path text_pattern_ops);

COMMENT ON TABLE orgs IS '机构树：区、街道（镇）、社区（村）以及区直部门和街道内设机构';
COMMENT ON COLUMN orgs.code IS '机构代码：区划单位为 12 位统计用区划代码；部门为上级代码-部门简码，如 430105000000-MZ';
COMMENT ON COLUMN orgs.district_code IS '所属区（租户）代码，分布式部署时的分片键';
COMMENT ON COLUMN orgs.name IS '机构全称，如 芙蓉北路街道办事处';
COMMENT ON COLUMN orgs.short_name IS '简称，如 芙蓉北路街道';
COMMENT ON COLUMN orgs.kind IS '机构类别：district 区 / street 街道(镇) / community 社区(村) / department 部门';
COMMENT ON COLUMN orgs.parent_code IS '上级机构代码；区为空';
COMMENT ON COLUMN orgs.path IS '从区到本机构的代码路径，以 / 分隔，用于辖区（子树）判断';
COMMENT ON COLUMN orgs.dept_key IS '部门简码（如 MZ 民政、WJ 卫健），流程环节按简码找到承办部门；非部门为空';
COMMENT ON COLUMN orgs.phone IS '对外咨询电话';
COMMENT ON COLUMN orgs.address IS '办公地址';
COMMENT ON COLUMN orgs.sort_order IS '同级排序';

CREATE TABLE sites (
  code text PRIMARY KEY REFERENCES orgs (code),
  district_code text NOT NULL,
  name text NOT NULL,
  address text NOT NULL,
  opening_hours text NOT NULL,
  phone text
);
COMMENT ON TABLE sites IS '服务大厅（社区服务中心、街道政务服务中心、区政务服务中心）';
COMMENT ON COLUMN sites.code IS '大厅代码，等于所属区划单位的代码';
COMMENT ON COLUMN sites.district_code IS '所属区（租户）代码';
COMMENT ON COLUMN sites.name IS '大厅名称';
COMMENT ON COLUMN sites.address IS '大厅地址';
COMMENT ON COLUMN sites.opening_hours IS '办公时间（对外公示文本）';
COMMENT ON COLUMN sites.phone IS '大厅咨询电话';

CREATE TABLE counters (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  district_code text NOT NULL,
  site_code text NOT NULL REFERENCES sites (code),
  number integer NOT NULL CHECK (number > 0),
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('comprehensive', 'dedicated', 'collection')),
  status text NOT NULL DEFAULT 'closed' CHECK (status IN ('open', 'paused', 'closed')),
  UNIQUE (site_code, number)
);
COMMENT ON TABLE counters IS '窗口：每个大厅的受理窗口';
COMMENT ON COLUMN counters.id IS '窗口标识';
COMMENT ON COLUMN counters.district_code IS '所属区（租户）代码';
COMMENT ON COLUMN counters.site_code IS '所属大厅代码';
COMMENT ON COLUMN counters.number IS '窗口号，叫号语音中读出的号码';
COMMENT ON COLUMN counters.name IS '窗口名称，如 2号窗口';
COMMENT ON COLUMN counters.kind IS '窗口类别：comprehensive 综合窗口 / dedicated 专窗 / collection 出件窗口';
COMMENT ON COLUMN counters.status IS '窗口状态：open 开放 / paused 暂停 / closed 关闭';
