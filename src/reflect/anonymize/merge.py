"""Union of all detectors' spans, merged so that no two overlap."""

from __future__ import annotations

from collections.abc import Iterable

from .spans import KIND_PRIORITY, Span

# Detectors that guess from context alone lose ties against ones that recognised the thing.
_GENERIC_DETECTORS = frozenset(
    {
        "venue-context",
        "employer-context",
        "unknown-capitalised",
        "rare-capitalised",
        "surname",
        "repeat",
        "name-part",
        "capitalised-run",
        "ampersand",
    }
)


_SAME_CLASS = {"venue": "org", "place": "org"}


def _rank(span: Span) -> tuple[int, int, int, int]:
    # Kinds rank as in KIND_PRIORITY, except that places, organisations and venues rank as one
    # class: between two of those, one that recognised the thing ("University of Leeds" by its
    # prefix) beats one that guessed from context ("at the ..."), so the replacement names the
    # right kind of place; a person still never beats a place the context names.
    length, kind = span.rank()
    kind_class = KIND_PRIORITY.index(_SAME_CLASS.get(span.kind, span.kind))
    return (length, kind_class, 1 if span.detector in _GENERIC_DETECTORS else 0, kind)


def merge(spans: Iterable[Span]) -> list[Span]:
    """Cluster overlapping spans; each cluster becomes its best span stretched over the cluster."""
    ordered = sorted(spans, key=lambda s: (s.start, -s.end, _rank(s)))
    merged: list[Span] = []
    cluster: list[Span] = []
    cluster_end = -1
    for span in ordered:
        if span.end <= span.start:
            continue
        if cluster and span.start < cluster_end:
            cluster.append(span)
            cluster_end = max(cluster_end, span.end)
            continue
        if cluster:
            merged.append(_resolve(cluster, cluster_end))
        cluster, cluster_end = [span], span.end
    if cluster:
        merged.append(_resolve(cluster, cluster_end))
    return merged


def _resolve(cluster: list[Span], end: int) -> Span:
    best = min(cluster, key=_rank)
    start = cluster[0].start
    if (start, end) == (best.start, best.end):
        return best
    return Span(best.kind, start, end, best.detector, best.hint)
