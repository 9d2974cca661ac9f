import { DeleteOutlined, UploadOutlined } from "@ant-design/icons";
import { Alert, App, Button, Form, Image, Input, Space, Switch, Tabs, Typography, Upload } from "antd";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, ApiError } from "../../api/client.js";
import type { Answer, ItemOf, RequestBody } from "../../api/contract.js";
import { useFormSubmit } from "../../ui/useFormSubmit.js";
import { useLoad } from "../../ui/useLoad.js";

type Pages = Answer<"/api/v1/admin/district-pages">;
type Page = ItemOf<Pages["items"]>;
/** The editor's fields: what saving sends, less the version it was opened at. */
type PageForm = Omit<RequestBody<"/api/v1/admin/district-pages/{section}", "put">, "version">;

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve((reader.result as string).replace(/^data:[^,]*,/, ""));
    reader.onerror = () => reject(reader.error ?? new Error("read failed"));
    reader.readAsDataURL(file);
  });
}

function PageEditor({ page, reload }: { page: Page; reload: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PageForm>();
  const { busy, submit } = useFormSubmit(form);
  const [caption, setCaption] = useState("");
  useEffect(() => form.setFieldsValue(page), [form, page]);

  async function save(values: PageForm) {
    await submit(async () => {
      await api(`/admin/district-pages/${page.section}`, {
        method: "PUT",
        body: { ...values, version: page.version },
      });
      void message.success(t("district.saved"));
      reload();
    });
  }

  async function upload(file: File) {
    try {
      await api(`/admin/district-pages/${page.section}/images`, {
        method: "POST",
        body: { caption, dataBase64: await readBase64(file) },
      });
      setCaption("");
      void message.success(t("district.uploaded"));
      reload();
    } catch (e) {
      void message.error(e instanceof ApiError ? e.message : String(e));
    }
    return false;
  }

  async function remove(id: string) {
    await api(`/admin/district-images/${id}`, { method: "DELETE" });
    reload();
  }

  return (
    <Space direction="vertical" size="large" style={{ width: "100%" }}>
      <Form form={form} layout="vertical" onFinish={(v) => void save(v)} initialValues={page}>
        <Form.Item name="title" label={t("district.pageTitle")} rules={[{ required: true }]}>
          <Input maxLength={60} data-testid="district-title" />
        </Form.Item>
        <Form.Item name="summary" label={t("district.summary")}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="body" label={t("district.body")} extra={t("district.bodyHelp")}>
          <Input.TextArea rows={10} maxLength={20000} data-testid="district-body" />
        </Form.Item>
        <Form.Item name="published" label={t("district.published")} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="district-save">
          {t("admin.save")}
        </Button>
      </Form>
      <div>
        <Typography.Title level={5}>{t("district.images")}</Typography.Title>
        <Space wrap align="start">
          {page.images.map((img) => (
            <Space key={img.id} direction="vertical" align="center">
              <Image src={img.url} width={240} alt={img.caption} />
              <Typography.Text type="secondary">{img.caption}</Typography.Text>
              <Button size="small" danger icon={<DeleteOutlined />} onClick={() => void remove(img.id)}>
                {t("district.remove")}
              </Button>
            </Space>
          ))}
        </Space>
        <Space style={{ marginTop: 16 }}>
          <Input
            placeholder={t("district.caption")}
            value={caption}
            onChange={(e) => setCaption(e.target.value)}
            maxLength={100}
            style={{ width: 260 }}
          />
          <Upload
            accept="image/jpeg,image/png,image/webp"
            showUploadList={false}
            beforeUpload={(f) => upload(f)}
          >
            <Button icon={<UploadOutlined />} data-testid="district-upload">
              {t("district.upload")}
            </Button>
          </Upload>
        </Space>
      </div>
    </Space>
  );
}

/** 魅力开福: the kiosk's district pages, edited by district administrators. */
export function DistrictPagesTab() {
  const { t } = useTranslation();
  const list = useLoad(() => api<Pages>("/admin/district-pages"), []);
  if (list.error) return <Alert type="info" showIcon title={t("district.districtOnly")} />;
  return (
    <>
      <Typography.Paragraph type="secondary">{t("district.intro")}</Typography.Paragraph>
      <Tabs
        tabPosition="left"
        items={(list.data?.items ?? []).map((p) => ({
          key: p.section,
          label: p.published ? p.sectionName : `${p.sectionName}（${t("district.hidden")}）`,
          children: <PageEditor page={p} reload={list.reload} />,
        }))}
      />
    </>
  );
}
