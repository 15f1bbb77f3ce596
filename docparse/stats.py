"""The counts a researcher checks first in a batch's output: coverage by municipality and year, fields found, problems."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from docparse.batch.manifest import MANIFEST_NAME, load
from docparse.export import iter_records

UNKNOWN = "(unknown)"
# The periods extractor's kind for the period a document's agreement runs (others: extension, earlier period).
AGREEMENT = "agreement period"
_PAGE_PREFIX = re.compile(r"^page \d+: ")


def _share(n: int, total: int) -> float:
    return round(n / total, 4) if total else 0.0


def compute(out: str) -> dict:
    """Statistics over every record under ``out`` (read one at a time) and its manifest."""
    problems: list[str] = []
    docs = 0
    by_place_year: dict[str, Counter] = defaultdict(Counter)
    kinds, period_kinds, warning_kinds = Counter(), Counter(), Counter()
    pages = with_period = with_agreement = with_amount = amounts = amounts_sum = 0
    org_total = org_invalid = docs_invalid_org = with_warnings = warnings = 0
    items = with_items = items_with_dnr = 0
    personal = Counter()  # documents with personal identity numbers, numbers, by kind, redacted records
    for _doc_id, record in iter_records(out, problems):
        docs += 1
        doc = record.get("document") or {}
        date = doc.get("date") or ""
        by_place_year[doc.get("municipality") or UNKNOWN][date[:4] if len(date) >= 4 else UNKNOWN] += 1
        source = record.get("source") or {}
        kinds[source.get("input_kind") or UNKNOWN] += 1
        pages += source.get("pages") or 0
        periods = record.get("periods") or []
        with_period += bool(periods)
        with_agreement += any(p.get("kind") == AGREEMENT for p in periods)
        period_kinds.update(p.get("kind") or UNKNOWN for p in periods)
        found = record.get("amounts") or []
        with_amount += bool(found)
        amounts += len(found)
        amounts_sum += sum(a.get("value") or 0 for a in found if isinstance(a.get("value"), int))
        orgs = record.get("org_numbers") or []
        invalid = sum(1 for o in orgs if o.get("valid") is False)
        org_total += len(orgs)
        org_invalid += invalid
        docs_invalid_org += invalid > 0
        matters = record.get("items") or []
        items += len(matters)
        with_items += bool(matters)
        items_with_dnr += sum(1 for m in matters if m.get("dnr"))
        _count_personal(personal, record)
        ws = record.get("warnings") or []
        with_warnings += bool(ws)
        warnings += len(ws)
        warning_kinds.update(_PAGE_PREFIX.sub("", w) for w in ws)
    statuses = Counter(e.get("status") for e in load(f"{out}/{MANIFEST_NAME}").values())
    return {
        "documents": docs,
        "pages": pages,
        "input_kinds": dict(sorted(kinds.items())),
        "by_municipality_year": {m: dict(sorted(c.items())) for m, c in sorted(by_place_year.items())},
        "with_agreement_period": {"documents": with_agreement, "share": _share(with_agreement, docs)},
        "with_period": {"documents": with_period, "share": _share(with_period, docs),
                        "kinds": dict(period_kinds.most_common())},
        "amounts": {"found": amounts, "documents": with_amount, "share": _share(with_amount, docs),
                    "sum_sek": amounts_sum},
        "items": {"found": items, "documents": with_items, "share": _share(with_items, docs),
                  "with_dnr": items_with_dnr},
        "org_numbers": {"found": org_total, "invalid": org_invalid, "documents_with_invalid": docs_invalid_org},
        "personal_data": _personal_figures(personal, docs),
        "warnings": {"documents": with_warnings, "share": _share(with_warnings, docs), "total": warnings,
                     "most_common": dict(warning_kinds.most_common(10))},
        "manifest": dict(sorted((k or UNKNOWN, v) for k, v in statuses.items())),
        "unreadable_records": problems,
    }


def _personal_line(stats: dict, docs: int) -> str:
    d = stats["personal_data"]
    kinds = ", ".join(f"{k} {n}" for k, n in d["kinds"].items())
    return (f"documents with personal data: {d['documents']} of {docs} ({100 * d['share']:.1f}%), "
            f"{d['found']} personal identity numbers" + (f" ({kinds})" if kinds else "")
            + f"; records written redacted: {d['redacted_records']}")


def _personal_figures(counts: Counter, docs: int) -> dict:
    with_personal = counts.pop("documents", 0)
    return {"documents": with_personal, "share": _share(with_personal, docs), "found": counts.pop("found", 0),
            "redacted_records": counts.pop("redacted", 0), "kinds": dict(counts.most_common())}


def _count_personal(counts: Counter, record: dict) -> None:
    found = record.get("personal_data") or []
    counts["documents"] += bool(found)
    counts["found"] += len(found)
    counts["redacted"] += bool((record.get("redaction") or {}).get("redacted"))
    counts.update(f.get("kind") or UNKNOWN for f in found)


def format_stats(stats: dict) -> str:
    """A plain-text report of ``compute()``'s result."""
    docs = stats["documents"]
    pct = lambda share: f"{100 * share:.1f}%"  # noqa: E731
    lines = [f"documents: {docs} ({stats['pages']} pages; "
             + ", ".join(f"{k} {v}" for k, v in stats["input_kinds"].items()) + ")"]
    if stats["manifest"]:
        lines.append("manifest: " + ", ".join(f"{k} {v}" for k, v in stats["manifest"].items()))
    lines.append("")
    years = sorted({y for c in stats["by_municipality_year"].values() for y in c})
    width = max([len("municipality")] + [len(m) for m in stats["by_municipality_year"]])
    lines.append("documents per municipality and year:")
    lines.append(f"  {'municipality':<{width}}  " + "  ".join(f"{y:>9}" for y in years) + f"  {'total':>6}")
    for place, counts in stats["by_municipality_year"].items():
        lines.append(f"  {place:<{width}}  " + "  ".join(f"{counts.get(y, 0):>9}" for y in years)
                     + f"  {sum(counts.values()):>6}")
    g, p = stats["with_agreement_period"], stats["with_period"]
    a, o, w = stats["amounts"], stats["org_numbers"], stats["warnings"]
    it = stats["items"]
    kinds = ", ".join(f"{k} {n}" for k, n in p["kinds"].items())
    lines += [
        "",
        f"with an agreement period: {g['documents']} of {docs} ({pct(g['share'])})",
        f"with any period: {p['documents']} of {docs} ({pct(p['share'])})" + (f"; periods by kind: {kinds}" if kinds else ""),
        f"amounts found: {a['found']} in {a['documents']} documents ({pct(a['share'])}); their sum "
        + f"{a['sum_sek']:,} SEK".replace(",", " "),
        f"items (matters of protocols and agendas): {it['found']} in {it['documents']} documents"
        f" ({pct(it['share'])}), {it['with_dnr']} with a diarienummer",
        f"organisation numbers: {o['found']}, invalid (check digit): {o['invalid']}"
        f" in {o['documents_with_invalid']} documents",
        _personal_line(stats, docs),
        f"documents with warnings: {w['documents']} of {docs} ({pct(w['share'])}), {w['total']} warnings",
    ]
    lines += [f"  {n:>5}  {text}" for text, n in w["most_common"].items()]
    if stats["unreadable_records"]:
        lines.append(f"unreadable records: {len(stats['unreadable_records'])}")
        lines += [f"  {p}" for p in stats["unreadable_records"]]
    return "\n".join(lines)
