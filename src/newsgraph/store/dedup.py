"""Exact and near-duplicate detection for articles.

Exact duplicates are found by a SHA-256 of the text. Near-duplicates (wire copies with a changed
headline, a trimmed last paragraph, a corrected typo) by MinHash LSH over word 5-shingles
(datasketch's MinHash): the signature is cut into ``BANDS`` bands of ``ROWS`` values, each band
hashed to a 63-bit key stored in the database. Two articles sharing any band key are candidates;
a candidate is confirmed only when the exact Jaccard similarity of their shingle sets reaches
``NEAR_DUPLICATE_THRESHOLD``, so LSH false positives never link unrelated articles.

With 20 bands of 5 rows, a pair at Jaccard 0.7 becomes a candidate with probability 0.97, at 0.8
with 0.9996, at 0.3 with 0.05: the cost of false candidates is one verification each.
"""

from __future__ import annotations

import hashlib
import re
import struct
import zlib
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

SHINGLE_WORDS = 5
BANDS = 20
ROWS = 5
NUM_PERM = BANDS * ROWS
SEED = 1
SCHEME = "affine32"  # datasketch's MinHash scheme, named so a datasketch upgrade cannot change it silently
NEAR_DUPLICATE_THRESHOLD = 0.7
# Texts with fewer shingles than this are too short to call near-duplicates (a one-line brief).
MIN_SHINGLES = 10
# Stored with the database: a change of any of these makes stored band keys incomparable.
PARAMETERS = f"minhash-v1 {SCHEME} crc32 shingle={SHINGLE_WORDS} bands={BANDS} rows={ROWS} seed={SEED}"

_WORD = re.compile(r"\w+")


def content_hash(text: str) -> str:
    """SHA-256 of the exact text: the identity of an article in a corpus."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def shingles(text: str) -> frozenset[bytes]:
    """Word 5-grams of the casefolded text; punctuation and spacing do not matter."""
    words = _WORD.findall(text.casefold())
    if len(words) < SHINGLE_WORDS:
        return frozenset([" ".join(words).encode()]) if words else frozenset()
    return frozenset(" ".join(words[i : i + SHINGLE_WORDS]).encode() for i in range(len(words) - SHINGLE_WORDS + 1))


def jaccard(a: frozenset[bytes], b: frozenset[bytes]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


@lru_cache(maxsize=1)
def _template():
    # Imported here: datasketch is slow to import and queries never need it.
    from datasketch import MinHash

    # Generating the permutations is the slow part of a MinHash; do it once per process. CRC-32 hashes
    # the shingles (a C function, ten times faster than datasketch's default SHA-1 and as good for MinHash).
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashfunc=zlib.crc32)


def band_keys(shingle_set: frozenset[bytes]) -> list[int]:
    """The LSH band keys of a shingle set (empty when the text is too short to compare)."""
    if len(shingle_set) < MIN_SHINGLES:
        return []
    template = _template()
    minhash = type(template)(num_perm=NUM_PERM, seed=SEED, permutations=template.permutations, scheme=SCHEME, hashfunc=zlib.crc32)
    minhash.update_batch(sorted(shingle_set))
    values = np.asarray(minhash.hashvalues, dtype=np.uint64)
    keys = []
    for band in range(BANDS):
        chunk = struct.pack(f"<I{ROWS}Q", band, *values[band * ROWS : (band + 1) * ROWS].tolist())
        digest = hashlib.blake2b(chunk, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little") >> 1)  # 63 bits: fits SQLite's signed INTEGER
    return keys


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What duplicate detection needs of one text, computed outside any database transaction."""

    content_hash: str
    shingles: frozenset[bytes]
    band_keys: tuple[int, ...]


def fingerprint(text: str) -> Fingerprint:
    shingle_set = shingles(text)
    return Fingerprint(content_hash(text), shingle_set, tuple(band_keys(shingle_set)))
