"""`newsfuse serve`: the web pages and the JSON API over one store.

Pages: the stories list (with search), a story (cited summary, contradictions, fact × outlet matrix,
quotes, sources, entities, timeline and coverage charts), an article with evidence marked in place,
and a page to add articles. API: /api/stories, /api/stories/{id}, /api/articles, /api/articles/{id},
/api/jobs/{id}, /openapi.json with a local docs page at /docs (nothing is loaded from the internet).

Article text is untrusted: templates autoescape, scripts use textContent, and a strict Content
Security Policy forbids inline script. Request values never become file paths: uploads are written
under fresh names into a temp dir the job deletes, and ids are only ever database keys.
"""

from __future__ import annotations

import json
import re
import tempfile
import threading
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..model import Article, content_hash
from ..settings import Settings
from . import views
from .jobs import Analyse, JobManager, PipelineProcess, QueueFull

HERE = Path(__file__).parent
MAX_UPLOAD_BYTES = 10 * 1024 * 1024  # one request body; larger gets 413 (a news article is a few kB)
MAX_ARTICLES_PER_REQUEST = 1_000  # articles in one JSON body; more should be split over requests
MAX_FILES_PER_REQUEST = 100  # files in one multipart upload
MAX_ID_CHARS = 200  # article ids are keys, not documents
MAX_FIELD_CHARS = 2_000  # title, outlet, url, published
UPLOAD_SUFFIX = re.compile(r"\.[a-z0-9]{1,8}$")  # the only part of an uploaded name kept besides a safe stem
SAFE_STEM = re.compile(r"[^A-Za-z0-9._-]+")
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)

StoreFactory = Callable[[], Any]
KEEP_ALIVE_S = 30  # with uvicorn's 5 s, a starved server closed pooled connections as clients reused them
READ_CACHE_S = 1.0  # reads share one view of the store this long (a finished job refreshes it at once)


@dataclass(frozen=True)
class Snapshot:
    """Every story and article as read from the store at one moment."""

    taken: float
    generation: int  # JobManager.generation when taken: a job finished since means stale
    stories: dict[str, dict[str, Any]]
    articles: dict[str, Article]


class ArticleIn(BaseModel):
    """An article posted as JSON."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)

    id: Annotated[str | None, Field(min_length=1, max_length=MAX_ID_CHARS, pattern=r"^[^\x00-\x1f\x7f]+$")] = None
    title: Annotated[str | None, Field(max_length=MAX_FIELD_CHARS)] = None
    outlet: Annotated[str | None, Field(max_length=MAX_FIELD_CHARS)] = None
    published: Annotated[str | None, Field(max_length=MAX_FIELD_CHARS)] = None
    url: Annotated[str | None, Field(max_length=MAX_FIELD_CHARS)] = None
    text: Annotated[str, Field(min_length=1, pattern=r"\S")]


_ARTICLE_LIST: TypeAdapter[list[ArticleIn]] = TypeAdapter(list[ArticleIn])


class BodyLimit:
    """ASGI middleware: a request body over `limit` bytes gets 413 before any route reads it."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await self._refuse(send, declared.isdigit())
            return
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                await self._refuse(send, True)
                return
            chunks.append(chunk)
            if not message.get("more_body"):
                break
        body, replayed = b"".join(chunks), False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, send: Send, too_large: bool) -> None:
        status = 413 if too_large else 400
        detail = f"request body over the {self.limit} byte limit" if too_large else "bad Content-Length header"
        data = json.dumps({"detail": detail}).encode()
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(data)).encode()),
                   (b"connection", b"close")]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": data})


