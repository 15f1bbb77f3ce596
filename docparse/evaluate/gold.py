"""Scoring of docparse records against gold files (the rules of the corpus README).

Conventions, beyond the README's rules:

- ``document.*`` fields: only fields whose gold is not null are scored. A correct
  prediction is a TP; a wrong or missing one is a FN, and a wrong *non-null*
  prediction is also a FP. So recall is the accuracy over non-null gold, and
  precision is the share of the non-null predictions that are right.
- Predictions are deduplicated by value before scoring (the same org number,
  amount, period, name... twice counts once).
- Matching is one-to-one (each gold item, required or optional, is used at most
  once), greedy by best similarity. A prediction that matches no required item
  but an optional one is neither rewarded nor punished.
- Names (parties, people) and decision-point texts are compared after NFC, case
  folding, and folding punctuation and white space into single spaces; they
  match at a rapidfuzz similarity (ratio / 100) of at least 0.9. Titles use the
  same threshold on text with only white space collapsed.
- Items (of multi-matter documents) match on number (digit runs compared
  without leading zeros, white space ignored, null only with null), title
  (the document-title rule) and, where the gold has one, dnr (white space
  ignored). A gold file without an ``items`` key is not scored on items.
- Precision is undefined (None) when nothing was predicted, recall when nothing
  was to be found; F1 = 2TP / (2TP + FP + FN), undefined when all three are 0.
"""

from __future__ import annotations

import fnmatch
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from docparse.errors import InputFileError

THRESHOLD = 0.9
DOCUMENT_FIELDS = ("title", "doc_type", "municipality", "board", "dnr", "date")
SET_FIELDS = ("org_numbers", "parties", "periods", "amounts")
# Row order of the report: document fields, the set fields, decision points, people, items.
FIELDS = (tuple(f"document.{name}" for name in DOCUMENT_FIELDS) + SET_FIELDS
          + ("decision_points", "people", "items"))

_WS = re.compile(r"\s+")


# --- normalisation -------------------------------------------------------------------------------

def norm_text(value: Any) -> str:
    """NFC, case folding, white space collapsed: the README's rule for document text fields."""
    return _WS.sub(" ", unicodedata.normalize("NFC", str(value)).casefold()).strip()


def norm_loose(value: Any) -> str:
    """norm_text with punctuation folded into white space too (names, decision points)."""
    text = unicodedata.normalize("NFC", str(value)).casefold()
    text = "".join(" " if unicodedata.category(ch).startswith("P") else ch for ch in text)
    return _WS.sub(" ", text).strip()


def similarity(a: str, b: str) -> float:
    """rapidfuzz's normalised indel similarity, 0..1."""
    from rapidfuzz import fuzz

    return fuzz.ratio(a, b) / 100.0


def norm_org_nr(value: Any) -> str | None:
    """'NNNNNN-NNNN' from any spacing or dash; 12-digit forms with the '16' prefix shortened."""
    if value is None:
        return None
    text = str(value).strip()
    digits = re.sub(r"\D", "", text)
    if len(digits) == 12 and digits.startswith("16"):
        digits = digits[2:]
    if len(digits) == 10:
        return f"{digits[:6]}-{digits[6:]}"
    return text


