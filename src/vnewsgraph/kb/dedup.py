"""Near-duplicate articles: MinHash over word shingles, LSH bands kept in the store.

The same agency text republished by several outlets (a different headline,
a byline, a trimmed paragraph) gets a Jaccard similarity of its word
5-shingles well above :data:`THRESHOLD`; distinct articles on the same story
stay far below it.
"""

from __future__ import annotations

import hashlib
import re
import struct

import numpy as np
from datasketch import MinHash

from vnewsgraph.normalize.unicode import fold_diacritics

NUM_PERM = 128
# 20 bands x 6 rows: a pair at Jaccard 0.8 becomes a candidate with p=0.998, at 0.5
# with p=0.27, at 0.3 with p=0.015; candidates are verified on the full signature.
BANDS = 20
ROWS = 6
SHINGLE = 5
THRESHOLD = 0.8
_WORD = re.compile(r"\w+")
_SEED = 7


def shingles(text: str, k: int = SHINGLE) -> set[bytes]:
    words = _WORD.findall(fold_diacritics(text))
    if len(words) < k:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i : i + k]).encode("utf-8") for i in range(len(words) - k + 1)}


def signature(text: str) -> np.ndarray:
    mh = MinHash(num_perm=NUM_PERM, seed=_SEED)
    sh = shingles(text)
    if sh:
        mh.update_batch(list(sh))
    return np.asarray(mh.hashvalues, dtype=np.uint64)


def to_bytes(sig: np.ndarray) -> bytes:
    return sig.astype("<u8").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u8")


def band_hashes(sig: np.ndarray) -> list[tuple[int, int]]:
    """(band, signed 63-bit hash) for each LSH band of a signature."""
    out = []
    for b in range(BANDS):
        chunk = sig[b * ROWS : (b + 1) * ROWS].astype("<u8").tobytes()
        digest = hashlib.blake2b(chunk, digest_size=8).digest()
        (value,) = struct.unpack("<q", digest)
        out.append((b, value))
    return out


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    if len(a) != len(b) or len(a) == 0:
        return 0.0
    return float(np.count_nonzero(a == b)) / len(a)