def create_app(
    settings: Settings,
    *,
    store_factory: StoreFactory | None = None,
    analyse: Analyse | None = None,
    max_upload_bytes: int = MAX_UPLOAD_BYTES,
) -> FastAPI:
    """The web app over the store `settings.db_path` names (tests may pass a store factory and an analyser)."""
    if store_factory is None:
        from ..store import open_store

        def store_factory() -> Any:
            return open_store(settings.db_path)

    make_store = store_factory
    local = threading.local()
    opened: list[Any] = []
    opened_lock = threading.Lock()
    jobs = JobManager(settings, analyse or PipelineProcess())

    def store() -> Any:
        """This thread's store connection (SQLite connections are not shared across threads)."""
        s = getattr(local, "store", None)
        if s is None:
            s = local.store = make_store()
            with opened_lock:
                opened.append(s)
        return s

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        jobs.start()
        try:
            yield
        finally:
            jobs.stop()
            with opened_lock:
                for s in opened:
                    s.close()
                opened.clear()

    app = FastAPI(
        title="newsfuse", version="1", lifespan=lifespan, docs_url=None, redoc_url=None,
        description="Stories told by many outlets, with every fact, quote and contradiction traced to its sentences.",
    )
    app.state.jobs = jobs
    app.add_middleware(BodyLimit, limit=max_upload_bytes)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True))

    def page(name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
        return HTMLResponse(env.get_template(name).render(**context), status_code=status_code)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Any]) -> Response:
        response: Response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, ex: StarletteHTTPException) -> Response:
        if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
            return JSONResponse({"detail": ex.detail}, status_code=ex.status_code)
        return page("error.html", ex.status_code, status=ex.status_code, message=str(ex.detail))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, ex: RequestValidationError) -> Response:
        detail = _describe(ex.errors())
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": detail}, status_code=422)
        return page("error.html", 422, status=422, message=detail)

    cache: list[Snapshot] = []
    cache_lock = threading.Lock()

    def snapshot() -> Snapshot:
        """The stories and articles as read at most READ_CACHE_S ago, and since the last finished job."""
        with cache_lock:  # one request rebuilds it while the others wait, rather than all at once
            now = time.monotonic()
            if cache and now - cache[0].taken < READ_CACHE_S and cache[0].generation == jobs.generation:
                return cache[0]
            snap = Snapshot(now, jobs.generation, {str(x["id"]): x for x in store().stories()},
                            {a.id: a for a in store().articles()})
            cache[:] = [snap]
            return snap

    def articles_by_id() -> dict[str, Article]:
        return snapshot().articles

    def rows(q: str) -> list[dict[str, Any]]:
        snap = snapshot()
        out = []
        for s in snap.stories.values():
            row = views.story_row(s, snap.articles)
            if views.matches(s, row, q):
                out.append(row)
        return sorted(out, key=lambda r: (-r["article_count"], str(r["title"]).lower()))

    def get_story(story_id: str) -> dict[str, Any]:
        s = snapshot().stories.get(story_id) or store().story(story_id)
        if s is None:
            raise HTTPException(404, f"no story with id {story_id!r}")
        return dict(s)

    # ------------------------------------------------------------------ pages

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def stories_page(q: Annotated[str, Query(max_length=200)] = "") -> HTMLResponse:
        return page("stories.html", stories=rows(q), q=q, story_href=views.story_href)

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def story_page(story_id: str) -> HTMLResponse:
        view = views.story_view(get_story(story_id), articles_by_id())
        return page("story.html", s=view)

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(
        article_id: str,
        hl: Annotated[str | None, Query(max_length=10_000)] = None,
        story: Annotated[str | None, Query(max_length=MAX_ID_CHARS)] = None,
        item: Annotated[str | None, Query(max_length=MAX_ID_CHARS)] = None,
    ) -> HTMLResponse:
        article = store().get_article(article_id)
        if article is None:
            raise HTTPException(404, f"no article with id {article_id!r}")
        try:
            spans = views.parse_highlights(hl)
        except views.BadHighlight as ex:
            raise HTTPException(400, str(ex)) from ex
        story_obj = store().story(story) if story else None
        if story_obj is None:
            story_obj = next((s for s in snapshot().stories.values() if article_id in s.get("articles", [])), None)
        what = None
        if item and story_obj is not None:
            found = views.item_evidence(story_obj, item, article_id)
            if found is None:
                raise HTTPException(404, f"story has no fact, quote or contradiction with id {item!r}")
            what, more = found
            spans += more
        return page(
            "article.html", a=article, segments=views.segments(article.text, spans), marks=len(spans), what=what,
            story=story_obj, story_href=views.story_href, safe_url=_safe_url(article.url),
        )

    @app.get("/add", response_class=HTMLResponse, include_in_schema=False)
    def add_page() -> HTMLResponse:
        return page("add.html", limit_mb=round(max_upload_bytes / 1024 / 1024, 1))

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs_page() -> HTMLResponse:
        return page("docs.html")

    # ------------------------------------------------------------------ API

    @app.get("/api/stories", tags=["stories"], summary="Every story, one line each (search with q)")
    def api_stories(q: Annotated[str, Query(max_length=200, description="words or entity names")] = "") -> Any:
        return rows(q)

    @app.get("/api/stories/{story_id}", tags=["stories"], summary="One story: the report contract's story object")
    def api_story(story_id: str) -> Any:
        return get_story(story_id)

    @app.get("/api/articles", tags=["articles"], summary="Every stored article, without its text")
    def api_articles() -> Any:
        return [_article_json(a, text=False) for a in snapshot().articles.values()]

    @app.get("/api/articles/{article_id}", tags=["articles"], summary="One article with its text")
    def api_article(article_id: str) -> Any:
        article = store().get_article(article_id)
        if article is None:
            raise HTTPException(404, f"no article with id {article_id!r}")
        return _article_json(article, text=True)

    @app.post(
        "/api/articles", status_code=202, tags=["articles"],
        summary="Add articles: a JSON article, a JSON list, or files (text, HTML, JSONL, feed) as multipart",
        openapi_extra={"requestBody": {"required": True, "content": {
            "application/json": {"schema": {"anyOf": [
                {"$ref": "#/components/schemas/ArticleIn"},
                {"type": "array", "items": {"$ref": "#/components/schemas/ArticleIn"}},
            ]}},
            "multipart/form-data": {"schema": {"type": "object", "properties": {
                "file": {"type": "array", "items": {"type": "string", "format": "binary"}}}}},
        }}},
    )
    async def api_add(request: Request) -> Any:
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if kind == "application/json":
            job = jobs_submit(_json_articles(await request.body()))
        elif kind == "multipart/form-data":
            job = await _upload(request)
        else:
            raise HTTPException(415, "send application/json (an article or a list) or multipart/form-data files")
        return {"job": job.id, "state": job.state, "articles": job.articles, "status_url": f"/api/jobs/{job.id}"}

    @app.get("/api/jobs/{job_id}", tags=["articles"], summary="Progress of an add: queued, running, done or failed")
    def api_job(job_id: str) -> Any:
        status = jobs.status(job_id)
        if status is None:
            raise HTTPException(404, f"no job with id {job_id!r}")
        return status

    def jobs_submit(articles: list[Article], files: dict[str, str] | None = None, tmpdir: str | None = None) -> Any:
        try:
            return jobs.submit(articles, files, tmpdir)
        except QueueFull as ex:
            raise HTTPException(429, str(ex)) from ex

    async def _upload(request: Request) -> Any:
        try:
            form = await request.form(max_files=MAX_FILES_PER_REQUEST, max_fields=MAX_FILES_PER_REQUEST)
        except Exception as ex:  # a malformed multipart body is a client error
            raise HTTPException(400, f"cannot read the multipart upload: {ex}") from ex
        uploads = [v for _, v in form.multi_items() if isinstance(v, UploadFile)]
        if not uploads:
            raise HTTPException(400, "no file in the upload: send one or more files (field name 'file')")
        tmpdir = tempfile.mkdtemp(prefix="newsfuse-upload-")
        files: dict[str, str] = {}
        try:
            for i, up in enumerate(uploads):
                name = up.filename or f"upload-{i}"
                path = Path(tmpdir) / _safe_name(name, i, files)
                path.write_bytes(await up.read())
                files[str(path)] = name
        finally:
            await form.close()
        return jobs_submit([], files, tmpdir)

    return app


