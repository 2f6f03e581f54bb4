"""HTML pages: decode them as the page declares, keep the article's main text and its metadata.

Main text, title, author and site name come from trafilatura's ``bare_extraction``; the date from
htmldate, which reads the page's markup first and its URL second (see ``_page_date``).
The text is the article's paragraphs separated by blank lines; ``Article.raw`` keeps the HTML.
"""

from __future__ import annotations

import codecs
import re

import htmldate
import lxml.html
import trafilatura
from lxml import etree

from ..types import Article
from .base import ReadFailure, clean_field, domain_of, error_detail, failure
from .dates import DateError, normalize_date

# Where a page may declare its encoding: a <meta charset>, a <meta http-equiv> content type, or
# an XML declaration. Browsers look in the first 1024 bytes; pages in the wild need a little more.
CHARSET_PRESCAN_BYTES = 4096
_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)""", re.I)
_HTTP_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
# The WHATWG Encoding Standard reads these labels as windows-1252, and so do we: pages that say
# "iso-8859-1" are in practice written in windows-1252 (curly quotes at 0x93/0x94).
_WINDOWS_1252_LABELS = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "ascii", "us-ascii", "iso_8859-1", "cp819"}
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))

# A page has main text when at least one extracted paragraph reads like prose: this many words
# and sentence-final punctuation. Navigation, sign-in forms and cookie walls have neither.
MIN_PROSE_WORDS = 5
_PROSE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
_BLOCK_TAGS = {
    "p", "div", "section", "article", "blockquote", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
    "pre", "table", "tr", "figure", "figcaption", "header", "footer", "aside", "dd", "dt", "hr",
}
_SKIP_TAGS = {"script", "style", "noscript", "template", "iframe", "svg", "head"}


def declared_charset(data: bytes, content_type: str | None = None) -> str | None:
    """The encoding the page (or its HTTP ``Content-Type``) declares, as a Python codec name, if it is a known one."""
    candidates = []
    if content_type and (match := _HTTP_CHARSET.search(content_type)):
        candidates.append(match.group(1))
    head = data[:CHARSET_PRESCAN_BYTES]
    for pattern in (_META_CHARSET, _XML_ENCODING):
        if match := pattern.search(head):
            candidates.append(match.group(1).decode("ascii"))
    for label in candidates:
        label = label.strip().lower()
        if label in _WINDOWS_1252_LABELS:
            return "cp1252"
        try:
            return codecs.lookup(label).name
        except LookupError:
            continue
    return None


def decode_html(data: bytes, source: str, encoding: str | None = None, content_type: str | None = None) -> str:
    """Decode a page: ``encoding`` if given, else its byte-order mark, its declared charset, else UTF-8.

    Raises ``ValueError`` with a one-line message naming the encoding tried and the first bad byte.
    """
    if encoding:
        return _decode(data, encoding, source, hint=False)
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _decode(data, name, source, hint=True)
    name = declared_charset(data, content_type) or "utf-8"
    try:
        return data.decode(name)
    except UnicodeDecodeError:
        if name == "cp1252":  # five bytes are undefined in windows-1252; latin-1 maps them to C1 controls.
            return data.decode("latin-1")
        return _decode(data, name, source, hint=True)


def _decode(data: bytes, name: str, source: str, hint: bool) -> str:
    try:
        codecs.lookup(name)
    except LookupError:
        raise ValueError(f"{source}: unknown encoding {name!r}") from None
    try:
        return data.decode(name)
    except UnicodeDecodeError as error:
        advice = "; pass --encoding (e.g. --encoding cp1252)" if hint else ""
        raise ValueError(
            f"{source}: cannot decode as {error.encoding} (invalid byte 0x{data[error.start]:02x} at offset {error.start}){advice}"
        ) from None


def paragraphs_text(lines: str) -> str:
    """Extracted lines as paragraphs separated by blank lines, each with its spaces squeezed."""
    blocks = (" ".join(line.split()) for line in lines.splitlines())
    return "\n\n".join(block for block in blocks if block)


def has_prose(text: str) -> bool:
    """Whether some paragraph of ``text`` reads like a sentence (see ``MIN_PROSE_WORDS``)."""
    return any(len(block.split()) >= MIN_PROSE_WORDS and _PROSE_END.search(block) for block in text.split("\n\n"))


def article_from_html(
    html: str,
    source: str,
    *,
    label: str | None = None,
    url: str | None = None,
    title: str | None = None,
    published: str | None = None,
    outlet: str | None = None,
    author: str | None = None,
    raw_format: str = "html",
) -> Article | ReadFailure:
    """The article in ``html``; fields given explicitly win over what the page says about itself.

    ``label`` names the input in failure reasons ("x.jsonl:7"); it defaults to ``source``.
    """
    label = label or source
    try:
        document = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            date_extraction_params={"original_date": True, "extensive_search": False},  # the date is read below
        )
    except Exception as error:  # trafilatura and lxml raise many kinds of errors on malformed pages
        return failure(source, f"{label}: cannot parse HTML ({error_detail(error)})")
    text = paragraphs_text(document.text or "") if document is not None else ""
    if not has_prose(text):
        return failure(source, f"{label}: no main text")

    page_url = url or clean_field(document.url)
    date = published or _page_date(html, url)
    return Article(
        text=text,
        source=source,
        title=title or clean_field(document.title),
        published=date,
        url=page_url,
        outlet=outlet or clean_field(document.sitename) or domain_of(page_url),
        author=author or clean_field(document.author),
        raw=html,
        raw_format=raw_format,
    )


def _page_date(html: str, url: str | None) -> str | None:
    """The page's publication date from its markup (meta tags, JSON-LD, <time>, its canonical URL), else from ``url``.

    htmldate's "extensive search" of the page text is not used: it takes any date the article
    mentions ("in February 2022") for the publication date, and a wrong date is worse than none
    because relative dates ("last Friday") are resolved against it.
    """
    for address in (None, url) if url else (None,):
        try:
            found = htmldate.find_date(html, url=address, original_date=True, extensive_search=False)
        except Exception:  # htmldate gives up on some malformed trees; a missing date is not an error
            found = None
        if found:
            try:
                return normalize_date(found)
            except DateError:
                return None
    return None


def fragment_to_text(fragment: str) -> str:
    """The text of an HTML fragment (a feed entry's content), one paragraph per block element.

    Feed content is the article body already, without navigation to remove, so every text node
    is kept; only scripts, styles and the like are dropped.
    """
    if not fragment.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.LxmlError, ValueError):
        return paragraphs_text(fragment)
    pieces: list[str] = []
    skipping = 0  # depth inside elements whose text is not article text
    # iterwalk, not recursion: a fragment may nest thousands of elements deep.
    for event, element in etree.iterwalk(root, events=("start", "end", "comment", "pi")):
        if event in ("comment", "pi"):  # no text of ours, but what follows them is
            if not skipping and element.tail:
                pieces.append(element.tail)
            continue
        tag = element.tag
        if event == "start":
            if skipping or tag in _SKIP_TAGS:
                skipping += 1
                continue
            if tag in _BLOCK_TAGS or tag == "br":
                pieces.append("\n")
            if tag and element.text:
                pieces.append(element.text)
        else:
            if skipping:
                skipping -= 1
                if skipping:
                    continue
            elif tag in _BLOCK_TAGS:
                pieces.append("\n")
            if element.tail and element is not root:
                pieces.append(element.tail)
    return paragraphs_text("".join(pieces))


def read_html_file(path: str, data: bytes, encoding: str | None = None) -> Article | ReadFailure:
    """An ``.html``/``.htm`` file as one article."""
    try:
        html = decode_html(data, path, encoding)
    except ValueError as error:
        return failure(path, error)
    if not html.strip():
        return failure(path, f"{path}: empty file")
    return article_from_html(html, path)
