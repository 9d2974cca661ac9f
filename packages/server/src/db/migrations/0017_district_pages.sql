-- 魅力开福: the district's own pages on the kiosk, edited by administrators in the console.

CREATE TABLE district_pages (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  district_code text NOT NULL,
  section text NOT NULL CHECK (section IN ('intro', 'scenery', 'history', 'economy', 'civility', 'party')),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 60),
  summary text NOT NULL DEFAULT '',
  body text NOT NULL DEFAULT '',
  published boolean NOT NULL DEFAULT true,
  version integer NOT NULL DEFAULT 1,
  updated_by uuid REFERENCES staff (id),
  updated_at timestamptz NOT NULL,
  UNIQUE (district_code, section)
);
COMMENT ON TABLE district_pages IS '魅力开福栏目页（简介、自然风光、人文历史、经济发展、精神文明、党建宣传）';
COMMENT ON COLUMN district_pages.id IS '页面标识';
COMMENT ON COLUMN district_pages.district_code IS '所属区（租户）代码';
COMMENT ON COLUMN district_pages.section IS '栏目：intro 简介 / scenery 自然风光 / history 人文历史 / economy 经济发展 / civility 精神文明 / party 党建宣传';
COMMENT ON COLUMN district_pages.title IS '标题';
COMMENT ON COLUMN district_pages.summary IS '导语（首页卡片上显示）';
COMMENT ON COLUMN district_pages.body IS '正文（段落之间空一行）';
COMMENT ON COLUMN district_pages.published IS '是否在终端上显示';
COMMENT ON COLUMN district_pages.version IS '版本号（保存时核对，防止两人同时编辑互相覆盖）';
COMMENT ON COLUMN district_pages.updated_by IS '最后编辑人';
COMMENT ON COLUMN district_pages.updated_at IS '最后编辑时间';

CREATE TABLE district_page_images (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  page_id uuid NOT NULL REFERENCES district_pages (id) ON DELETE CASCADE,
  caption text NOT NULL DEFAULT '',
  mime text NOT NULL CHECK (mime IN ('image/jpeg', 'image/png', 'image/webp', 'image/svg+xml')),
  data bytea NOT NULL,
  bytes integer NOT NULL CHECK (bytes > 0 AND bytes <= 2097152),
  sort_order integer NOT NULL DEFAULT 0,
  created_by uuid REFERENCES staff (id),
  created_at timestamptz NOT NULL
);
CREATE INDEX district_page_images_page_idx ON district_page_images (page_id, sort_order);
COMMENT ON TABLE district_page_images IS '魅力开福栏目图片';
COMMENT ON COLUMN district_page_images.id IS '图片标识';
COMMENT ON COLUMN district_page_images.page_id IS '所属栏目页';
COMMENT ON COLUMN district_page_images.caption IS '图片说明';
COMMENT ON COLUMN district_page_images.mime IS '图片格式（上传只接受 JPEG、PNG、WebP；SVG 仅用于系统自带插图）';
COMMENT ON COLUMN district_page_images.data IS '图片内容';
COMMENT ON COLUMN district_page_images.bytes IS '图片大小（字节，不超过 2 MB）';
COMMENT ON COLUMN district_page_images.sort_order IS '显示顺序';
COMMENT ON COLUMN district_page_images.created_by IS '上传人';
COMMENT ON COLUMN district_page_images.created_at IS '上传时间';
