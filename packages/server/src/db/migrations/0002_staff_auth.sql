-- Staff accounts, roles with jurisdiction, sessions, login throttling and devices.

CREATE TABLE staff (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  district_code text NOT NULL,
  username text NOT NULL UNIQUE,
  name text NOT NULL,
  org_code text NOT NULL REFERENCES orgs (code),
  password_hash text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  password_changed_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL,
  created_by uuid REFERENCES staff (id)
);
CREATE INDEX staff_org_idx ON staff (org_code);
COMMENT ON TABLE staff IS '工作人员账号';
COMMENT ON COLUMN staff.id IS '账号标识';
COMMENT ON COLUMN staff.district_code IS '所属区（租户）代码';
COMMENT ON COLUMN staff.username IS '登录名，全区唯一';
COMMENT ON COLUMN staff.name IS '姓名';
COMMENT ON COLUMN staff.org_code IS '所在机构代码';
COMMENT ON COLUMN staff.password_hash IS 'argon2id 口令散列（PHC 字符串）';
COMMENT ON COLUMN staff.active IS '是否启用；停用后不能登录';
COMMENT ON COLUMN staff.password_changed_at IS '口令最近修改时间，用于定期更换提醒';
COMMENT ON COLUMN staff.created_at IS '创建时间';
COMMENT ON COLUMN staff.created_by IS '创建该账号的管理员；系统初始化时为空';

CREATE TABLE staff_roles (
  staff_id uuid NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('admin', 'clerk', 'approver', 'supervisor')),
  org_code text NOT NULL REFERENCES orgs (code),
  PRIMARY KEY (staff_id, role, org_code)
);
COMMENT ON TABLE staff_roles IS '角色授权：角色在某机构及其全部下级机构内有效（辖区）';
COMMENT ON COLUMN staff_roles.staff_id IS '账号标识';
COMMENT ON COLUMN staff_roles.role IS '角色：admin 管理员 / clerk 综合窗口受理 / approver 审核审批 / supervisor 电子监察';
COMMENT ON COLUMN staff_roles.org_code IS '授权范围的根机构代码';

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  staff_id uuid NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  ip text,
  user_agent text
);
CREATE INDEX sessions_staff_idx ON sessions (staff_id);
COMMENT ON TABLE sessions IS '登录会话（令牌只存 SHA-256 摘要）';
COMMENT ON COLUMN sessions.token_hash IS '令牌的 SHA-256 摘要（十六进制）';
COMMENT ON COLUMN sessions.staff_id IS '账号标识';
COMMENT ON COLUMN sessions.created_at IS '登录时间';
COMMENT ON COLUMN sessions.last_seen_at IS '最近一次使用时间；空闲超时由此计算';
COMMENT ON COLUMN sessions.expires_at IS '绝对过期时间';
COMMENT ON COLUMN sessions.ip IS '登录来源地址';
COMMENT ON COLUMN sessions.user_agent IS '登录客户端标识';

CREATE TABLE login_throttle (
  username text PRIMARY KEY,
  failures integer NOT NULL,
  first_failed_at timestamptz NOT NULL,
  locked_until timestamptz
);
COMMENT ON TABLE login_throttle IS '登录失败计数与锁定（按登录名，含不存在的登录名，避免泄露账号是否存在）';
COMMENT ON COLUMN login_throttle.username IS '尝试登录的用户名（小写）';
COMMENT ON COLUMN login_throttle.failures IS '统计窗口内连续失败次数';
COMMENT ON COLUMN login_throttle.first_failed_at IS '本统计窗口内第一次失败的时间';
COMMENT ON COLUMN login_throttle.locked_until IS '锁定截止时间；为空表示未锁定';

CREATE TABLE devices (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  district_code text NOT NULL,
  name text NOT NULL,
  site_code text NOT NULL REFERENCES sites (code),
  kind text NOT NULL CHECK (kind IN ('kiosk', 'display')),
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL,
  created_by uuid REFERENCES staff (id),
  revoked_at timestamptz,
  last_seen_at timestamptz
);
CREATE INDEX devices_site_idx ON devices (site_code);
COMMENT ON TABLE devices IS '终端设备：自助服务终端（kiosk）与叫号显示屏（display）';
COMMENT ON COLUMN devices.id IS '设备标识';
COMMENT ON COLUMN devices.district_code IS '所属区（租户）代码';
COMMENT ON COLUMN devices.name IS '设备名称，如 欣城社区一号自助机';
COMMENT ON COLUMN devices.site_code IS '设备所在大厅代码';
COMMENT ON COLUMN devices.kind IS '设备类别：kiosk 自助终端 / display 显示屏';
COMMENT ON COLUMN devices.token_hash IS '设备令牌的 SHA-256 摘要；令牌仅在创建时显示一次';
COMMENT ON COLUMN devices.created_at IS '登记时间';
COMMENT ON COLUMN devices.created_by IS '登记该设备的管理员';
COMMENT ON COLUMN devices.revoked_at IS '吊销时间；吊销后令牌失效';
COMMENT ON COLUMN devices.last_seen_at IS '最近一次访问时间';
