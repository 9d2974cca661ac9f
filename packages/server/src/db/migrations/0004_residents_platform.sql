-- Resident master data (sensitive fields encrypted), idempotency records and the audit log.

CREATE TABLE residents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  district_code text NOT NULL,
  id_number_cipher text NOT NULL,
  id_number_index text NOT NULL UNIQUE,
  name text NOT NULL,
  sex text NOT NULL CHECK (sex IN ('male', 'female')),
  birth_date date NOT NULL,
  phone_cipher text,
  phone_index text,
  community_code text REFERENCES orgs (code),
  address text,
  demo boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX residents_phone_idx ON residents (phone_index);
CREATE INDEX residents_community_idx ON residents (community_code);
COMMENT ON TABLE residents IS '居民基础信息（一次采集、多方共享）；身份证号和手机号加密存储';
COMMENT ON COLUMN residents.id IS '居民标识';
COMMENT ON COLUMN residents.district_code IS '所属区（租户）代码';
COMMENT ON COLUMN residents.id_number_cipher IS '身份证号密文（AES-256-GCM，base64：版本.随机数.密文.标签）';
COMMENT ON COLUMN residents.id_number_index IS '身份证号盲索引（HMAC-SHA256），用于精确查找而不解密';
COMMENT ON COLUMN residents.name IS '姓名';
COMMENT ON COLUMN residents.sex IS '性别（由身份证号推得）';
COMMENT ON COLUMN residents.birth_date IS '出生日期（由身份证号推得）';
COMMENT ON COLUMN residents.phone_cipher IS '手机号密文（AES-256-GCM）';
COMMENT ON COLUMN residents.phone_index IS '手机号盲索引（HMAC-SHA256）';
COMMENT ON COLUMN residents.community_code IS '户籍或居住所在社区代码';
COMMENT ON COLUMN residents.address IS '居住地址';
COMMENT ON COLUMN residents.demo IS '是否为演示数据（虚构人员）';
COMMENT ON COLUMN residents.created_at IS '首次采集时间';
COMMENT ON COLUMN residents.updated_at IS '最近修改时间';

CREATE TABLE idempotency_keys (
  scope text NOT NULL,
  key text NOT NULL,
  request_hash text NOT NULL,
  status_code integer,
  response_body text,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (scope, key)
);
COMMENT ON TABLE idempotency_keys IS '幂等键：同一调用方重试同一写请求时返回第一次的结果';
COMMENT ON COLUMN idempotency_keys.scope IS '调用方与接口（如 staff:<id>:POST /api/v1/admin/devices）';
COMMENT ON COLUMN idempotency_keys.key IS '客户端给出的 Idempotency-Key';
COMMENT ON COLUMN idempotency_keys.request_hash IS '请求体的 SHA-256，用于识别同键不同请求';
COMMENT ON COLUMN idempotency_keys.status_code IS '第一次响应的状态码；为空表示仍在处理';
COMMENT ON COLUMN idempotency_keys.response_body IS '第一次响应的正文';
COMMENT ON COLUMN idempotency_keys.created_at IS '首次收到时间';

CREATE TABLE audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  district_code text NOT NULL,
  at timestamptz NOT NULL,
  actor_type text NOT NULL CHECK (actor_type IN ('staff', 'device', 'resident', 'system', 'anonymous')),
  actor_id text,
  action text NOT NULL,
  target_type text,
  target_id text,
  ip text,
  detail jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_at_idx ON audit_log (at);
CREATE INDEX audit_log_target_idx ON audit_log (target_type, target_id);
COMMENT ON TABLE audit_log IS '安全审计日志：登录、账号与设备管理、个人信息访问等（保存不少于 6 个月）';
COMMENT ON COLUMN audit_log.id IS '顺序号';
COMMENT ON COLUMN audit_log.district_code IS '所属区（租户）代码';
COMMENT ON COLUMN audit_log.at IS '发生时间';
COMMENT ON COLUMN audit_log.actor_type IS '操作者类别';
COMMENT ON COLUMN audit_log.actor_id IS '操作者标识（账号、设备或用户名）';
COMMENT ON COLUMN audit_log.action IS '动作，如 auth.login、staff.create、resident.read';
COMMENT ON COLUMN audit_log.target_type IS '对象类别';
COMMENT ON COLUMN audit_log.target_id IS '对象标识（不含明文敏感信息）';
COMMENT ON COLUMN audit_log.ip IS '来源地址';
COMMENT ON COLUMN audit_log.detail IS '补充信息（已脱敏）';
