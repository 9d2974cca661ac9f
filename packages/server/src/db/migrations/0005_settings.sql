-- Installation-wide settings and bookkeeping.

CREATE TABLE app_settings (
  key text PRIMARY KEY,
  value jsonb NOT NULL,
  updated_at timestamptz NOT NULL
);
COMMENT ON TABLE app_settings IS '系统设置与内部记录（键值）';
COMMENT ON COLUMN app_settings.key IS '设置项名称，如 catalog.bundledHash';
COMMENT ON COLUMN app_settings.value IS '设置值（JSON）';
COMMENT ON COLUMN app_settings.updated_at IS '最近修改时间';
