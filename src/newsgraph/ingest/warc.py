"""WARC web archives (``.warc``, ``.warc.gz``): each HTML page captured is read as an article.

Records are streamed one at a time (warcio), so an archive of any size is read in constant memory.
Only successful (2xx) HTML ``response`` records, and HTML ``resource`` records, are articles;
requests, metadata, redirects, images and scripts are passed over. The URL comes from
``WARC-Target-URI``; the page's charset from its HTTP ``Content-Type``, else from the page.

warcio stops quietly at the end of whatever it can read, so damage is checked for here: a record
shorter than its declared length, or bytes left over after the last record, means the archive was
truncated. The pages before the damage are still read, and one ``ReadFailure`` says where it is.
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..errors import InputError
from ..types import Article
from .base import ReadFailure, error_detail, failure
from .html import article_from_html, decode_html
from .text import open_input

HTML_TYPES = ("text/html", "application/xhtml+xml")
GZIP_MAGIC = b"\x1f\x8b"
HEAD_BYTES = 512
# An uncompressed WARC ends with the two CRLFs that follow its last record, outside the record.
TRAILER_BYTES = 64


def read_warc_file(path: str, encoding: str | None = None) -> Iterator[Article | ReadFailure]:
    """Every HTML page archived in ``path``, in archive order, then a failure if the archive is damaged."""
    try:
        handle = open_input(path)
    except InputError as error:
        yield failure(path, error)
        return
    with handle:
        size = os.fstat(handle.fileno()).st_size
        if size == 0:
            yield failure(path, f"{path}: no WARC records")
            return
        if problem := _not_a_warc(handle):
            yield failure(path, f"{path}: not a readable WARC file ({problem})")
            return
        records = _QuietArchiveIterator(handle)
        complete = 0  # records read whole, of any type: "#7" is the 7th record of the archive
        end = 0  # where the last complete record ends
        try:
            for record in records:
                number = complete + 1
                page = _html_page(record)
                payload = record.content_stream().read() if page else b""
                records.read_to_end(record)
                if record.raw_stream.limit > 0:
                    yield _truncated(path, complete, f"record {number} is cut short")
                    return
                complete = number
                end = records.get_record_offset() + records.get_record_length()
                if page:
                    yield _article(path, number, page, payload, encoding)
        except Exception as error:  # warcio raises assorted errors on damaged input; none should escape
            if complete == 0:
                yield failure(path, f"{path}: not a readable WARC file ({_describe(error)})")
            else:
                yield _truncated(path, complete, _describe(error))
            return
        if complete == 0:
            yield failure(path, f"{path}: no WARC records")
        elif end < size and not _only_padding(handle, end, size):
            yield _truncated(path, complete, "unreadable data after it")
        elif records.err_count:
            yield failure(path, f"{path}: damaged archive: {records.err_count} record(s) longer or shorter than their declared length")


class _QuietArchiveIterator(ArchiveIterator):
    """warcio's iterator without its warnings on stderr: damage is counted (``err_count``) and reported as a failure."""

    INC_RECORD = ""


def _not_a_warc(handle) -> str | None:
    """Why the file cannot be a WARC, judging by its first bytes, or None; the file is rewound either way."""
    head = handle.read(HEAD_BYTES)
    handle.seek(0)
    if head.startswith(GZIP_MAGIC):
        try:
            head = zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(head, 16)
        except zlib.error as error:
            return f"damaged gzip data: {error_detail(error)}"
    if not head.lstrip(b"\r\n").startswith(b"WARC/"):
        return "it does not start with a WARC record"
    return None


def _html_page(record) -> tuple[str, str | None] | None:
    """``(url, content type)`` when the record is an archived HTML page worth reading, else None."""
    if record.rec_type == "response":
        headers = record.http_headers
        if headers is None:
            return None
        status = headers.get_statuscode() or ""
        if not status.startswith("2"):
            return None
        content_type = headers.get_header("Content-Type")
    elif record.rec_type == "resource":
        content_type = record.rec_headers.get_header("Content-Type")
    else:
        return None
    if not content_type or content_type.split(";")[0].strip().lower() not in HTML_TYPES:
        return None
    url = (record.rec_headers.get_header("WARC-Target-URI") or "").strip().strip("<>")
    return url, content_type


def _article(path: str, number: int, page: tuple[str, str | None], payload: bytes, encoding: str | None) -> Article | ReadFailure:
    url, content_type = page
    source = f"{path}#{number}"
    label = f"{source} ({url})" if url else source
    try:
        html = decode_html(payload, label, encoding, content_type)
    except ValueError as error:
        return failure(source, error)
    return article_from_html(html, source, label=label, url=url or None, raw_format="warc")


def _truncated(path: str, complete: int, detail: str) -> ReadFailure:
    return failure(path, f"{path}: truncated or damaged archive after record {complete} ({detail}); the records before were read")


def _describe(error: Exception) -> str:
    """warcio's own errors explain themselves; anything else it raises means the bytes made no sense."""
    if isinstance(error, (ArchiveLoadFailed, OSError, EOFError)):
        return error_detail(error)
    return "unreadable record"


def _only_padding(handle, start: int, size: int) -> bool:
    """Whether the bytes from ``start`` to the end are the blank lines that may close an uncompressed WARC."""
    if size - start > TRAILER_BYTES:
        return False
    handle.seek(start)
    return not handle.read().strip()
