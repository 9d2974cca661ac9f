-- Documents a resident has on file, with their trust level, reused at the next intake.

CREATE TABLE resident_documents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  district_code text NOT NULL,
  resident_id uuid NOT NULL REFERENCES residents (id),
  name text NOT NULL,
  trust_level text NOT NULL CHECK (trust_level IN ('A', 'B', 'C', 'D')),
  source text NOT NULL,
  verified_by uuid REFERENCES staff (id),
  case_id uuid REFERENCES cases (id),
  recorded_at timestamptz NOT NULL,
  valid_until date,
  UNIQUE (resident_id, name)
);
COMMENT ON TABLE resident_documents IS '居民证照材料库（一次收集、多方共享）：已核发或已核验的材料，下次办事直接复用';
COMMENT ON COLUMN resident_documents.id IS '记录标识';
COMMENT ON COLUMN resident_documents.district_code IS '所属区（租户）代码';
COMMENT ON COLUMN resident_documents.resident_id IS '居民';
COMMENT ON COLUMN resident_documents.name IS '材料名称（与事项材料清单的名称一致时复用）';
COMMENT ON COLUMN resident_documents.trust_level IS '可信等级：A 政府部门核发 / B 窗口核验原件 / C 本人上传待核验 / D 本人承诺';
COMMENT ON COLUMN resident_documents.source IS '来源（核发部门或核验窗口）';
COMMENT ON COLUMN resident_documents.verified_by IS '核验或经办人员';
COMMENT ON COLUMN resident_documents.case_id IS '产生或核验该材料的办件';
COMMENT ON COLUMN resident_documents.recorded_at IS '记录时间';
COMMENT ON COLUMN resident_documents.valid_until IS '有效期至（无期限为空）';

ALTER TABLE case_materials ADD COLUMN reused_level text CHECK (reused_level IN ('A', 'B'));
COMMENT ON COLUMN case_materials.reused_level IS '复用材料库中已有材料时的可信等级（A/B），当场提交为空';
