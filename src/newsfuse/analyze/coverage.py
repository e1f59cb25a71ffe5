"""Coverage: how each article covers the story compared with the others.

Per article: how many facts it states, how many of those no other independent outlet states, how many of
its statements sit on a side of a contradiction, and how many consensus facts it leaves out. A consensus
fact is one that at least half of the story's independent articles state (and never fewer than two).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..model import Contradiction, Coverage, Fact, Span

# A fact is consensus when at least this share of the story's independent articles state it ...
CONSENSUS_SHARE = 0.5
# ... and never fewer than this many: one article agreeing with itself is no consensus.
CONSENSUS_MIN = 2


def _overlaps(a: Span, b: Span) -> bool:
    return a.article == b.article and a.start < b.end and b.start < a.end


def coverage(
    articles: Sequence[str],
    facts: Sequence[Fact],
    contradictions: Sequence[Contradiction],
    duplicates: Mapping[str, str] | None = None,
) -> tuple[Coverage, ...]:
    """Per article: facts stated, single-source facts, contradicted facts, consensus facts it leaves out."""
    dupes = duplicates or {}
    independent = len({dupes.get(a, a) for a in articles})
    need = max(CONSENSUS_MIN, CONSENSUS_SHARE * independent)
    consensus = [f for f in facts if f.independent_sources >= need]
    sides = [e for c in contradictions for side in c.sides for e in side.evidence]
    out = []
    for a in articles:
        mine = [f for f in facts if a in f.articles]
        contradicted = sum(
            any(_overlaps(e, s) for e in f.evidence if e.article == a for s in sides) for f in mine
        )
        root = dupes.get(a, a)  # a copy states what its original states
        missing = sum(root not in {dupes.get(x, x) for x in f.articles} for f in consensus)
        out.append(
            Coverage(
                article=a,
                facts=len(mine),
                single_source=sum(f.independent_sources < 2 for f in mine),
                contradicted=contradicted,
                missing_consensus=missing,
            )
        )
    return tuple(out)
