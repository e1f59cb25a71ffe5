"""normalize folds what outlets write differently, and its map leads back to the original offsets."""

from __future__ import annotations

from newsfuse.text import normalize, normalize_with_map


def test_quotes_dashes_spaces_and_ligatures_fold() -> None:
    assert normalize("  It’s “fine” – really—\u00a0\u00a0yes…  ") == 'It\'s "fine" - really- yes...'
    assert normalize("the \ufb01eld\u200b") == "the field"
    assert normalize("cafe\u0301") == "café"
    assert normalize("«Non»") == '"Non"'
    assert normalize("") == ""


def test_offsets_map_back_to_the_original() -> None:
    original = "  He said \u201cno\u201d \u2014 twice\u00a0\u00a0 in the \ufb01eld, cafe\u0301 here."
    n = normalize_with_map(original)
    for word, expected in [("no", "no"), ("twice", "twice"), ("field", "\ufb01eld"), ("café", "cafe\u0301"),
                           ('"no"', "\u201cno\u201d")]:
        i = n.text.index(word)
        start, end = n.original_span(i, i + len(word))
        assert original[start:end] == expected
    start, end = n.original_span(0, len(n.text))
    assert original[start:end] == original.strip()


def test_every_character_maps_inside_the_original() -> None:
    original = "A\u00a0\u00a0b\r\n\tc\u2019d \ufb03 e\u0301\u0301"
    n = normalize_with_map(original)
    assert len(n.starts) == len(n.ends) == len(n.text)
    assert all(0 <= s < e <= len(original) for s, e in zip(n.starts, n.ends, strict=True))
    assert list(n.starts) == sorted(n.starts)
