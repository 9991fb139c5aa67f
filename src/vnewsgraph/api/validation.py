"""What a path or query parameter may look like before it reaches the query layer.

Every id, date and free-text parameter is checked here (by pattern and length)
so that nothing unchecked reaches SQL or the file system.
"""

from __future__ import annotations

import re
import unicodedata

from vnewsgraph.errors import InputError

# KB ids ("ent_…", "evt_…", "clm_…") and document ids ("sha256:<hex>").
ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.:\-]{0,127}$"
DOCUMENT_ID_PATTERN = r"^(sha256:[0-9a-f]{64}|[A-Za-z0-9][A-Za-z0-9_.:\-]{0,127})$"
# ISO date at day, month or year precision: 2026, 2026-02, 2026-02-06.
DATE_PATTERN = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
TYPE_PATTERN = r"^[A-Za-z_]{1,32}$"
URL_PATTERN = r"^https?://[^\s<>\"']{1,2000}$"
MAX_QUERY_CHARS = 200

_ID_RE = re.compile(ID_PATTERN)
_DOC_ID_RE = re.compile(DOCUMENT_ID_PATTERN)


def is_valid_id(value: str) -> bool:
    return bool(_ID_RE.match(value))


def is_valid_document_id(value: str) -> bool:
    return bool(_DOC_ID_RE.match(value))


def check_id(value: str, what: str = "id") -> str:
    if not is_valid_id(value):
        raise InputError(f"not a valid {what} (letters, digits, '_', '.', ':', '-'; at most 128)", repr(value[:80]))
    return value


def check_document_id(value: str) -> str:
    if not is_valid_document_id(value):
        raise InputError("not a valid document id (expected 'sha256:' and 64 hex digits)", repr(value[:80]))
    return value


def clean_text_param(value: str | None, name: str) -> str | None:
    """Free text (a search query, a name): no control characters, bounded length, NFC."""
    if value is None:
        return None
    if len(value) > MAX_QUERY_CHARS:
        raise InputError(f"too long ({len(value)} characters, at most {MAX_QUERY_CHARS})", name)
    if any(unicodedata.category(ch) in {"Cc", "Cs", "Co", "Cn"} for ch in value):
        raise InputError("contains control or unassigned characters", name)
    value = unicodedata.normalize("NFC", value).strip()
    return value or None
