"""Turning frozen values into bytes for the store and back: JSON for values, raw float32 for vectors."""

from __future__ import annotations

import json
from dataclasses import is_dataclass
from functools import cache
from typing import Any, TypeVar, get_type_hints

import numpy as np

from .. import model
from ..annotate.embed import DIM
from ..model import Annotations, Article, Doc, field_names

T = TypeVar("T")


def to_plain(value: Any) -> Any:
    """Dataclasses to dicts, tuples to lists, recursively."""
    names = field_names(type(value))  # type: ignore[arg-type]
    if names is not None:
        return {name: to_plain(getattr(value, name)) for name in names}
    if isinstance(value, (tuple, list)):
        return [to_plain(v) for v in value]
    return value


def dumps(value: Any) -> str:
    """Stable JSON text of a value."""
    return json.dumps(to_plain(value), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


_TYPES: dict[str, type] = {
    name: value for name, value in vars(model).items() if isinstance(value, type) and is_dataclass(value)
}


@cache
def _hints(cls: type) -> dict[str, Any]:
    return get_type_hints(cls, localns=_TYPES)


def from_plain(cls: type[T], data: Any) -> T:
    """Rebuild a dataclass from `to_plain` output (nested frozen values and tuples restored)."""
    hints = _hints(cls)  # type: ignore[arg-type]
    return cls(**{name: _rebuild(hints[name], data[name]) for name in field_names(cls) or () if name in data})  # type: ignore[arg-type]


def _rebuild(hint: Any, data: Any) -> Any:
    if data is None:
        return None
    kind, inner = _plan(hint)
    if kind == "pairs":
        return tuple(tuple(x) for x in data)
    if kind == "tuple":
        return tuple(_rebuild(inner, x) for x in data)
    return from_plain(inner, data) if kind == "dataclass" else data


@cache
def _plan(hint: Any) -> tuple[str, Any]:
    """How to rebuild a value of a field's type (worked out once per type): a tuple of tuples, a tuple of
    `inner`, the dataclass `inner` (alone or in a union with None), or the plain value."""
    args = getattr(hint, "__args__", ())
    if getattr(hint, "__origin__", None) is tuple:
        inner = args[0] if args else Any
        return ("pairs", None) if inner is tuple or getattr(inner, "__origin__", None) is tuple else ("tuple", inner)
    return next((("dataclass", t) for t in (hint, *args) if isinstance(t, type) and is_dataclass(t)), ("plain", None))


def article_to_json(article: Article) -> str:
    """JSON text of an article."""
    return dumps(article)


def article_from_json(text: str) -> Article:
    """An article back from its JSON text."""
    return from_plain(Article, json.loads(text))


def doc_to_bytes(doc: Doc) -> bytes:
    """Annotations as JSON, then the vectors (of its sentences, then clauses) as float32."""
    return dumps(doc.annotations).encode() + b"\n" + np.ascontiguousarray(doc.vectors, dtype=np.float32).tobytes()


def doc_from_bytes(article: Article, blob: bytes) -> Doc:
    """A Doc back from `doc_to_bytes` output and its article."""
    head, _, tail = blob.partition(b"\n")
    notes = from_plain(Annotations, json.loads(head))
    vectors = np.frombuffer(tail, dtype=np.float32).reshape(-1, DIM)
    return Doc(article, notes, vectors)
