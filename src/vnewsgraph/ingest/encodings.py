"""Decode input bytes to text (minimal: UTF-8/UTF-16 with BOM; extended by the ingestion work)."""

from __future__ import annotations

import codecs

from vnewsgraph.errors import BinaryInputError, DecodeError


def decode_bytes(data: bytes, source: str) -> tuple[str, str]:
    """Return ``(text, encoding)`` or raise a DecodeError naming ``source``."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), "utf-16"
    if b"\x00" in data[:4096]:
        raise BinaryInputError("input looks binary (NUL bytes), not text", source)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        raise DecodeError(f"not valid UTF-8 at byte {exc.start}", source) from exc
