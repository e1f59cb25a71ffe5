"""Bytes to text: spot binary files by their magic bytes, pick the encoding, fold newlines.

Encodings are tried in a fixed order so the same bytes always give the same text: UTF-8 (with or
without BOM), UTF-16 with BOM, UTF-8 with a few stray bytes replaced, Windows-1252, Latin-1. Anything
but plain UTF-8 earns a warning naming what was used. Newlines are folded as Python's universal
newlines do, so offsets match ``Path.read_text()``.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

# (magic prefix, offset, what a person calls it); checked before any extension is trusted.
MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "PNG image"),
    (b"\xff\xd8\xff", 0, "JPEG image"),
    (b"GIF87a", 0, "GIF image"),
    (b"GIF89a", 0, "GIF image"),
    (b"WEBP", 8, "WebP image"),
    (b"II*\x00", 0, "TIFF image"),
    (b"MM\x00*", 0, "TIFF image"),
    (b"%PDF-", 0, "PDF document"),
    (b"PK\x03\x04", 0, "ZIP archive"),
    (b"PK\x05\x06", 0, "ZIP archive"),
    (b"\x1f\x8b", 0, "gzip archive"),
    (b"BZh", 0, "bzip2 archive"),
    (b"\xfd7zXZ\x00", 0, "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", 0, "7-Zip archive"),
    (b"Rar!\x1a\x07", 0, "RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "Microsoft Office document"),
    (b"\x7fELF", 0, "ELF executable"),
    (b"SQLite format 3\x00", 0, "SQLite database"),
    (b"OggS", 0, "Ogg media"),
    (b"ftyp", 4, "MP4/QuickTime media"),
    (b"\x00asm", 0, "WebAssembly module"),
)

SAMPLE_CHARS = 200_000  # enough of a text to judge it; judging all of a 50 MB file would cost seconds
MAX_CONTROL_SHARE = 0.01  # real text has almost no control characters; decoded binary has many
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
DECLARED_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{1,40})""", re.I)
UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


class NotText(ValueError):
    """The bytes are not a text a person wrote; the message says what they are instead."""


@dataclass(frozen=True)
class Decoded:
    """A decoded text and, when it was not plain UTF-8, a warning naming the encoding used."""

    text: str
    warning: str | None = None


def sniff_binary(head: bytes) -> str | None:
    """What binary format the first bytes of a file announce, or None."""
    for magic, offset, name in MAGIC:
        if head[offset : offset + len(magic)] == magic:
            return name
    return None


def fold_newlines(text: str) -> str:
    r"""``\r\n`` and lone ``\r`` become ``\n``, as universal newlines read them."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def declared_charset(head: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> tag, when Python knows it."""
    m = DECLARED_CHARSET.search(head)
    return charset_name(m[1].decode("ascii", "ignore")) if m else None


def charset_name(label: str) -> str | None:
    """Python's name for a charset label ("ISO-8859-1" → "iso8859-1"), or None when it knows none."""
    try:
        return codecs.lookup(label.strip(" \"';")).name if label.strip() else None
    except LookupError:
        return None


def decode(data: bytes, declared: str | None = None) -> Decoded:
    """The text the bytes hold, or NotText saying why they hold none; `declared` is the charset a page names."""
    if data.startswith(codecs.BOM_UTF8):
        return _checked(Decoded(data[len(codecs.BOM_UTF8) :].decode("utf-8", "replace")))
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                return _checked(Decoded(data[2:].decode(codec), f"decoded as UTF-16 ({codec[-2:].upper()}, with BOM)"))
            except UnicodeDecodeError as ex:
                raise NotText("undecodable bytes: UTF-16 byte-order mark but invalid UTF-16") from ex
    kind = sniff_binary(data[:16])
    if kind:
        raise NotText(f"binary file ({kind}), not an article")
    if b"\x00" in data:
        raise NotText("binary file (contains NUL bytes), not an article")
    try:
        return _checked(Decoded(data.decode("utf-8")))
    except UnicodeDecodeError:
        pass
    if declared and declared not in ("utf-8", "utf-16", "utf-32"):
        return _checked(Decoded(data.decode(declared, "replace"), f"decoded as {declared} (declared by the page)"))
    return _checked(_fallback(data))


def _fallback(data: bytes) -> Decoded:
    """Mostly-UTF-8 with stray bytes, else Windows-1252, else Latin-1."""
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd") - data.decode("utf-8", "ignore").count("\ufffd")
    if len(UTF8_MULTIBYTE.findall(data)) > bad:
        return Decoded(text, f"{bad} invalid UTF-8 byte sequence(s) replaced with U+FFFD")
    try:
        return Decoded(data.decode("cp1252"), "decoded as Windows-1252 (not valid UTF-8)")
    except UnicodeDecodeError:
        return Decoded(data.decode("latin-1"), "decoded as Latin-1 (not valid UTF-8)")


def _checked(decoded: Decoded) -> Decoded:
    """The decoded text with newlines folded, unless it is mostly control characters."""
    sample = decoded.text[:SAMPLE_CHARS]
    if sample and len(CONTROL.findall(sample)) > MAX_CONTROL_SHARE * len(sample):
        raise NotText("undecodable bytes: not UTF-8, UTF-16 or Windows-1252 text")
    return Decoded(fold_newlines(decoded.text), decoded.warning)
