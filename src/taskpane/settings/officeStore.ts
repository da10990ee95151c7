/**
 * Settings kept in the workbook through Office.context.document.settings (not an Excel.run call: the
 * document settings API is shared by every Office host).
 */
import type { SettingsStore } from "./store";

export function createOfficeSettingsStore(settings: Office.Settings): SettingsStore {
  return {
    get: (key) => {
      const v: unknown = settings.get(key);
      return v === null ? undefined : v;
    },
    set: (key, value) => settings.set(key, value),
    save: () =>
      new Promise<void>((resolve, reject) => {
        settings.saveAsync((result) => {
          if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
          else
            reject({
              zh: "设置没有保存到工作簿中，请稍后再试。",
              en: "The settings could not be saved in the workbook. Please try again later.",
            });
        });
      }),
  };
}
