"""Publication metadata found in the text or the URL: the outlet.

An outlet is named only when the source states it: a header ``(VTC News)``, a
standalone attribution line ("Theo TTXVN", "Nguồn: VnExpress", "(TTXVN)"), or
a known outlet's domain in the URL.  Nothing is invented: otherwise ``None``.
A dateline such as "Theo Đặc phái viên TTXVN, ngày 6/2, …" reports a
correspondent, not the publisher, and is not taken.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlparse

from vnewsgraph.model import Document
from vnewsgraph.nlp.resources import read_lines


@lru_cache(maxsize=1)
def outlet_table() -> tuple[dict[str, str], dict[str, str]]:
    """(domain -> outlet, lower-cased written form -> outlet)."""
    domains: dict[str, str] = {}
    forms: dict[str, str] = {}
    for row in read_lines("outlets.tsv"):
        name = row[0]
        forms[name.lower()] = name
        for alt in row[1:]:
            if "." in alt and " " not in alt and alt.lower() == alt:
                domains[alt] = name
            else:
                forms[alt.lower()] = name
    return domains, forms


def outlet_from_url(url: str | None) -> str | None:
    if not url or "://" not in url:
        return None
    try:
        host = (urlparse(url).hostname or "").lower()
    except ValueError:  # a malformed URL ("http://[x") names no outlet
        return None
    domains, _ = outlet_table()
    while host:
        if host in domains:
            return domains[host]
        host = host.partition(".")[2]
    return None


_ATTRIBUTION = re.compile(r"^\s*(?:\(?\s*(?:Theo|Nguồn)\s*:?\s+|\()(?P<name>[^()\n]{2,60}?)\)?\s*\.?\s*$")


def outlet_from_text(text: str) -> str | None:
    """An attribution line at the top or bottom of the article, if it names an outlet."""
    _, forms = outlet_table()
    lines = [ln for ln in text.split("\n") if ln.strip()]
    for line in lines[-3:] + lines[:1]:
        if len(line) > 80:
            continue
        m = _ATTRIBUTION.match(line)
        if m:
            name = m.group("name").strip()
            for part in re.split(r"\s*[/,;]\s*", name):
                if part.lower() in forms:
                    return forms[part.lower()]
    return None


class MetadataFinder:
    name = "metadata"
    version = "1"
    requires: tuple[str, ...] = ()
    assigns = ("outlet",)

    def __call__(self, doc: Document) -> Document:
        art = doc.article
        if not art.outlet:
            art.outlet = outlet_from_url(art.url or art.source) or outlet_from_text(doc.text)
        return doc
