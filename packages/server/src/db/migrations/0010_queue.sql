-- Queue and calling (排队叫号): service groups, calling rules, tickets, counter sign-in
-- and the event log behind the hall display stream.

CREATE TABLE queue_services (
  site_code text NOT NULL REFERENCES sites (code),
  code text NOT NULL CHECK (code ~ '^[A-Z]$'),
  district_code text NOT NULL,
  name text NOT NULL,
  categories text[] NOT NULL DEFAULT '{}',
  start_no integer NOT NULL DEFAULT 1 CHECK (start_no > 0),
  end_no integer NOT NULL DEFAULT 999 CHECK (end_no >= start_no),
  daily_cap integer CHECK (daily_cap > 0),
  sort_order integer NOT NULL DEFAULT 0,
  PRIMARY KEY (site_code, code)
);
COMMENT ON TABLE queue_services IS '取号业务组：每个大厅的取号分类，号码前缀即业务组代码';
COMMENT ON COLUMN queue_services.site_code IS '大厅代码';
COMMENT ON COLUMN queue_services.code IS '业务组代码，也是号码前缀（A、B、C…）';
COMMENT ON COLUMN queue_services.district_code IS '所属区（租户）代码';
COMMENT ON COLUMN queue_services.name IS '业务组名称，如 综合业务';
COMMENT ON COLUMN queue_services.categories IS '本组对应的事项分类代码；为空表示通用（按事项取号时的默认组）';
COMMENT ON COLUMN queue_services.start_no IS '每日起始号';
COMMENT ON COLUMN queue_services.end_no IS '每日最大号';
COMMENT ON COLUMN queue_services.daily_cap IS '每日放号上限；为空表示仅受最大号限制';
COMMENT ON COLUMN queue_services.sort_order IS '取号屏上的排列顺序';

CREATE TABLE queue_rules (
  site_code text PRIMARY KEY REFERENCES sites (code),
  priority_every integer NOT NULL DEFAULT 2 CHECK (priority_every >= 0),
  appointment_lead_minutes integer NOT NULL DEFAULT 10 CHECK (appointment_lead_minutes >= 0),
  max_recalls integer NOT NULL DEFAULT 2 CHECK (max_recalls >= 0),
  near_position integer NOT NULL DEFAULT 3 CHECK (near_position >= 1),
  target_wait_minutes integer NOT NULL DEFAULT 15 CHECK (target_wait_minutes > 0),
  notice text NOT NULL DEFAULT '',
  updated_at timestamptz NOT NULL
);
COMMENT ON TABLE queue_rules IS '大厅叫号规则（各大厅自行配置）';
COMMENT ON COLUMN queue_rules.site_code IS '大厅代码';
COMMENT ON COLUMN queue_rules.priority_every IS '优先号穿插规则：两次优先号之间叫的普通号个数（0 表示优先号总是先叫）';
COMMENT ON COLUMN queue_rules.appointment_lead_minutes IS '预约号提前多少分钟进入优先叫号';
COMMENT ON COLUMN queue_rules.max_recalls IS '重呼次数上限，达到后才可记为过号';
COMMENT ON COLUMN queue_rules.near_position IS '排到第几位时短信提醒“即将到号”';
COMMENT ON COLUMN queue_rules.target_wait_minutes IS '目标等候时长（分钟），用于统计达标率';
COMMENT ON COLUMN queue_rules.notice IS '叫号屏滚动公告';
COMMENT ON COLUMN queue_rules.updated_at IS '修改时间';

CREATE TABLE queue_site_state (
  site_code text PRIMARY KEY REFERENCES sites (code),
  day date NOT NULL,
  normals_since_priority integer NOT NULL DEFAULT 0
);
COMMENT ON TABLE queue_site_state IS '大厅当日叫号状态；叫号时锁定此行，保证同一张票不会被两个窗口叫到、也不会被跳过';
COMMENT ON COLUMN queue_site_state.site_code IS '大厅代码';
COMMENT ON COLUMN queue_site_state.day IS '状态所属日期（次日自动归零）';
COMMENT ON COLUMN queue_site_state.normals_since_priority IS '自上一个优先号以来已叫的普通号个数';

CREATE TABLE queue_day_counters (
  site_code text NOT NULL,
  service_code text NOT NULL,
  day date NOT NULL,
  last integer NOT NULL,
  PRIMARY KEY (site_code, service_code, day),
  FOREIGN KEY (site_code, service_code) REFERENCES queue_services (site_code, code)
);
COMMENT ON TABLE queue_day_counters IS '每日放号计数器（按大厅、业务组、日期），每天重新从起始号开始';
COMMENT ON COLUMN queue_day_counters.site_code IS '大厅代码';
COMMENT ON COLUMN queue_day_counters.service_code IS '业务组代码';
COMMENT ON COLUMN queue_day_counters.day IS '日期';
COMMENT ON COLUMN queue_day_counters.last IS '已发出的最大顺序号';

ALTER TABLE counters ADD COLUMN service_codes text[];
ALTER TABLE counters ADD COLUMN staff_id uuid REFERENCES staff (id);
ALTER TABLE counters ADD COLUMN pause_reason text;
ALTER TABLE counters ADD COLUMN status_since timestamptz;
UPDATE counters SET service_codes = ARRAY['C'] WHERE kind = 'collection';
UPDATE counters SET service_codes = ARRAY['B'] WHERE kind = 'dedicated';
COMMENT ON COLUMN counters.service_codes IS '本窗口办理的业务组；为空表示全部（综合窗口）';
COMMENT ON COLUMN counters.staff_id IS '当前签到的工作人员';
COMMENT ON COLUMN counters.pause_reason IS '暂停原因（状态为 paused 时）';
COMMENT ON COLUMN counters.status_since IS '当前状态开始时间';