def _describe(errors: Any) -> str:
    """Pydantic errors as one readable line: `[0].text: Field required; ...`."""
    parts = []
    for e in errors:
        where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in e.get("loc", ()) if p != "body")
        parts.append(f"{where.lstrip('.') or 'body'}: {e.get('msg', 'invalid')}")
    return "; ".join(parts[:20])


def _json_articles(body: bytes) -> list[Article]:
    """Articles from a JSON body; HTTPException 400/422 with a reason when it is not one."""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError) as ex:
        raise HTTPException(400, f"the body is not valid JSON: {ex}") from ex
    if not isinstance(data, (dict, list)):
        raise HTTPException(422, "body: send a JSON object (one article) or a list of them")
    try:
        items = _ARTICLE_LIST.validate_python(data) if isinstance(data, list) else [ArticleIn.model_validate(data)]
    except ValidationError as ex:
        raise HTTPException(422, _describe(ex.errors())) from ex
    if not items:
        raise HTTPException(400, "the list of articles is empty")
    if len(items) > MAX_ARTICLES_PER_REQUEST:
        raise HTTPException(400, f"at most {MAX_ARTICLES_PER_REQUEST} articles per request")
    out = [_to_article(item) for item in items]
    ids = [a.id for a in out]
    if len(set(ids)) != len(ids):
        raise HTTPException(400, "two articles in this request have the same id")
    return out


def _to_article(item: ArticleIn) -> Article:
    from ..ingest.dates import normalize_date

    warnings: tuple[str, ...] = ()
    published = None
    if item.published:
        published = normalize_date(item.published)
        if published is None:
            warnings = (f"publication date {item.published[:80]!r} could not be read; ignored",)
    article_id = item.id or "web-" + content_hash(item.title or "", item.text)
    return Article(id=article_id, text=item.text, outlet=item.outlet, title=item.title, published=published,
                   url=item.url, origin="http", warnings=warnings)


def _safe_name(name: str, index: int, taken: dict[str, str]) -> str:
    """A file name for an upload: a cleaned stem of the user's name (the article id) and its suffix."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    suffix_match = UPLOAD_SUFFIX.search(base.lower())
    suffix = suffix_match.group(0) if suffix_match else ".txt"
    stem = SAFE_STEM.sub("_", base[: len(base) - len(suffix)] if suffix_match else base).strip("._")[:100]
    stem = stem or f"upload-{index}"
    existing = {Path(p).name for p in taken}
    candidate = stem + suffix
    if candidate in existing:
        candidate = f"{stem}-{index}{suffix}"
    return candidate


def _safe_url(url: str | None) -> str | None:
    """The article's URL when it is an http(s) link, else None (a javascript: URL is never a link)."""
    return url if url and url.lower().startswith(("http://", "https://")) else None


def _article_json(article: Article, text: bool) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": article.id, "outlet": article.outlet, "title": article.title, "published": article.published,
        "url": article.url, "warnings": list(article.warnings),
    }
    if text:
        out["text"] = article.text
    return out


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the pages and the API until interrupted; prints where it listens."""
    import uvicorn

    app = create_app(settings)
    print(f"newsfuse serving {settings.db_path} on http://{host}:{port}/ (API docs at /docs)", flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", timeout_keep_alive=KEEP_ALIVE_S)
