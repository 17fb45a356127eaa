"""The parser's version, in a module of its own: the ingest cache's fingerprint reads it (libmeet.cache), and
a re-run that the cache answers throughout must not import the extractors (~1,150 patterns) to learn it."""
from __future__ import annotations

from .. import __version__

#: bump when extraction changes in a way that should invalidate cached results
PARSER_REVISION = 1
PARSER_VERSION = f"{__version__}+p{PARSER_REVISION}"
