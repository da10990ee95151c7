/*
 * 绩效目标审核助手 pre-flight check. Runs before Office.js and before the task pane's bundle.
 *
 * Plain ES5 on purpose (no let/const, arrows, template strings, Promise, Array#includes): Office 2016
 * and 2019 volume-licensed show add-ins in Internet Explorer 11, where the React bundle cannot even
 * parse. This script says why and what to upgrade to instead of leaving a blank pane.
 *
 * The page loads it as  <script src="preflight.js" data-bundle="taskpane.js"></script>  followed by
 * Office.js. Once Office is ready it decides (decide(): a pure function, unit-tested in
 * test/deploy/preflight.test.ts) and then either shows a message and stops, or loads the bundle
 * (with a one-line notice when optional Excel features are missing). The decision is exposed as
 * window.PTR_PREFLIGHT for the pane.
 *
 * On the ribbon-command page (data-commands="validateSelection cleanSelection") it only acts in
 * IE11 / old Edge: each command then opens the message in a dialog instead of failing silently.
 */
/* eslint @typescript-eslint/no-unused-vars: ["error", { "caughtErrors": "none" }] -- ES5 has no catch without a binding */
(function (root, factory) {
  var api = factory();
  if (typeof module === "object" && module && module.exports) {
    module.exports = api;
  } else {
    root.PtrPreflight = api;
    api.start(root);
  }
})(this, function () {
  "use strict";

  /** The manifest's minimum: without it nothing in the pane works. */
  var REQUIRED_SET = "1.7";

  /** Optional Excel API sets (src/excel/features.ts) and what the officer loses without them. */
  var OPTIONAL_SETS = [
    {
      set: "1.9",
      zh: "写入结果时暂停屏幕刷新（大表格写入会慢一些）",
      en: "pausing screen updates while results are written (large tables take longer)"
    },
    {
      set: "1.13",
      zh: "一键清理删除表头副本时保留合并单元格（否则含合并单元格的行保留为建议，不删除）",
      en: "keeping merged cells when cleanup removes a header copy (without it such rows stay proposals, not removed)"
    },
    {
      set: "1.20",
      zh: "一键清理后按一次 Ctrl+Z 全部撤销（请改用“撤销清理”按钮）",
      en: "undoing a whole cleanup with one Ctrl+Z (use the Undo cleanup button instead)"
    }
  ];

  var UPGRADE = {
    zh: "请升级到 Office 2021 或更高版本，或 Microsoft 365。",
    en: "Please upgrade to Office 2021 or later, or to Microsoft 365."
  };

  var TEXT = {
    title: {
      zh: "绩效目标审核助手无法在此 Office 中运行",
      en: "Performance Target Reviewer cannot run in this Office"
    },
    trident: {
      why: {
        zh: "这个 Office 使用 Internet Explorer 11 显示加载项，本助手无法在其中运行。",
        en: "This Office shows add-ins with Internet Explorer 11, which the reviewer cannot run in."
      },
      todo: {
        zh:
          UPGRADE.zh +
          "已在使用 Microsoft 365 的，请让 IT 管理员安装 Microsoft Edge WebView2 运行时并更新 Office。",
        en:
          UPGRADE.en +
          " If you already use Microsoft 365, ask your IT administrator to install the Microsoft Edge WebView2 Runtime and update Office."
      }
    },
    edgehtml: {
      why: {
        zh: "这个 Office 使用旧版 Microsoft Edge（EdgeHTML）显示加载项，本助手无法在其中运行。",
        en: "This Office shows add-ins with the old Microsoft Edge (EdgeHTML), which the reviewer cannot run in."
      },
      todo: {
        zh: "请让 IT 管理员安装 Microsoft Edge WebView2 运行时并把 Office 更新到最新版本；或升级到 Office 2021 或更高版本、Microsoft 365。",
        en: "Ask your IT administrator to install the Microsoft Edge WebView2 Runtime and update Office, or upgrade to Office 2021 or later, or to Microsoft 365."
      }
    },
    "excel-api": {
      why: {
        zh: "这个 Excel 版本太旧，缺少本助手需要的 Excel 功能（ExcelApi 1.7）。",
        en: "This version of Excel is too old: it lacks the Excel features the reviewer needs (ExcelApi 1.7)."
      },
      todo: UPGRADE
    },
    "office-js": {
      why: {
        zh: "未能加载 Office 组件（Office.js）：{url}",
        en: "Office's script library (Office.js) could not be loaded: {url}"
      },
      todo: {
        zh: "请检查网络连接；如果单位网络限制访问外网，请让 IT 管理员放行上面的地址。",
        en: "Check the network connection; if your organisation's network blocks outside sites, ask your IT administrator to allow the address above."
      }
    },
    featuresOff: {
      zh: "当前 Excel 版本较旧，以下功能已关闭：",
      en: "This version of Excel is older, so these features are off: "
    },
    featuresAdvice: {
      zh: "使用最新版 Microsoft 365 可获得全部功能。",
      en: "A current Microsoft 365 has all features."
    }
  };

  /** "trident" (IE11), "edgehtml" (Edge Legacy) or "modern" (WebView2, Safari, Chrome …). */
  function webviewOf(userAgent) {
    var ua = String(userAgent || "");
    if (ua.indexOf("Trident/") !== -1 || ua.indexOf("MSIE ") !== -1) return "trident";
    if (/ Edge\/\d/.test(ua)) return "edgehtml"; // Chromium Edge says "Edg/", not "Edge/".
    return "modern";
  }

  /** Chinese for any zh-* display language, English otherwise (as the pane does). */
  function languageOf(locale) {
    return /^zh\b/i.test(String(locale || "")) ? "zh" : "en";
  }

  /**
   * The decision, from plain data:
   *   env.userAgent     navigator.userAgent
   *   env.language      Office's display language (or the browser's before Office is ready)
   *   env.officeLoaded  whether Office.js is present at all
   *   env.host          Office.onReady's host ("Excel"); anything else means "not inside Excel"
   *                     (a browser or a test harness), where API sets are not checked
   *   env.supports      { "1.7": bool, "1.9": bool, "1.13": bool, "1.20": bool } — ExcelApi sets
   *   env.officeJsUrl   the Office.js address the page uses (for the message)
   * Returns { ok, reason, lang, webview, inExcel, missing: ["ExcelApi 1.7"], featuresOff: [{set, zh, en}] }.
   */
  function decide(env) {
    var e = env || {};
    var result = {
      ok: false,
      reason: null,
      lang: languageOf(e.language),
      webview: webviewOf(e.userAgent),
      inExcel: e.host === "Excel",
      missing: [],
      featuresOff: [],
      officeJsUrl: e.officeJsUrl || ""
    };
    if (result.webview !== "modern") {
      result.reason = result.webview;
      return result;
    }
    if (!e.officeLoaded) {
      result.reason = "office-js";
      return result;
    }
    var supports = e.supports || {};
    if (result.inExcel && supports[REQUIRED_SET] !== true) {
      result.reason = "excel-api";
      result.missing.push("ExcelApi " + REQUIRED_SET);
      return result;
    }
    if (result.inExcel) {
      for (var i = 0; i < OPTIONAL_SETS.length; i++) {
        var o = OPTIONAL_SETS[i];
        if (supports[o.set] !== true)
          result.featuresOff.push({ set: "ExcelApi " + o.set, zh: o.zh, en: o.en });
      }
    }
    result.ok = true;
    return result;
  }

  /** The blocking message as {title, why, todo} in one language. */
  function messageFor(decision, lang) {
    var t = TEXT[decision.reason];
    if (!t) return null;
    return {
      title: TEXT.title[lang],
      why: t.why[lang].replace("{url}", decision.officeJsUrl || "Office.js"),
      todo: t.todo[lang]
    };
  }

  /** The one-line notice about features that are off, or null when everything is on. */
  function noticeFor(decision, lang) {
    if (!decision.ok || decision.featuresOff.length === 0) return null;
    var items = [];
    for (var i = 0; i < decision.featuresOff.length; i++) items.push(decision.featuresOff[i][lang]);
    return (
      TEXT.featuresOff[lang] +
      items.join(lang === "zh" ? "；" : "; ") +
      (lang === "zh" ? "。" : ". ") +
      TEXT.featuresAdvice[lang]
    );
  }

  // ---- Browser shell: everything below touches the page. ----

  var BLOCK_ID = "ptr-preflight";
  var NOTICE_ID = "ptr-preflight-notice";
  var FONT = "'Segoe UI', 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', sans-serif";

  function element(doc, tag, text, css) {
    var el = doc.createElement(tag);
    if (text) el.appendChild(doc.createTextNode(text));
    if (css) el.style.cssText = css;
    return el;
  }

  function removeById(doc, id) {
    var old = doc.getElementById(id);
    if (old && old.parentNode) old.parentNode.removeChild(old);
  }

  /** Shows the blocking message (officer's language first, the other below), replacing an earlier one. */
  function renderBlocked(doc, decision) {
    removeById(doc, BLOCK_ID);
    var other = decision.lang === "zh" ? "en" : "zh";
    var main = messageFor(decision, decision.lang);
    var second = messageFor(decision, other);
    if (!main || !doc.body) return;
    var box = element(doc, "div", "", "margin:16px;font:14px/1.6 " + FONT + ";color:#242424;");
    box.id = BLOCK_ID;
    box.setAttribute("role", "alert");
    box.setAttribute("lang", decision.lang === "zh" ? "zh-CN" : "en");
    box.appendChild(element(doc, "h1", main.title, "font-size:18px;line-height:1.4;margin:0 0 12px;"));
    box.appendChild(element(doc, "p", main.why, "margin:0 0 8px;"));
    box.appendChild(element(doc, "p", main.todo, "margin:0 0 16px;font-weight:600;"));
    var aside = element(
      doc,
      "div",
      "",
      "font-size:12px;color:#616161;border-top:1px solid #e0e0e0;padding-top:8px;"
    );
    aside.setAttribute("lang", other === "zh" ? "zh-CN" : "en");
    aside.appendChild(element(doc, "p", second.title + " — " + second.why + " " + second.todo, "margin:0;"));
    box.appendChild(aside);
    doc.body.insertBefore(box, doc.body.firstChild);
  }

  function renderNotice(doc, decision) {
    var text = noticeFor(decision, decision.lang);
    if (!text || !doc.body) return;
    removeById(doc, NOTICE_ID);
    var note = element(
      doc,
      "div",
      text,
      "margin:0;padding:6px 12px;font:12px/1.5 " +
        FONT +
        ";color:#3b2e00;background:#fff4ce;border-bottom:1px solid #f2d675;"
    );
    note.id = NOTICE_ID;
    note.setAttribute("role", "status");
    doc.body.insertBefore(note, doc.body.firstChild);
  }

  function words(value) {
    var list = String(value || "").split(/\s+/);
    var out = [];
    for (var i = 0; i < list.length; i++) if (list[i]) out.push(list[i]);
    return out;
  }

  /** Adds the bundle's scripts in order (async=false keeps the order of dynamically added scripts). */
  function loadScripts(doc, sources) {
    for (var i = 0; i < sources.length; i++) {
      var s = doc.createElement("script");
      s.src = sources[i];
      s.async = false;
      doc.body.appendChild(s);
    }
  }

  function officeJsUrlOf(doc) {
    var scripts = doc.getElementsByTagName("script");
    for (var i = 0; i < scripts.length; i++) {
      var src = scripts[i].getAttribute("src") || "";
      if (/\/office\.js(\?|$)/.test(src)) return src;
    }
    return "";
  }

  function browserLanguage(win) {
    var n = win.navigator || {};
    return n.language || n.userLanguage || n.browserLanguage || "";
  }

  function isSetSupported(office, version) {
    try {
      return office.context.requirements.isSetSupported("ExcelApi", version) === true;
    } catch (err) {
      return false;
    }
  }

  /** Reads the environment once Office is ready (info is Office.onReady's argument). */
  function environment(win, info, officeJsUrl) {
    var office = win.Office;
    var env = {
      userAgent: win.navigator.userAgent,
      language: browserLanguage(win),
      officeLoaded: !!office,
      host: info && info.host ? String(info.host) : null,
      supports: {},
      officeJsUrl: officeJsUrl
    };
    if (office && office.context) {
      if (office.context.displayLanguage) env.language = office.context.displayLanguage;
      env.supports[REQUIRED_SET] = isSetSupported(office, REQUIRED_SET);
      for (var i = 0; i < OPTIONAL_SETS.length; i++)
        env.supports[OPTIONAL_SETS[i].set] = isSetSupported(office, OPTIONAL_SETS[i].set);
    }
    return env;
  }

  /** Ribbon commands in a webview we cannot run in: show the task pane page (which shows the message) in a dialog. */
  function fallbackCommands(win, names) {
    function handler(event) {
      var done = function () {
        if (event && event.completed) event.completed();
      };
      try {
        var url = String(win.location.href)
          .replace(/[?#].*$/, "")
          .replace(/[^/]*$/, "taskpane.html");
        win.Office.context.ui.displayDialogAsync(url, { height: 45, width: 35, displayInIframe: true }, done);
      } catch (err) {
        done();
      }
    }
    for (var i = 0; i < names.length; i++) {
      win[names[i]] = handler; // Office 2016/2019 look function commands up as globals.
      try {
        if (win.Office && win.Office.actions) win.Office.actions.associate(names[i], handler);
      } catch (err) {
        // Older Office.js without Office.actions: the global above is what it calls.
      }
    }
  }

  function whenDomReady(doc, run) {
    if (doc.readyState === "interactive" || doc.readyState === "complete") run();
    else doc.addEventListener("DOMContentLoaded", run, false);
  }

  /** The script element that is running now (document.currentScript does not exist in IE11). */
  function ownScript(doc) {
    if (doc.currentScript) return doc.currentScript;
    var scripts = doc.getElementsByTagName("script");
    return scripts[scripts.length - 1] || null;
  }

  function start(win) {
    var doc = win.document;
    var own = ownScript(doc);
    var bundle = words(own && own.getAttribute("data-bundle"));
    var commands = words(own && own.getAttribute("data-commands"));
    var loaded = false;

    // The ribbon-command page has no UI and its bundle is not React: act only where it cannot run.
    if (commands.length > 0) {
      if (webviewOf(win.navigator.userAgent) === "modern") return;
      whenDomReady(doc, function () {
        win.PTR_PREFLIGHT = decide(environment(win, null, officeJsUrlOf(doc)));
        fallbackCommands(win, commands);
      });
      return;
    }

    function settle(decision) {
      win.PTR_PREFLIGHT = decision;
      if (!decision.ok) {
        renderBlocked(doc, decision);
        return;
      }
      if (loaded) return;
      loaded = true;
      renderNotice(doc, decision);
      loadScripts(doc, bundle);
    }

    whenDomReady(doc, function () {
      var officeJsUrl = officeJsUrlOf(doc);
      var office = win.Office;
      var hasOffice = !!office && typeof office.onReady === "function";
      var early = environment(win, null, officeJsUrl);
      // IE11 / old Edge, or no Office.js at all: say so now, in the browser's language …
      if (!hasOffice || webviewOf(early.userAgent) !== "modern") settle(decide(early));
      if (!hasOffice) return;
      // … and (again, in Office's display language) once Office is ready.
      office.onReady(function (info) {
        settle(decide(environment(win, info, officeJsUrl)));
      });
    });
  }

  return {
    decide: decide,
    webviewOf: webviewOf,
    languageOf: languageOf,
    messageFor: messageFor,
    noticeFor: noticeFor,
    start: start
  };
});
