import { IdcardOutlined } from "@ant-design/icons";
import { Alert, Card, Descriptions, Form, Input } from "antd";
import { useTranslation } from "react-i18next";
import type { Answer } from "../../api/contract.js";
import type { PrefillSource } from "../../ui/ApplicationForm.js";

/** What the window learns from an ID number: a resident we hold, or only what the number itself says. */
export type Lookup = Answer<"/api/v1/residents/lookup">;

export type FieldError = { field?: string; message: string };

/** What a known resident brings to the form's prefillable fields. */
export function prefillFrom(person: Lookup | undefined): PrefillSource {
  return person?.known
    ? {
        "resident.address": person.address,
        "resident.name": person.name,
        "resident.community": person.communityName,
      }
    : {};
}

/** The applicant: the ID read (card reader or typed), then name and phone, prefilled for a resident we hold. */
export function ApplicantCard({
  ticket,
  idNumber,
  setIdNumber,
  idError,
  read,
  person,
  name,
  setName,
  phone,
  setPhone,
  fieldError,
}: {
  ticket: { number: string; idNumber: string | null } | undefined;
  idNumber: string;
  setIdNumber: (v: string) => void;
  idError: string | undefined;
  read: () => void;
  person: Lookup | undefined;
  name: string;
  setName: (v: string) => void;
  phone: string;
  setPhone: (v: string) => void;
  fieldError: FieldError | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Card
      title={
        <>
          <IdcardOutlined /> {t("intake.applicant")}
        </>
      }
    >
      {ticket && (
        <Alert
          type="info"
          showIcon
          data-testid="intake-ticket"
          style={{ marginBottom: 16 }}
          title={t(ticket.idNumber ? "intake.fromTicketWithId" : "intake.fromTicket", {
            number: ticket.number,
          })}
        />
      )}
      <Form layout="vertical">
        <Form.Item
          label={t("intake.idNumber")}
          extra={t("intake.idHelp")}
          validateStatus={idError ? "error" : undefined}
          help={idError}
        >
          <Input.Search
            size="large"
            value={idNumber}
            onChange={(e) => setIdNumber(e.target.value)}
            onSearch={read}
            enterButton={t("intake.read")}
            maxLength={18}
            data-testid="intake-id"
            style={{ fontFamily: "monospace" }}
          />
        </Form.Item>
        {person && (
          <>
            <Alert
              type={person.known ? "success" : "info"}
              showIcon
              title={person.known ? t("intake.known") : t("intake.unknown")}
              style={{ marginBottom: 16 }}
            />
            <Form.Item
              label={t("intake.name")}
              validateStatus={fieldError?.field === "applicant.name" ? "error" : undefined}
            >
              <Input value={name} onChange={(e) => setName(e.target.value)} data-testid="intake-name" />
            </Form.Item>
            <Form.Item
              label={t("intake.phone")}
              extra={
                person.known && person.phoneMasked
                  ? t("intake.phoneOnFile", { phone: person.phoneMasked })
                  : undefined
              }
              validateStatus={fieldError?.field === "applicant.phone" ? "error" : undefined}
              help={fieldError?.field === "applicant.phone" ? fieldError.message : undefined}
            >
              <Input
                value={phone}
                onChange={(e) => setPhone(e.target.value)}
                maxLength={11}
                data-testid="intake-phone"
              />
            </Form.Item>
            {person.known && (
              <Descriptions size="small" column={1}>
                <Descriptions.Item label="社区">{person.communityName}</Descriptions.Item>
                <Descriptions.Item label="出生日期">{person.birthDate}</Descriptions.Item>
              </Descriptions>
            )}
          </>
        )}
      </Form>
    </Card>
  );
}
