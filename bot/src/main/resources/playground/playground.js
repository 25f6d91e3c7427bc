// s3-403 playground. Every text from the server or the user goes into the page with textContent, never as HTML.
"use strict";

(() => {
  const API = "/api/playground/conversations";
  let conversationId = null;

  const $ = (id) => document.getElementById(id);
  const thread = $("thread");
  const alertBox = $("alert");

  /** A new element with a class and, optionally, text. */
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function showError(message) {
    alertBox.textContent = message;
    alertBox.hidden = false;
  }

  function clearError() {
    alertBox.textContent = "";
    alertBox.hidden = true;
  }

  /** Buttons are disabled while a request runs, so a double click sends once. */
  function busy(on) {
    document.querySelectorAll("main button").forEach((b) => { b.disabled = on; });
    thread.setAttribute("aria-busy", on ? "true" : "false");
  }

  /** POSTs and returns the JSON answer; an error answer is shown in the alert region and returns null. */
  async function post(path, body, contentType) {
    clearError();
    busy(true);
    try {
      const response = await fetch(path, {
        method: "POST",
        headers: { "Content-Type": contentType || "application/json" },
        body: body,
      });
      let json = null;
      try {
        json = await response.json();
      } catch (e) {
        json = null;
      }
      if (!response.ok) {
        const why = json && typeof json.error === "string" ? json.error : "the server answered " + response.status;
        showError("Not sent: " + why);
        return null;
      }
      return json;
    } catch (e) {
      showError("Not sent: the server could not be reached (" + e.message + ")");
      return null;
    } finally {
      busy(false);
    }
  }

  function scrollTo(node) {
    if (node.scrollIntoView) node.scrollIntoView({ behavior: "smooth", block: "start" });
  }

  function addUserMessage(label, text) {
    const item = el("li", "message user");
    item.append(el("p", "who", label));
    item.append(el("pre", "plain", text.length > 4000 ? text.slice(0, 4000) + "\n…" : text));
    thread.append(item);
  }

  /** A block of text to copy: a title, a Copy button and the text in a pre. */
  function copyBlock(title, text) {
    const box = el("div", "code");
    const bar = el("div", "actions");
    bar.append(el("span", "code-title", title));
    const button = el("button", "copy", "Copy");
    button.type = "button";
    button.setAttribute("aria-label", "Copy " + title);
    button.addEventListener("click", () => copy(text, button));
    bar.append(button);
    box.append(bar, el("pre", null, text));
    return box;
  }

  async function copy(text, button) {
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = "Copied";
    } catch (e) {
      button.textContent = "Select and copy";
    }
    setTimeout(() => { button.textContent = "Copy"; }, 2000);
  }

  function describeInput(input) {
    switch (input.kind) {
      case "evidence": return "Read as " + input.what;
      case "answer": return "Answer recorded: " + input.questionId + ": " + input.answer;
      case "question": return "Answered as a question about the diagnosis";
      case "ignored": return "Nothing changed: " + input.why;
      default: return null;
    }
  }

  /** What a follow-up changed: how it was read, causes confirmed or ruled out, another top cause. */
  function changesList(turn) {
    const lines = [];
    const read = describeInput(turn.input);
    if (read && turn.input.kind !== "ignored") lines.push(read);
    (turn.input.notes || []).forEach((n) => lines.push(n));
    const c = turn.changes;
    (c.nowConfirmed || []).forEach((x) => lines.push("Now confirmed: " + x));
    (c.ruledOut || []).forEach((x) => lines.push("Ruled out: " + x));
    if (c.topBefore !== c.topAfter && c.topBefore) lines.push("Top cause: " + c.topBefore + " → " + (c.topAfter || "none"));
    if (c.decisionBefore && c.decisionBefore !== c.decisionAfter) lines.push("Decision: " + c.decisionBefore + " → " + c.decisionAfter);
    if (!lines.length) return null;
    const list = el("ul", "changes");
    lines.forEach((line) => list.append(el("li", null, line)));
    return list;
  }

  function statusBadge(status) {
    return el("span", "status " + String(status).replace(/\s+/g, "-"), status);
  }

  function causeBlock(cause, heading) {
    const box = el("div", "cause");
    const h = el("h3", null, heading + ": " + cause.title + " ");
    h.append(statusBadge(cause.status));
    box.append(h);
    box.append(el("p", "meta", cause.id));
    if (cause.owner) box.append(el("p", "owner", "Who can fix it: " + cause.owner));
    if (cause.detail) box.append(el("p", null, cause.detail));
    const fix = cause.fix;
    if (fix) {
      box.append(el("p", null, "Fix: " + fix.summary));
      if (fix.steps && fix.steps.length) {
        const steps = el("ol");
        fix.steps.forEach((s) => steps.append(el("li", null, s)));
        box.append(steps);
      }
      (fix.commands || []).forEach((command, i) => box.append(copyBlock("Command " + (i + 1), command)));
      if (fix.policyPatch) {
        box.append(copyBlock("Policy patch for " + fix.policyPatch.target, JSON.stringify(fix.policyPatch.document, null, 2)));
      }
    }
    return box;
  }

  function questionBlock(q) {
    const box = el("div", "question");
    box.append(el("p", null, q.text));
    if (q.command) box.append(copyBlock("To find out", q.command));
    const options = el("div", "actions");
    options.setAttribute("role", "group");
    options.setAttribute("aria-label", "Answers to " + q.id);
    q.options.forEach((option) => {
      const b = el("button", "option", option);
      b.type = "button";
      b.addEventListener("click", () => answer(q.id, option));
      options.append(b);
    });
    box.append(options);
    return box;
  }

  function addTurn(turn) {
    const item = el("li", "message bot");
    item.append(el("p", "who", "s3-403"));
    if (turn.input && turn.input.kind !== "new-error") {
      const changes = changesList(turn);
      if (changes) item.append(changes);
    }
    item.append(el("p", "explanation", turn.explanation));
    if (turn.input && turn.input.kind === "question") {
      thread.append(item);
      return item;
    }
    item.append(el("p", "meta", "Decision: " + turn.decision));
    const causes = turn.causes || [];
    if (causes.length) item.append(causeBlock(causes[0], "Top cause"));
    if (causes.length > 1) {
      const others = el("details");
      others.append(el("summary", null, "Other causes (" + (causes.length - 1) + ")"));
      causes.slice(1).forEach((c) => others.append(causeBlock(c, "Also")));
      item.append(others);
    }
    const ruledOut = turn.ruledOut || [];
    if (ruledOut.length) {
      const details = el("details");
      details.append(el("summary", null, "Ruled out (" + ruledOut.length + ")"));
      const list = el("ul");
      ruledOut.forEach((r) => {
        const li = el("li");
        li.append(el("code", null, r.id), document.createTextNode(": " + r.why));
        list.append(li);
      });
      details.append(list);
      item.append(details);
    }
    const questions = turn.questions || [];
    if (questions.length) {
      item.append(el("h3", null, "Questions that would sharpen this"));
      questions.forEach((q) => item.append(questionBlock(q)));
    }
    thread.append(item);
    return item;
  }

  function began(json) {
    conversationId = json.id;
    $("export").href = API + "/" + encodeURIComponent(conversationId) + "/bundle";
    $("start-form").hidden = true;
    $("follow-up").hidden = false;
  }

  async function answer(questionId, option) {
    if (!conversationId) return;
    addUserMessage("You answered", questionId + ": " + option);
    const json = await post(API + "/" + encodeURIComponent(conversationId) + "/answers",
      JSON.stringify({ question: questionId, answer: option }));
    if (json) scrollTo(addTurn(json.turn));
  }

  $("start-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const text = $("error-text").value;
    if (!text.trim()) { showError("Paste an error first"); return; }
    const json = await post(API, JSON.stringify({ text: text }));
    if (!json) return;
    addUserMessage("You", text);
    began(json);
    addTurn(json.turn);
    $("reply-text").focus();
  });

  $("reply-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const text = $("reply-text").value;
    if (!text.trim()) { showError("Paste something to add first"); return; }
    const json = await post(API + "/" + encodeURIComponent(conversationId) + "/messages", JSON.stringify({ text: text }));
    if (!json) return;
    addUserMessage("You", text);
    $("reply-text").value = "";
    scrollTo(addTurn(json.turn));
  });

  $("bundle-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const file = $("bundle-file").files[0];
    if (!file) { showError("Choose a bundle file first"); return; }
    if (file.size > 1024 * 1024) { showError("Not sent: the bundle is larger than 1 MiB"); return; }
    const text = await file.text();
    const json = await post(API + "/" + encodeURIComponent(conversationId) + "/bundle", text);
    if (!json) return;
    addUserMessage("You uploaded", file.name);
    $("bundle-file").value = "";
    scrollTo(addTurn(json.turn));
  });

  $("customer-reply").addEventListener("click", async () => {
    const json = await post(API + "/" + encodeURIComponent(conversationId) + "/customer-reply", "{}");
    if (!json) return;
    const item = el("li", "message bot");
    item.append(el("p", "who", "s3-403: draft reply to the customer (review it before you send it)"));
    item.append(copyBlock("Draft reply", json.text));
    thread.append(item);
    scrollTo(item);
  });

  $("restart").addEventListener("click", () => {
    conversationId = null;
    thread.replaceChildren();
    clearError();
    $("follow-up").hidden = true;
    $("start-form").hidden = false;
    $("error-text").value = "";
    $("error-text").focus();
  });
})();
