// The API docs page: lists the endpoints of /openapi.json, written with textContent only.
"use strict";

(async () => {
  const box = document.getElementById("endpoints");
  const response = await fetch("/openapi.json");
  const spec = await response.json();
  box.replaceChildren();
  for (const [path, methods] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const row = document.createElement("div");
      row.className = "endpoint";
      const verb = document.createElement("span");
      verb.className = "verb " + method;
      verb.textContent = method.toUpperCase();
      const code = document.createElement("code");
      code.textContent = path;
      const summary = document.createElement("span");
      summary.className = "muted";
      summary.textContent = " " + (op.summary || "");
      row.append(verb, " ", code, summary);
      const params = (op.parameters || []).map((p) => `${p.name} (${p.in})`);
      const body = op.requestBody ? Object.keys(op.requestBody.content || {}) : [];
      if (params.length || body.length) {
        const more = document.createElement("div");
        more.className = "small muted";
        more.textContent = [params.length ? "parameters: " + params.join(", ") : "",
          body.length ? "body: " + body.join(" or ") : ""].filter(Boolean).join(" · ");
        row.append(more);
      }
      box.append(row);
    }
  }
})();
