"""The JSON Schema of a docparse record (``docparse schema``), and validation against it."""

from __future__ import annotations

from docparse import SCHEMA_VERSION

_NULLABLE_STR = {"type": ["string", "null"]}
# An org nr, or a sole trader's (a personnummer) in a redacted record: its same-length pseudonym.
_ORG_NR_PATTERN = r"^(?:\d{6}-\d{4}|PNR-[a-z#]{7})$"
_ISO_PARTIAL_DATE = {"type": ["string", "null"], "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"}

SPAN = {
    "type": ["object", "null"],
    "description": "Where the value was found: character offsets into `text`, its page, and on OCR'd pages its box (left, top, width, height in pixels).",
    "required": ["start", "end", "page"],
    "properties": {
        "start": {"type": "integer", "minimum": 0},
        "end": {"type": "integer", "minimum": 0},
        "page": {"type": "integer", "minimum": 1},
        "box": {"type": "array", "items": {"type": "integer"}, "minItems": 4, "maxItems": 4},
    },
    "additionalProperties": False,
}


def _items(required: list[str], properties: dict) -> dict:
    props = dict(properties)
    props["span"] = {"$ref": "#/$defs/span"}
    return {
        "type": "array",
        "items": {"type": "object", "required": required + ["span"], "properties": props},
    }


_DECISION_POINT = {
    "number": {"type": "integer", "minimum": 1},
    "text": {"type": "string", "minLength": 1},
}

SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": f"https://docparse.example/schema/record-{SCHEMA_VERSION}.json",
    "title": "docparse record",
    "description": "One digitised Swedish council decision, as structured fields with their evidence.",
    "type": "object",
    "$defs": {"span": SPAN},
    "required": [
        "schema_version", "source", "pipeline", "document", "dnr_references", "dates", "org_numbers",
        "parties", "periods", "amounts", "decision_points", "people", "items", "pages", "repairs", "text", "warnings",
    ],
    "properties": {
        "schema_version": {"const": SCHEMA_VERSION},
        "source": {
            "type": "object",
            "required": ["path", "sha256", "input_kind", "pages"],
            "properties": {
                "path": {"type": "string"},
                "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
                "input_kind": {"enum": ["text", "pdf", "image", "html", "docx", "odt", "rtf", "doc", "eml", "msg"]},
                "pages": {"type": "integer", "minimum": 0},
                "parent": {"type": "string"},
                "attachments": {"type": "array", "items": {"type": "string"}},
            },
        },
        "pipeline": {
            "type": "object",
            "required": ["version"],
            "properties": {"version": {"type": "string"}},
        },
        "document": {
            "type": "object",
            "required": ["title", "doc_type", "municipality", "board", "dnr", "date"],
            "properties": {
                "title": _NULLABLE_STR,
                "doc_type": _NULLABLE_STR,
                "municipality": _NULLABLE_STR,
                "board": _NULLABLE_STR,
                "dnr": _NULLABLE_STR,
                "date": _ISO_PARTIAL_DATE,
                "spans": {"type": "object", "additionalProperties": {"$ref": "#/$defs/span"}},
            },
        },
        "dnr_references": _items(["value", "context", "own"], {
            "value": {"type": "string"},
            "context": {"type": "string"},
            "own": {"type": "boolean", "description": "true for the document's own diarienummer"},
        }),
        "dates": _items(["value", "text"], {"value": _ISO_PARTIAL_DATE, "text": {"type": "string"}}),
        "org_numbers": _items(["value", "valid", "kind"], {
            "value": {"type": "string", "pattern": _ORG_NR_PATTERN},
            "valid": {"type": "boolean"},
            "kind": _NULLABLE_STR,
        }),
        "parties": _items(["name", "org_nr", "role"], {
            "name": {"type": "string", "minLength": 1},
            "org_nr": {"type": ["string", "null"], "pattern": _ORG_NR_PATTERN},
            "role": {"enum": ["idéburen", "offentlig", None]},
        }),
        "periods": _items(["start", "end", "kind", "text"], {
            "start": _ISO_PARTIAL_DATE,
            "end": _ISO_PARTIAL_DATE,
            "kind": {"type": "string"},
            "text": {"type": "string"},
        }),
        "amounts": _items(["value", "currency", "text", "per", "label"], {
            "value": {"type": "integer"},
            "currency": {"const": "SEK"},
            "text": {"type": "string"},
            "per": _NULLABLE_STR,
            "label": _NULLABLE_STR,
        }),
        "decision_points": _items(["number", "text"], _DECISION_POINT),
        "items": {
            **_items(["number", "title", "dnr", "decision_points"], {
                "number": {"type": ["string", "null"],
                           "description": "as printed, without '§' or 'Ärende': '26', '4 ½', '41/31'"},
                "title": {"type": "string", "minLength": 1},
                "dnr": {**_NULLABLE_STR, "description": "the item's own diarienummer"},
                "decision_points": _items(["number", "text"], _DECISION_POINT),
            }),
            "description": "The matters of a protocol or agenda (empty for a single-matter document).",
        },
        "people": _items(["name", "title", "role"], {
            "name": {"type": "string", "minLength": 1},
            "title": _NULLABLE_STR,
            "role": _NULLABLE_STR,
            "phone": _NULLABLE_STR,
            "email": _NULLABLE_STR,
        }),
        "personal_data": {
            **_items(["kind", "valid"], {
                "kind": {"enum": ["personnummer", "samordningsnummer", "masked", "sole-trader org nr"]},
                "valid": {"type": "boolean", "description": "Date and Luhn check pass (masked: the date is real)."},
                "confidence": {"type": "number", "minimum": 0, "maximum": 1},
            }),
            "description": "Personal identity numbers found in `text` (their digits are never stored here).",
        },
        "redaction": {
            "type": "object",
            "description": "Present when the record was written redacted: every personal identity number "
                           "replaced by a pseudonym of the same length, so spans still hold.",
            "required": ["redacted", "method"],
            "properties": {
                "redacted": {"const": True},
                "method": {"enum": ["hmac-sha256", "mask"]},
                "pseudonym": {"type": "string"},
                "replaced": {"type": "integer", "minimum": 0},
            },
        },
        "pages": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["number", "method", "start", "end"],
                "properties": {
                    "number": {"type": "integer", "minimum": 1},
                    "method": {"enum": ["text", "text-layer", "ocr", "failed"]},
                    "start": {"type": "integer"},
                    "end": {"type": "integer"},
                    "warnings": {"type": "array", "items": {"type": "string"}},
                },
            },
        },
        "furniture": {
            "type": "array",
            "description": "Page headers, footers and footnotes kept in `text` but hidden from the extractors.",
            "items": {"type": "object", "required": ["kind", "span"]},
        },
        "repairs": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["original", "replacement", "span", "original_span", "score", "reason"],
                "properties": {
                    "original": {"type": "string"},
                    "replacement": {"type": "string"},
                    "span": {"$ref": "#/$defs/span"},
                    "original_span": {"type": "array", "items": {"type": "integer"}, "minItems": 2, "maxItems": 2},
                    "score": {"type": "number"},
                    "reason": {"type": "string"},
                },
            },
        },
        "text": {"type": "string"},
        "original_text": {
            "type": ["string", "null"],
            "description": "The cleaned text before OCR repair (repairs' original_span index it); null when nothing was repaired.",
        },
        "warnings": {"type": "array", "items": {"type": "string"}},
    },
}


def validate(record: dict) -> None:
    """Raise jsonschema.ValidationError if the record does not match the schema."""
    import jsonschema

    jsonschema.validate(record, SCHEMA, cls=jsonschema.Draft202012Validator)
