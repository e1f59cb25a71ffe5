// Add articles: post pasted text or files to /api/articles, then poll the job until it is done.
// Data from the server is untrusted: it is only ever written with textContent, never innerHTML.
"use strict";

const POLL_MS = 500;
const jobsBox = document.getElementById("jobs");
const jobList = document.getElementById("job-list");

function el(tag, text, cls) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (cls) node.className = cls;
  return node;
}

function link(href, text) {
  const a = el("a", text);
  a.href = href;
  return a;
}

async function errorText(response) {
  try {
    const data = await response.json();
    return typeof data.detail === "string" ? data.detail : JSON.stringify(data.detail);
  } catch (_) {
    return response.statusText;
  }
}

function showJob(label) {
  jobsBox.hidden = false;
  const item = el("li", undefined, "job");
  item.append(el("b", label), el("span", " — sending…", "state"), el("div", "", "details"));
  jobList.prepend(item);
  return item;
}

function render(item, job) {
  const state = item.querySelector(".state");
  const details = item.querySelector(".details");
  const secs = job.elapsed_s.toFixed(1) + " s";
  const ahead = job.queued_ahead ? ` (${job.queued_ahead} ahead)` : "";
  const step = job.state === "running" && job.progress
    ? ` (${job.progress.stage} ${job.progress.done}/${job.progress.total})` : "";
  state.textContent = ` — ${job.state}${job.state === "queued" ? ahead : ""}${step} · ${secs}`;
  state.className = "state " + job.state;
  details.replaceChildren();
  if (job.articles.length) details.append(el("span", `${job.articles.length} article(s) · `));
  if (job.state === "done") {
    if (job.stories.length) {
      details.append(el("span", "stories updated: "));
      job.stories.forEach((id, i) => {
        if (i) details.append(el("span", ", "));
        const a = link("/stories/" + encodeURIComponent(id), id);
        details.append(a);
        fetch("/api/stories/" + encodeURIComponent(id))
          .then((r) => (r.ok ? r.json() : null))
          .then((story) => { if (story && story.title) a.textContent = story.title; });
      });
    } else {
      details.append(el("span", "no story changed"));
    }
  }
  if (job.error) details.append(el("div", job.error, "warn"));
  for (const r of job.rejected) details.append(el("div", `rejected ${r.input}: ${r.reason}`, "warn"));
}

async function follow(item, jobId) {
  for (;;) {
    const response = await fetch("/api/jobs/" + encodeURIComponent(jobId));
    if (!response.ok) {
      item.querySelector(".state").textContent = " — " + (await errorText(response));
      return;
    }
    const job = await response.json();
    render(item, job);
    if (job.state === "done" || job.state === "failed") return;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

async function submit(item, body, headers) {
  const response = await fetch("/api/articles", { method: "POST", body, headers });
  if (!response.ok) {
    const state = item.querySelector(".state");
    state.textContent = ` — refused (${response.status}): ${await errorText(response)}`;
    state.className = "state failed";
    return;
  }
  const job = await response.json();
  await follow(item, job.job);
}

document.getElementById("paste-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const form = event.target;
  const article = {};
  for (const [key, value] of new FormData(form).entries()) {
    if (String(value).trim()) article[key] = String(value);
  }
  const item = showJob(article.title || "pasted article");
  submit(item, JSON.stringify(article), { "content-type": "application/json" }).then(() => form.reset());
});

document.getElementById("upload-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const form = event.target;
  const data = new FormData(form);
  const names = data.getAll("file").map((f) => f.name).join(", ");
  const item = showJob(names || "upload");
  submit(item, data, {}).then(() => form.reset());
});