CREATE TABLE queue_tickets (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  district_code text NOT NULL,
  site_code text NOT NULL REFERENCES sites (code),
  service_code text NOT NULL,
  day date NOT NULL,
  seq integer NOT NULL,
  number text NOT NULL,
  priority text NOT NULL CHECK (priority IN ('normal', 'elderly', 'disabled', 'pregnant')),
  priority_derived boolean NOT NULL DEFAULT false,
  item_code text REFERENCES service_items (code),
  resident_id uuid REFERENCES residents (id),
  id_number_cipher text,
  id_number_index text,
  phone_cipher text,
  status text NOT NULL CHECK (status IN ('waiting', 'called', 'finished', 'no_show')),
  issued_at timestamptz NOT NULL,
  issued_by_device uuid REFERENCES devices (id),
  issued_by_staff uuid REFERENCES staff (id),
  appointment_at timestamptz,
  counter_id uuid REFERENCES counters (id),
  target_counter_id uuid REFERENCES counters (id),
  called_at timestamptz,
  first_called_at timestamptz,
  called_by uuid REFERENCES staff (id),
  recalls integer NOT NULL DEFAULT 0,
  transferred_at timestamptz,
  finished_at timestamptz,
  near_notified_at timestamptz,
  public_token text NOT NULL UNIQUE,
  UNIQUE (site_code, day, service_code, seq),
  FOREIGN KEY (site_code, service_code) REFERENCES queue_services (site_code, code)
);
CREATE INDEX queue_tickets_line_idx ON queue_tickets (site_code, day, status);
COMMENT ON TABLE queue_tickets IS '排队票：取号、叫号、办理到结束（或过号）的全过程';
COMMENT ON COLUMN queue_tickets.id IS '票标识';
COMMENT ON COLUMN queue_tickets.district_code IS '所属区（租户）代码';
COMMENT ON COLUMN queue_tickets.site_code IS '大厅代码';
COMMENT ON COLUMN queue_tickets.service_code IS '业务组代码';
COMMENT ON COLUMN queue_tickets.day IS '取号日期（北京时间）';
COMMENT ON COLUMN queue_tickets.seq IS '当日顺序号';
COMMENT ON COLUMN queue_tickets.number IS '票号，如 A023';
COMMENT ON COLUMN queue_tickets.priority IS '优先类别：normal 普通 / elderly 老年人 / disabled 残疾人 / pregnant 孕妇';
COMMENT ON COLUMN queue_tickets.priority_derived IS '优先类别是否由身份证号推算（70 岁以上）';
COMMENT ON COLUMN queue_tickets.item_code IS '取号时选择的事项（如有）';
COMMENT ON COLUMN queue_tickets.resident_id IS '刷身份证取号且为已知居民时的居民标识';
COMMENT ON COLUMN queue_tickets.id_number_cipher IS '刷身份证取号时的身份证号（加密），受理时预填';
COMMENT ON COLUMN queue_tickets.id_number_index IS '身份证号盲索引';
COMMENT ON COLUMN queue_tickets.phone_cipher IS '“即将到号”短信的手机号（加密）';
COMMENT ON COLUMN queue_tickets.status IS '状态：waiting 等候 / called 已叫号（办理中）/ finished 办结 / no_show 过号';
COMMENT ON COLUMN queue_tickets.issued_at IS '取号时间';
COMMENT ON COLUMN queue_tickets.issued_by_device IS '取号终端';
COMMENT ON COLUMN queue_tickets.issued_by_staff IS '代取号的工作人员';
COMMENT ON COLUMN queue_tickets.appointment_at IS '预约时间（预约号）';
COMMENT ON COLUMN queue_tickets.counter_id IS '叫号（办理）窗口';
COMMENT ON COLUMN queue_tickets.target_counter_id IS '转办指定的窗口（为空则本业务组任一窗口）';
COMMENT ON COLUMN queue_tickets.called_at IS '最近一次叫号时间';
COMMENT ON COLUMN queue_tickets.first_called_at IS '首次叫号时间（计算等候时长）';
COMMENT ON COLUMN queue_tickets.called_by IS '叫号的工作人员';
COMMENT ON COLUMN queue_tickets.recalls IS '重呼次数';
COMMENT ON COLUMN queue_tickets.transferred_at IS '转办时间（转办号优先办理）';
COMMENT ON COLUMN queue_tickets.finished_at IS '办结或过号时间';
COMMENT ON COLUMN queue_tickets.near_notified_at IS '已发送“即将到号”短信的时间';
COMMENT ON COLUMN queue_tickets.public_token IS '“我的排队位置”二维码令牌（随机，不含个人信息）';

CREATE TABLE queue_events (
  id bigserial PRIMARY KEY,
  site_code text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('call', 'line')),
  payload jsonb NOT NULL,
  at timestamptz NOT NULL
);
CREATE INDEX queue_events_site_idx ON queue_events (site_code, id);
COMMENT ON TABLE queue_events IS '叫号屏事件（叫号、排队变化）；断线重连时按编号补发';
COMMENT ON COLUMN queue_events.id IS '事件编号（递增，即 SSE 的 id）';
COMMENT ON COLUMN queue_events.site_code IS '大厅代码';
COMMENT ON COLUMN queue_events.kind IS '事件类型：call 叫号 / line 排队人数变化';
COMMENT ON COLUMN queue_events.payload IS '事件内容 JSON';
COMMENT ON COLUMN queue_events.at IS '发生时间';
