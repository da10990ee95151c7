/* global window, setTimeout */
// Stands in for https://appsforoffice.microsoft.com/lib/1/hosted/office.js in headless Chromium.
window.Office = {
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  context: {
    displayLanguage: "zh-CN",
    officeTheme: { bodyBackgroundColor: "#ffffff" },
    requirements: { isSetSupported: () => true },
    document: {
      settings: {
        _v: {},
        get(k) {
          return k in this._v ? this._v[k] : null;
        },
        set(k, v) {
          this._v[k] = v;
        },
        remove(k) {
          delete this._v[k];
        },
        saveAsync(cb) {
          if (cb) cb({ status: "succeeded" });
        },
      },
    },
  },
  onReady(cb) {
    setTimeout(() => cb && cb({ host: "Excel", platform: "OfficeOnline" }), 0);
    return Promise.resolve({ host: "Excel", platform: "OfficeOnline" });
  },
};
window.Excel = { run: () => Promise.reject({ code: "GeneralException", message: "no Excel in the stub" }) };
