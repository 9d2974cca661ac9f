-- Application forms (申请表) per service item: a small JSON Schema the window renders and the server checks.

-- json, not jsonb: the field order is the order the form shows them in, and jsonb does not keep key order.
ALTER TABLE service_items ADD COLUMN form_schema json;
COMMENT ON COLUMN service_items.form_schema IS '申请表结构（JSON Schema 子集：字段、中文标题、类型、必填、取值范围、可从居民信息预填）；为空表示无需填表';
