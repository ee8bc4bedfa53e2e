/* The participant page: join, follow the facilitator live, send, edit, vote, place.
   Everything sent goes through a queue kept in localStorage, so nothing typed is lost when the
   connection drops: each item keeps the id it was given, and the server treats a repeat as the same.
   All text from the server is shown with textContent, never as HTML. */
"use strict";
(function () {
  var code = location.pathname.split("/")[2] || "";
  var KEY = "plw:" + code + ":";
  var S = window.PLW_STRINGS;
  var lang = localStorage.getItem("plw:lang") || ((navigator.language || "en").toLowerCase().indexOf("es") === 0 ? "es" : "en");
  var token = localStorage.getItem(KEY + "device");
  var queue = readJson(KEY + "queue", []);
  var state = null;
  var flushing = false;
  var retryTimer = null;
  var online = true;
  var events = null;
  var editing = null;
  var ended = false;  /* once the session has ended, no late answer brings the room screen back */

  function $(id) { return document.getElementById(id); }
  function readJson(key, fallback) {
    try { var v = JSON.parse(localStorage.getItem(key) || "null"); return v === null ? fallback : v; }
    catch (e) { return fallback; }
  }
  function t(name, values) {
    var text = (S[lang] && S[lang][name]) || S.en[name] || name;
    Object.keys(values || {}).forEach(function (k) { text = text.split("{" + k + "}").join(String(values[k])); });
    return text;
  }
  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    if (cls) node.className = cls;
    return node;
  }
  function uuid() {
    var b = new Uint8Array(16);
    crypto.getRandomValues(b);
    b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join("");
    return h.slice(0, 8) + "-" + h.slice(8, 12) + "-" + h.slice(12, 16) + "-" + h.slice(16, 20) + "-" + h.slice(20);
  }
  function show(id) {
    ["loading", "join", "room", "ended"].forEach(function (s) { $(s).hidden = s !== id; });
  }
  function notice(text) {
    var n = $("notice");
    n.textContent = text || "";
    n.hidden = !text;
  }
  function status(text) { $("connection").textContent = text; }

  function applyLanguage() {
    document.documentElement.lang = lang;
    document.title = t("pageTitle");
    Array.prototype.forEach.call(document.querySelectorAll("[data-t]"), function (node) {
      node.textContent = t(node.getAttribute("data-t"));
    });
    var b = $("lang");
    b.textContent = t("other");
    b.setAttribute("lang", t("otherLang"));
    status(online ? "" : t("offline"));
    if (state) render();
    renderQueue();
  }

  function request(method, path, body) {
    var headers = { "Content-Type": "application/json" };
    if (token) headers.Authorization = "Bearer " + token;
    return fetch("/api/" + code + path, {
      method: method, headers: headers, cache: "no-store", credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (r) {
      return r.text().then(function (text) {
        var data = null;
        try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
        return { status: r.status, data: data };
      });
    });
  }

  function setOnline(value) {
    if (online === value) return;
    online = value;
    status(value ? t("connected") : t("offline"));
  }

  /* --- the queue ------------------------------------------------------------------------- */
  function saveQueue() { localStorage.setItem(KEY + "queue", JSON.stringify(queue)); renderQueue(); }
  function enqueue(op) { queue.push(op); saveQueue(); flush(); }
  function retryLater(ms) {
    if (retryTimer) return;
    retryTimer = setTimeout(function () { retryTimer = null; flush(); }, ms);
  }
  function flush() {
    if (flushing || !queue.length || !token) return;
    flushing = true;
    var op = queue[0];
    request(op.method, op.path, op.body).then(function (r) {
      flushing = false;
      setOnline(true);
      if (r.status === 429 || r.status >= 500) { retryLater(2000); return; }
      if (r.status === 401) { forgetDevice(); return; }
      if (r.status === 409 && op.keep) { notice(r.data && r.data.error); renderQueue(); return; }
      queue.shift();
      saveQueue();
      if (r.status >= 400) notice(r.data && r.data.error);
      else if (op.kind === "response") { notice(""); status(t("sentOk")); }
      else if (op.kind === "placement") {
        notice("");
        $("placed").textContent = t("placedOk", { stage: t("stage" + op.body.stage) });
      }
      if (queue.length) flush(); else refresh();
    }, function () {
      flushing = false;
      setOnline(false);
      retryLater(2000);
    });
  }
  function renderQueue() {
    var n = queue.length;
    var q = $("queued");
    q.hidden = n === 0;
    q.textContent = n ? t("queued", { n: n }) : "";
  }

  /* --- joining --------------------------------------------------------------------------- */
  function forgetDevice() {
    token = null;
    localStorage.removeItem(KEY + "device");
    if (events) { events.close(); events = null; }
    notice(t("joinAgain"));
    startJoin();
  }
  function startJoin() {
    show("join");
    request("GET", "/join").then(function (r) {
      if (r.status !== 200) { notice(r.data && r.data.error); return; }
      var person = $("person"), group = $("group");
      person.textContent = ""; group.textContent = "";
      person.appendChild(el("option", "", null)).value = "";
      r.data.people.forEach(function (p) { var o = el("option", p.name); o.value = p.id; person.appendChild(o); });
      if (!r.data.people.length) { $("as-person").disabled = true; }
      group.appendChild(el("option", "", null)).value = "";
      r.data.stakeholder_groups.forEach(function (g) { var o = el("option", g.label); o.value = g.key; group.appendChild(o); });
    }, function () { setOnline(false); setTimeout(startJoin, 2000); });
  }
  function joinChoiceChanged() {
    var as = document.querySelector("input[name=as]:checked").value;
    $("person-box").hidden = as !== "person";
    $("group-box").hidden = as !== "group";
  }
  function join(ev) {
    ev.preventDefault();
    var as = document.querySelector("input[name=as]:checked").value;
    var body = { participant: null, stakeholder_group: null };
    if (as === "person") {
      if (!$("person").value) { notice(t("chooseName")); $("person").focus(); return; }
      body.participant = $("person").value;
    } else if (as === "group") {
      if (!$("group").value) { notice(t("chooseGroup")); $("group").focus(); return; }
      body.stakeholder_group = $("group").value;
    }
    request("POST", "/join", body).then(function (r) {
      if (r.status !== 201) { notice(r.data && r.data.error); return; }
      notice("");
      token = r.data.device;
      localStorage.setItem(KEY + "device", token);
      enterRoom(true);
    }, function () { setOnline(false); notice(t("offline")); });
  }

  /* --- the room -------------------------------------------------------------------------- */
  function enterRoom(focus) {
    refresh(focus);
    listen();
    flush();
  }
  function listen() {
    if (events || !window.EventSource) return;
    events = new EventSource("/api/" + code + "/events");
    events.addEventListener("open", function () { setOnline(true); flush(); refresh(); });
    events.addEventListener("error", function () {
      setOnline(false);
      if (events && events.readyState === 2) {  /* refused (not just dropped): the browser gave up */
        events = null;
        setTimeout(function () { if (token) { listen(); refresh(); } }, 3000);
      }
    });
    events.addEventListener("room", function (e) {
      var d = JSON.parse(e.data);
      if (d.ended) { ended = true; show("ended"); events.close(); return; }
      if (state && (!state.question || state.question.key !== d.question || state.input_open !== d.input_open ||
          state.voting_open !== d.voting_open || state.counts_hidden !== d.counts_hidden)) refresh();
      if (d.input_open) flush();
    });
    events.addEventListener("ideas", function () { refresh(); });
  }
  function refresh(focus) {
    if (!token) return;
    request("GET", "/state").then(function (r) {
      setOnline(true);
      if (ended) return;
      if (r.status === 401) { forgetDevice(); return; }
      if (r.status !== 200) { notice(r.data && r.data.error); return; }
      var moved = !state || !r.data.question || !state.question || state.question.key !== r.data.question.key;
      state = r.data;
      if (state.ended) { ended = true; show("ended"); return; }
      show("room");
      render(moved);
      if (focus) $("question").focus();
    }, function () { setOnline(false); });
  }
  function stageName(n) { return t("stage" + n).replace(/^\d · /, ""); }

  function render(moved) {
    var s = state;
    $("condition").textContent = s.condition ? s.condition.title : "";
    $("stage").textContent = s.stage ? t("stageOf", { n: s.stage.number, name: stageName(s.stage.number) }) : t("noStage");
    $("question").textContent = s.question ? s.question.text : t("noQuestion");
    $("display").textContent = s.device.display;
    $("input-paused").hidden = s.input_open;
    renderOwn();
    renderIdeas();
    if (moved || !$("place-form").contains(document.activeElement)) renderPlacement();
  }
  function renderOwn() {
    var list = $("own");
    list.textContent = "";
    var pending = queue.filter(function (op) { return op.kind === "response"; });
    pending.forEach(function (op) {
      var li = el("li");
      li.appendChild(el("p", op.body.text, "text"));
      li.appendChild(el("span", t("queued", { n: 1 }).replace(/: 1$/, ""), "tag"));
      list.appendChild(li);
    });
    var ids = {};
    pending.forEach(function (op) { ids[op.body.id] = true; });
    state.own.forEach(function (o) {
      if (ids[o.id]) return;
      var li = el("li");
      if (editing === o.id) {
        var label = el("label", t("editLabel"));
        label.htmlFor = "edit-" + o.id;
        var area = el("textarea");
        area.id = "edit-" + o.id; area.rows = 3; area.value = o.text;
        var save = el("button", t("save")); save.type = "button";
        var cancel = el("button", t("cancel")); cancel.type = "button";
        save.addEventListener("click", function () {
          if (!area.value.trim()) { notice(t("emptyText")); return; }
          editing = null;
          enqueue({ kind: "edit", method: "PATCH", path: "/responses/" + o.id, body: { text: area.value } });
        });
        cancel.addEventListener("click", function () { editing = null; renderOwn(); });
        var row = el("div", null, "row"); row.appendChild(save); row.appendChild(cancel);
        li.appendChild(label); li.appendChild(area); li.appendChild(row);
        list.appendChild(li);
        setTimeout(function () { area.focus(); }, 0);
        return;
      }
      var p = el("p", o.text, "text"); p.id = "own-" + o.id;
      li.appendChild(p);
      if (o.withdrawn) li.appendChild(el("span", t("withdrawn"), "tag"));
      if (o.held) li.appendChild(el("span", t("held"), "tag"));
      if (o.editable && !o.withdrawn) {
        var row2 = el("div", null, "row");
        var edit = el("button", t("edit")); edit.type = "button";
        edit.setAttribute("aria-describedby", p.id);
        edit.addEventListener("click", function () { editing = o.id; renderOwn(); });
        var wd = el("button", t("withdraw")); wd.type = "button";
        wd.setAttribute("aria-describedby", p.id);
        wd.addEventListener("click", function () {
          enqueue({ kind: "withdraw", method: "PATCH", path: "/responses/" + o.id, body: { withdrawn: true } });
        });
        row2.appendChild(edit); row2.appendChild(wd);
        li.appendChild(row2);
      }
      list.appendChild(li);
    });
    $("own-empty").hidden = list.children.length > 0;
  }
  function renderIdeas() {
    var s = state, list = $("ideas");
    $("vote-closed").hidden = s.voting_open;
    var budget = $("budget");
    budget.hidden = !s.voting_open;
    budget.textContent = s.budget === null ? t("budgetFree") : t("budgetLeft", { n: s.budget_left, m: s.budget });
    list.textContent = "";
    if (!s.voting_open) return;
    if (!s.ideas.length) { list.appendChild(el("li", t("ideasEmpty"))); return; }
    if (s.counts_hidden) list.appendChild(el("li", t("countsHidden"), "tag"));
    s.ideas.forEach(function (idea) {
      var li = el("li");
      var p = el("p", idea.text, "text"); p.id = "idea-" + idea.id;
      li.appendChild(p);
      var row = el("div", null, "row");
      var add = el("button", t("addVote")); add.type = "button";
      add.setAttribute("aria-describedby", p.id);
      add.disabled = s.budget !== null && s.budget_left <= 0;
      add.addEventListener("click", function () { vote(idea.id, 1); });
      var take = el("button", t("removeVote")); take.type = "button";
      take.setAttribute("aria-describedby", p.id);
      take.disabled = idea.mine <= 0;
      take.addEventListener("click", function () { vote(idea.id, -1); });
      row.appendChild(add); row.appendChild(take);
      row.appendChild(el("span", t("yourVotes", { n: idea.mine }), "tag"));
      if (idea.votes !== null) row.appendChild(el("span", t("votes", { n: idea.votes }), "tag"));
      li.appendChild(row);
      list.appendChild(li);
    });
  }
  function vote(id, delta) {
    request("POST", "/votes", { response: id, delta: delta }).then(function (r) {
      if (r.status !== 200) notice(r.data && r.data.error); else notice("");
      refresh();
    }, function () { setOnline(false); notice(t("offline")); });
  }
  function renderPlacement() {
    var p = state.placement;
    Array.prototype.forEach.call(document.querySelectorAll("input[name=stage]"), function (r) {
      r.checked = !!p && String(p.stage) === r.value;
    });
    $("note").value = p ? p.note : "";
    $("placed").textContent = p ? t("placedOk", { stage: t("stage" + p.stage) }) : "";
  }

  /* --- forms ----------------------------------------------------------------------------- */
  function send(ev) {
    ev.preventDefault();
    var area = $("text");
    if (!area.value.trim()) { notice(t("emptyText")); area.focus(); return; }
    var body = { id: uuid(), text: area.value };
    if (state && state.condition && state.question) {
      /* the question it was typed for: a resend after a dropped connection lands there, not wherever
         the facilitator has moved on to meanwhile */
      body.condition = state.condition.key;
      body.question = state.question.key;
    }
    var op = { kind: "response", keep: true, method: "POST", path: "/responses", body: body };
    area.value = "";
    localStorage.removeItem(KEY + "draft");
    enqueue(op);
    if (state) renderOwn();
  }
  function place(ev) {
    ev.preventDefault();
    var chosen = document.querySelector("input[name=stage]:checked");
    if (!chosen) { notice(t("chooseStage")); return; }
    if (!state || !state.condition) { notice(t("noQuestion")); return; }
    enqueue({ kind: "placement", keep: true, method: "PUT", path: "/placements/" + encodeURIComponent(state.condition.key),
              body: { stage: Number(chosen.value), note: $("note").value } });
  }

  function start() {
    $("lang").addEventListener("click", function () {
      lang = lang === "es" ? "en" : "es";
      localStorage.setItem("plw:lang", lang);
      applyLanguage();
    });
    Array.prototype.forEach.call(document.querySelectorAll("input[name=as]"), function (r) {
      r.addEventListener("change", joinChoiceChanged);
    });
    $("join-form").addEventListener("submit", join);
    $("input-form").addEventListener("submit", send);
    $("place-form").addEventListener("submit", place);
    var area = $("text");
    area.value = localStorage.getItem(KEY + "draft") || "";
    area.addEventListener("input", function () { localStorage.setItem(KEY + "draft", area.value); });
    $("question").setAttribute("tabindex", "-1");
    window.addEventListener("online", function () { flush(); refresh(); });
    applyLanguage();
    if (token) enterRoom(false); else startJoin();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
