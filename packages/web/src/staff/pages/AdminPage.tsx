import { PlusOutlined } from "@ant-design/icons";
import { usePost } from "../../ui/usePost.js";
import {
  App,
  Button,
  Card,
  Form,
  Input,
  Modal,
  Radio,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ROLES, type Role } from "@onewindow/shared";
import { api } from "../../api/client.js";
import type { Answer, RequestBody } from "../../api/contract.js";
import { useFormSubmit } from "../../ui/useFormSubmit.js";
import type { DeviceRow, StaffRow } from "../../api/types.js";
import { OrgTreeSelect } from "../../ui/OrgTreeSelect.js";
import { useLoad } from "../../ui/useLoad.js";
import { CalendarTab } from "./CalendarTab.js";
import { DistrictPagesTab } from "./DistrictPagesTab.js";

/** The new account as the form holds it: its roles are all granted for its own org. */
type StaffForm = Omit<RequestBody<"/api/v1/admin/staff">, "roles"> & { roles: Role[] };

function StaffTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<StaffForm>();
  const { busy, submit } = useFormSubmit(form);
  const list = useLoad(() => api<Answer<"/api/v1/admin/staff">>("/admin/staff"), []);
  const post = usePost();

  async function save(values: StaffForm) {
    await submit(async () => {
      const body = {
        ...values,
        phone: values.phone?.trim() || undefined,
        roles: values.roles.map((role) => ({ role, orgCode: values.orgCode })),
      };
      await post("/admin/staff", body);
      void message.success(t("admin.createdOk"));
      setOpen(false);
      form.resetFields();
      list.reload();
    });
  }

  return (
    <>
      <Space style={{ marginBottom: 16 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
          {t("admin.newStaff")}
        </Button>
      </Space>
      <Table<StaffRow>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={{ pageSize: 12 }}
        columns={[
          {
            title: t("admin.username"),
            dataIndex: "username",
            render: (u: string) => <Typography.Text code>{u}</Typography.Text>,
          },
          { title: t("admin.name"), dataIndex: "name" },
          { title: t("admin.org"), dataIndex: "orgName" },
          { title: t("admin.phone"), dataIndex: "phone", render: (p: string | null) => p ?? "—" },
          {
            title: t("admin.roles"),
            dataIndex: "roles",
            render: (roles: StaffRow["roles"]) =>
              roles.map((r) => (
                <Tag key={r.role + r.orgCode} color="blue">
                  {t(`roles.${r.role}`)}
                </Tag>
              )),
          },
          {
            title: t("admin.active"),
            dataIndex: "active",
            render: (a: boolean) =>
              a ? <Tag color="green">{t("admin.activeYes")}</Tag> : <Tag>{t("admin.activeNo")}</Tag>,
          },
          {
            title: t("admin.created"),
            dataIndex: "createdAt",
            render: (d: string) => new Date(d).toLocaleString(),
          },
        ]}
      />
      <Modal
        title={t("admin.newStaff")}
        open={open}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okText={t("admin.save")}
        cancelText={t("admin.cancel")}
        confirmLoading={busy}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) => void save(v)}
          initialValues={{ roles: ["clerk"] }}
        >
          <Form.Item
            name="username"
            label={t("admin.username")}
            rules={[{ required: true, message: t("admin.required", { field: t("admin.username") }) }]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="name"
            label={t("admin.name")}
            rules={[{ required: true, message: t("admin.required", { field: t("admin.name") }) }]}
          >
            <Input />
          </Form.Item>
          <Form.Item
            name="orgCode"
            label={t("admin.org")}
            rules={[{ required: true, message: t("admin.required", { field: t("admin.org") }) }]}
          >
            <OrgTreeSelect />
          </Form.Item>
          <Form.Item
            name="roles"
            label={t("admin.roles")}
            extra={`${t("admin.roleOrg")}：${t("admin.sameAsOrg")}`}
            rules={[{ required: true, message: t("admin.required", { field: t("admin.roles") }) }]}
          >
            <Select mode="multiple" options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
          </Form.Item>
          <Form.Item
            name="password"
            label={t("admin.password")}
            extra={t("admin.passwordHelp")}
            rules={[{ required: true, message: t("admin.required", { field: t("admin.password") }) }]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item name="phone" label={t("admin.phone")} extra={t("admin.phoneHelp")}>
            <Input inputMode="numeric" maxLength={11} autoComplete="off" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

type DeviceForm = RequestBody<"/api/v1/admin/devices">;

function DevicesTab() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [token, setToken] = useState<string>();
  const [kind, setKind] = useState<DeviceForm["kind"]>("kiosk");
  const [form] = Form.useForm<DeviceForm>();
  const { busy, submit } = useFormSubmit(form);
  const list = useLoad(() => api<Answer<"/api/v1/admin/devices">>("/admin/devices"), []);
  const post = usePost();

  async function save(values: DeviceForm) {
    await submit(async () => {
      const created = await post<Answer<"/api/v1/admin/devices", "post">>("/admin/devices", values);
      setOpen(false);
      form.resetFields();
      setToken(created.token);
      setKind(values.kind);
      list.reload();
    });
  }

  return (
    <>
      <Space style={{ marginBottom: 16 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
          {t("admin.newDevice")}
        </Button>
      </Space>
      <Table<DeviceRow>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        columns={[
          { title: t("admin.deviceName"), dataIndex: "name" },
          { title: t("admin.site"), dataIndex: "siteName" },
          {
            title: t("admin.deviceKind"),
            dataIndex: "kind",
            render: (k: string) => (
              <Tag color={k === "kiosk" ? "blue" : "purple"}>{t(`admin.kinds.${k}`)}</Tag>
            ),
          },
          {
            title: t("admin.created"),
            dataIndex: "createdAt",
            render: (d: string) => new Date(d).toLocaleString(),
          },
          {
            title: t("admin.lastSeen"),
            dataIndex: "lastSeenAt",
            render: (d: string | null) => (d ? new Date(d).toLocaleString() : t("admin.never")),
          },
        ]}
      />
      <Modal
        title={t("admin.newDevice")}
        open={open}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okText={t("admin.save")}
        cancelText={t("admin.cancel")}
        confirmLoading={busy}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(v) => void save(v)} initialValues={{ kind: "kiosk" }}>
          <Form.Item
            name="name"
            label={t("admin.deviceName")}
            rules={[{ required: true, message: t("admin.required", { field: t("admin.deviceName") }) }]}
          >
            <Input />
          </Form.Item>
          <Form.Item
            name="siteCode"
            label={t("admin.site")}
            rules={[{ required: true, message: t("admin.required", { field: t("admin.site") }) }]}
          >
            <OrgTreeSelect hallsOnly />
          </Form.Item>
          <Form.Item name="kind" label={t("admin.deviceKind")}>
            <Radio.Group
              optionType="button"
              options={[
                { value: "kiosk", label: t("admin.kinds.kiosk") },
                { value: "display", label: t("admin.kinds.display") },
              ]}
            />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        title={t("admin.tokenTitle")}
        open={token !== undefined}
        onCancel={() => setToken(undefined)}
        footer={null}
      >
        <Typography.Paragraph type="secondary">{t("admin.tokenHelp")}</Typography.Paragraph>
        <Typography.Paragraph
          copyable={{ tooltips: [t("admin.copy"), t("admin.copied")] }}
          code
          data-testid="device-token"
          style={{ wordBreak: "break-all" }}
        >
          {token}
        </Typography.Paragraph>
        <Typography.Paragraph>
          {t("admin.deviceAddress")}
          <br />
          <Typography.Text copyable code data-testid="device-url" style={{ wordBreak: "break-all" }}>
            {`${window.location.origin}/${kind === "display" ? "display" : "kiosk"}/?token=${token ?? ""}`}
          </Typography.Text>
        </Typography.Paragraph>
      </Modal>
    </>
  );
}

export function AdminPage() {
  const { t } = useTranslation();
  return (
    <Card title={t("admin.title")}>
      <Tabs
        items={[
          { key: "staff", label: t("admin.staff"), children: <StaffTab /> },
          { key: "devices", label: t("admin.devices"), children: <DevicesTab /> },
          { key: "calendar", label: t("calendar.tab"), children: <CalendarTab /> },
          { key: "district", label: t("district.tab"), children: <DistrictPagesTab /> },
        ]}
      />
    </Card>
  );
}
