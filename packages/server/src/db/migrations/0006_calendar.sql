-- The working-day calendar: official holidays and make-up working days, per year.

CREATE TABLE calendar_days (
  date date PRIMARY KEY,
  year integer NOT NULL,
  kind text NOT NULL CHECK (kind IN ('holiday', 'workday')),
  name text NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by uuid REFERENCES staff (id),
  CHECK (extract(year FROM date) = year)
);
CREATE INDEX calendar_days_year_idx ON calendar_days (year);
COMMENT ON TABLE calendar_days IS '工作日历：法定节假日（休）与调休上班日（班）；其余日期按周一至周五为工作日';
COMMENT ON COLUMN calendar_days.date IS '日期';
COMMENT ON COLUMN calendar_days.year IS '所属年度（管理员按年度维护）';
COMMENT ON COLUMN calendar_days.kind IS 'holiday 节假日放假 / workday 周末调休上班';
COMMENT ON COLUMN calendar_days.name IS '名称，如 国庆节、国庆节调休上班';
COMMENT ON COLUMN calendar_days.updated_at IS '最近修改时间';
COMMENT ON COLUMN calendar_days.updated_by IS '最近修改的管理员；随版本发布的数据为空';
