import { App, type FormInstance } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { showFieldError } from "./formErrors.js";
import { errorText } from "./errors.js";

/**
 * Runs a form's submit action with a busy flag; a server error that names a field
 * lands on that field, any other error shows as a message.
 */
export function useFormSubmit(form: FormInstance) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  async function submit(action: () => Promise<void>) {
    setBusy(true);
    try {
      await action();
    } catch (e) {
      if (!showFieldError(form, e)) void message.error(errorText(e, t));
    } finally {
      setBusy(false);
    }
  }
  return { busy, submit };
}