def norm_amount(value: Any) -> int | str | None:
    """Whole kronor as int; anything that is not a whole number is kept as text (never matches)."""
    if value is None or isinstance(value, bool):
        return None if value is None else str(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else str(value)
    text = re.sub(r"[\s\u00a0\u202f]", "", str(value))
    return int(text) if re.fullmatch(r"-?\d+", text) else str(value)


def _norm_date(value: Any) -> str | None:
    return None if value is None else str(value).strip()


def _value(item: Any) -> Any:
    """Records hold dicts; accept a bare value too (hand-written records, older formats)."""
    return item.get("value") if isinstance(item, dict) else item


# --- counting ------------------------------------------------------------------------------------

def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __iadd__(self, other: "Counts") -> "Counts":
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    @property
    def precision(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        return _ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": self.precision,
                "recall": self.recall, "f1": self.f1}


@dataclass
class FieldResult:
    """Counts for one field of one document, with the items behind the errors."""

    counts: Counts = field(default_factory=Counts)
    missed: list = field(default_factory=list)  # gold items not found (FN)
    spurious: list = field(default_factory=list)  # predictions matching nothing (FP)
    ignored: list = field(default_factory=list)  # predictions matching an optional item


@dataclass
class DocumentScore:
    file: str
    fields: dict[str, FieldResult]
    has_record: bool = True

    def total(self, names: Iterable[str] | None = None) -> Counts:
        total = Counts()
        for name in names if names is not None else self.fields:
            total += self.fields[name].counts
        return total


# --- matching ------------------------------------------------------------------------------------

def _dedupe(items: list, key: Callable[[Any], Any]) -> list:
    seen, out = set(), []
    for item in items:
        k = key(item)
        if k not in seen:
            seen.add(k)
            out.append(item)
    return out


def _greedy(gold: list, preds: list, score: Callable[[Any, Any], float | None]) -> tuple[dict, set]:
    """One-to-one matching, best similarity first; ``score`` returns None for a non-match.

    Returns ({pred index: gold index}, set of matched gold indices).
    """
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(preds):
            s = score(g, p)
            if s is not None:
                pairs.append((-s, gi, pi))
    pairs.sort()
    pred_to_gold, used = {}, set()
    for _s, gi, pi in pairs:
        if gi not in used and pi not in pred_to_gold:
            used.add(gi)
            pred_to_gold[pi] = gi
    return pred_to_gold, used


def match_set(required: list, optional: list, preds: list,
              score: Callable[[Any, Any], float | None]) -> FieldResult:
    """Precision/recall against `required`; predictions matching an `optional` item are ignored."""
    result = FieldResult()
    to_required, used = _greedy(required, preds, score)
    result.counts.tp = len(to_required)
    result.missed = [g for gi, g in enumerate(required) if gi not in used]
    result.counts.fn = len(result.missed)
    rest = [p for pi, p in enumerate(preds) if pi not in to_required]
    to_optional, _ = _greedy(optional, rest, score)
    result.ignored = [p for pi, p in enumerate(rest) if pi in to_optional]
    result.spurious = [p for pi, p in enumerate(rest) if pi not in to_optional]
    result.counts.fp = len(result.spurious)
    return result


def _exact(key: Callable[[Any], Any]) -> Callable[[Any, Any], float | None]:
    return lambda g, p: 1.0 if key(g) == key(p) else None


def _name_score(g: dict, p: dict) -> float | None:
    s = similarity(norm_loose(g.get("name") or ""), norm_loose(p.get("name") or ""))
    return s if s >= THRESHOLD else None


def _party_score(g: dict, p: dict) -> float | None:
    if g.get("org_nr") and norm_org_nr(g["org_nr"]) != norm_org_nr(p.get("org_nr")):
        return None
    return _name_score(g, p)


def _dp_score(g: dict, p: dict) -> float | None:
    if _dp_number(g) != _dp_number(p):
        return None
    s = similarity(norm_loose(g.get("text") or ""), norm_loose(p.get("text") or ""))
    return s if s >= THRESHOLD else None


def _dp_number(item: dict) -> int | str | None:
    number = item.get("number")
    try:
        return int(number)
    except (TypeError, ValueError):
        return None if number is None else str(number)


_DIGITS = re.compile(r"\d+")


def norm_item_number(value: Any) -> str | None:
    """'§ 026' and '26' alike: white space dropped, digit runs without leading zeros, case folded."""
    if value is None:
        return None
    text = _WS.sub("", unicodedata.normalize("NFKC", str(value))).casefold()
    text = _DIGITS.sub(lambda m: str(int(m.group())), text)
    return text or None


def norm_item_dnr(value: Any) -> str | None:
    if value is None:
        return None
    return _WS.sub("", unicodedata.normalize("NFC", str(value))).casefold() or None


def _item_score(g: dict, p: dict) -> float | None:
    if norm_item_number(g.get("number")) != norm_item_number(p.get("number")):
        return None
    if g.get("dnr") and norm_item_dnr(g["dnr"]) != norm_item_dnr(p.get("dnr")):
        return None
    s = similarity(norm_text(g.get("title") or ""), norm_text(p.get("title") or ""))
    return s if s >= THRESHOLD else None


def _as_dicts(items: Iterable, key: str) -> list[dict]:
    """Gold and record items as dicts; a bare string stands for {key: string}."""
    return [item if isinstance(item, dict) else {key: item} for item in items]


# --- scoring one document ------------------------------------------------------------------------

def score_document_field(name: str, gold_value: Any, pred_value: Any) -> FieldResult:
    """One document.* field; null gold is not scored (an empty result)."""
    result = FieldResult()
    if gold_value is None:
        return result
    if pred_value is not None and str(pred_value).strip() == "":
        pred_value = None
    if pred_value is None:
        ok = False
    elif name == "title":
        ok = similarity(norm_text(gold_value), norm_text(pred_value)) >= THRESHOLD
    else:
        ok = norm_text(gold_value) == norm_text(pred_value)
    if ok:
        result.counts.tp = 1
    else:
        result.counts.fn = 1
        result.missed = [gold_value]
        if pred_value is not None:
            result.counts.fp = 1
            result.spurious = [pred_value]
    return result


def score_document(gold: dict, record: dict | None) -> DocumentScore:
    """Score one record (None: no record, everything counts as missed) against one gold file."""
    record = record or {}
    fields: dict[str, FieldResult] = {}

    pred_doc = record.get("document") if isinstance(record.get("document"), dict) else {}
    gold_doc = gold.get("document") or {}
    for name in DOCUMENT_FIELDS:
        fields[f"document.{name}"] = score_document_field(name, gold_doc.get(name), pred_doc.get(name))

    def preds(name: str) -> list:
        items = record.get(name) or []
        return items if isinstance(items, list) else []

    for name, norm in (("org_numbers", norm_org_nr), ("amounts", norm_amount)):
        req, opt = gold_section(gold, name)
        fields[name] = match_set(
            [norm(_value(g)) for g in req], [norm(_value(g)) for g in opt],
            _dedupe([norm(_value(p)) for p in preds(name)], key=lambda v: v),
            _exact(lambda v: v))

    def period_key(item: dict) -> tuple:
        return (_norm_date(item.get("start")), _norm_date(item.get("end")))

    req, opt = gold_section(gold, "periods")
    fields["periods"] = match_set(
        _as_dicts(req, "start"), _as_dicts(opt, "start"),
        _dedupe(_as_dicts(preds("periods"), "start"), key=period_key), _exact(period_key))

    def party_key(item: dict) -> tuple:
        return (norm_loose(item.get("name") or ""), norm_org_nr(item.get("org_nr")))

    req, opt = gold_section(gold, "parties")
    fields["parties"] = match_set(
        _as_dicts(req, "name"), _as_dicts(opt, "name"),
        _dedupe(_as_dicts(preds("parties"), "name"), key=party_key), _party_score)

    def dp_key(item: dict) -> tuple:
        return (_dp_number(item), norm_loose(item.get("text") or ""))

    gold_dps = gold.get("decision_points") or []
    fields["decision_points"] = match_set(
        _as_dicts(gold_dps, "text"), [],
        _dedupe(_as_dicts(preds("decision_points"), "text"), key=dp_key), _dp_score)

    req, opt = gold_section(gold, "people")
    fields["people"] = match_set(
        _as_dicts(req, "name"), _as_dicts(opt, "name"),
        _dedupe(_as_dicts(preds("people"), "name"), key=lambda p: norm_loose(p.get("name") or "")),
        _name_score)

    fields["items"] = FieldResult()
    if "items" in gold:  # the seeds' gold predates items: not scored there
        def item_key(item: dict) -> tuple:
            return (norm_item_number(item.get("number")), norm_text(item.get("title") or ""),
                    norm_item_dnr(item.get("dnr")))

        req, opt = gold_section(gold, "items")
        fields["items"] = match_set(
            _as_dicts(req, "title"), _as_dicts(opt, "title"),
            _dedupe(_as_dicts(preds("items"), "title"), key=item_key), _item_score)

    return DocumentScore(file=gold.get("file", ""), fields=fields, has_record=bool(record))


def gold_section(gold: dict, name: str) -> tuple[list, list]:
    """(required, optional) of a set field; a bare list stands for required items only."""
    value = gold.get(name)
    if value is None:
        return [], []
    if isinstance(value, list):
        return value, []
    return list(value.get("required") or []), list(value.get("optional") or [])


# --- loading -------------------------------------------------------------------------------------

@dataclass
class GoldFile:
    path: Path
    file: str  # the document's file name, as the gold's "file" gives it
    data: dict

    @property
    def stem(self) -> str:
        return Path(self.file).stem


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InputFileError(path, "not UTF-8 text") from None
    except OSError as err:
        raise InputFileError(path, f"cannot read ({err.strerror or err})") from None


def _read_json(path: Path) -> Any:
    text = _read_text(path)
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise InputFileError(path, f"not valid JSON (line {err.lineno}: {err.msg})") from None


def check_gold(path: Path, data: Any) -> GoldFile:
    if not isinstance(data, dict):
        raise InputFileError(path, "not a gold file (expected a JSON object)")
    for name in SET_FIELDS + ("people", "items"):
        value = data.get(name)
        if value is not None and not isinstance(value, (list, dict)):
            raise InputFileError(path, f"not a gold file ({name} must be {{required, optional}})")
    if not isinstance(data.get("document") or {}, dict):
        raise InputFileError(path, "not a gold file (document must be an object)")
    if not isinstance(data.get("decision_points") or [], list):
        raise InputFileError(path, "not a gold file (decision_points must be a list)")
    name = data.get("file") or path.stem
    return GoldFile(path=path, file=str(name), data=data)


def load_gold(gold_dir: str | Path) -> tuple[list[GoldFile], list[InputFileError]]:
    """The gold files of a folder (``*.json``).

    Raises InputFileError when the folder itself is unusable; bad files are returned as problems.
    """
    gold_dir = Path(gold_dir)
    if not gold_dir.exists():
        raise InputFileError(gold_dir, "no such folder")
    if not gold_dir.is_dir():
        raise InputFileError(gold_dir, "not a folder (GOLD_DIR must be a folder of gold .json files)")
    golds, problems = [], []
    for path in sorted(gold_dir.glob("*.json")):
        try:
            golds.append(check_gold(path, _read_json(path)))
        except InputFileError as err:
            problems.append(err)
    if not golds and not problems:
        raise InputFileError(gold_dir, "no gold files (*.json)")
    return golds, problems


def _selected(name: str, only: str | None) -> bool:
    return not only or fnmatch.fnmatch(name, only)


@dataclass
class LoadedRecord:
    origin: str  # where it came from: a file, or file:line
    record: dict
    names: tuple[str, ...]  # file names and stems it answers to


def _record_names(record: dict, fallback_stem: str | None) -> tuple[str, ...]:
    names = []
    source = record.get("source")
    path = source.get("path") if isinstance(source, dict) else None
    if isinstance(path, str) and path not in ("", "-"):
        base = Path(path.replace("\\", "/")).name
        names += [base, Path(base).stem]
    if fallback_stem:
        names.append(fallback_stem)
    return tuple(dict.fromkeys(names))


def load_records(path: str | Path) -> tuple[list[LoadedRecord], list[InputFileError]]:
    """Records from a folder of ``<stem>.json`` files or a JSON Lines file.

    Raises InputFileError when the path itself is unusable; bad files or lines are returned as problems.
    """
    path = Path(path)
    if not path.exists():
        raise InputFileError(path, "no such file or folder")
    records, problems = [], []
    if path.is_dir():
        for file in sorted(path.glob("*.json")):
            try:
                data = _read_json(file)
            except InputFileError as err:
                problems.append(err)
                continue
            if not isinstance(data, dict):
                problems.append(InputFileError(file, "not a record (expected a JSON object)"))
                continue
            records.append(LoadedRecord(str(file), data, _record_names(data, file.stem)))
        return records, problems

    text = _read_text(path)
    if not text.strip():
        raise InputFileError(path, "empty file (expected JSON Lines records)")
    try:
        # One record (a pretty-printed <stem>.json) or a JSON list of records.
        whole = json.loads(text)
    except json.JSONDecodeError:
        pass
    else:
        return _records_from_list(path, whole if isinstance(whole, list) else [whole])
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as err:
            problems.append(InputFileError(where, f"not valid JSON ({err.msg})"))
            continue
        if not isinstance(data, dict):
            problems.append(InputFileError(where, "not a record (expected a JSON object)"))
            continue
        records.append(LoadedRecord(where, data, _record_names(data, None)))
    return records, problems


def _records_from_list(path: Path, items: list) -> tuple[list[LoadedRecord], list[InputFileError]]:
    records, problems = [], []
    stem = path.stem if len(items) == 1 else None
    for i, data in enumerate(items, 1):
        where = f"{path}[{i}]"
        if isinstance(data, dict):
            records.append(LoadedRecord(where, data, _record_names(data, stem)))
        else:
            problems.append(InputFileError(where, "not a record (expected a JSON object)"))
    return records, problems


# --- the whole evaluation ------------------------------------------------------------------------

@dataclass
class Evaluation:
    documents: list[DocumentScore]
    missing: list[str] = field(default_factory=list)  # gold files without a record
    unmatched: list[str] = field(default_factory=list)  # records matching no gold file
    problems: list[InputFileError] = field(default_factory=list)  # unreadable inputs
    warnings: list[str] = field(default_factory=list)

    def counts(self, names: Iterable[str]) -> Counts:
        """The named fields' counts summed over all documents."""
        total = Counts()
        for doc in self.documents:
            total += doc.total(names)
        return total

    def field_counts(self, name: str) -> Counts:
        return self.counts([name])

    def document_counts(self) -> Counts:
        return self.counts([f"document.{name}" for name in DOCUMENT_FIELDS])

    def micro(self) -> Counts:
        return self.counts(FIELDS)


def match_records(golds: list[GoldFile], records: list[LoadedRecord]) -> tuple[dict, list[str], list[str]]:
    """{gold file: record or None}, warnings, and the origins of records that match no gold file.

    A record matches on file name (its source path's basename) or, failing that, on stem.
    """
    warnings, matched = [], {}
    by_name: dict[str, list[LoadedRecord]] = {}
    for rec in records:
        for name in rec.names:
            by_name.setdefault(name, []).append(rec)
    used = set()
    for gold in golds:
        candidates = by_name.get(gold.file) or by_name.get(gold.stem) or []
        if len(candidates) > 1:
            warnings.append(f"{gold.file}: {len(candidates)} records match; using {candidates[0].origin}")
        matched[gold.file] = candidates[0] if candidates else None
        used.update(id(r) for r in candidates)
    unmatched = [r.origin for r in records if id(r) not in used]
    return matched, warnings, unmatched


def score_records(golds: list[GoldFile], records: list[tuple[str, dict]]) -> Evaluation:
    """Score records made in the same process ((origin, record) pairs, as a benchmark makes them)
    against these gold files; a record matches by its source path as in ``evaluate``."""
    loaded = [LoadedRecord(origin, record, _record_names(record, None)) for origin, record in records]
    matched, _warnings, _unmatched = match_records(golds, loaded)
    documents = []
    for gold in golds:
        rec = matched[gold.file]
        documents.append(score_document(gold.data, rec.record if rec else None))
        documents[-1].file = gold.file
    return Evaluation(documents=documents, missing=[g.file for g in golds if matched[g.file] is None])


def evaluate(gold_dir: str | Path, records_path: str | Path, only: str | None = None) -> Evaluation:
    """Score the records at ``records_path`` against the gold files in ``gold_dir``.

    Raises InputFileError when either path is unusable as a whole.
    """
    all_golds, gold_problems = load_gold(gold_dir)
    golds = [g for g in all_golds if _selected(g.file, only) or _selected(g.path.name, only)]
    gold_problems = [p for p in gold_problems if _selected(Path(p.path).name, only)]
    if not golds and not gold_problems:
        raise InputFileError(gold_dir, f"no gold files matching {only!r}")
    records, record_problems = load_records(records_path)
    # Match against every gold file, so records of documents left out by --only are not "unmatched".
    matched, warnings, unmatched = match_records(all_golds, records)
    selected = {g.file for g in golds}
    warnings = [w for w in warnings if w.split(":", 1)[0] in selected]
    documents, missing = [], []
    for gold in golds:
        rec = matched[gold.file]
        if rec is None:
            missing.append(gold.file)
        documents.append(score_document(gold.data, rec.record if rec else None))
        documents[-1].file = gold.file
    return Evaluation(documents=documents, missing=missing, unmatched=unmatched,
                      problems=gold_problems + record_problems, warnings=warnings)
