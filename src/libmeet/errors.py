"""The errors libmeet raises on purpose. Anything else escaping is a bug.

Each error's message is a reason a person understands ("binary file: this is a PDF
document, not a text article"). `status` says how `libmeet ingest` reports it in
report.json: `skipped` for a file that is simply not an article (empty, binary, too large,
not a regular file), `error` for an article that could not be read.
"""
from __future__ import annotations


class LibmeetError(Exception):
    """Base of every documented libmeet error."""

    status = "error"


class InputError(LibmeetError):
    """A file that cannot be read as an article; the message says why, for a person."""


class EmptyFileError(InputError):
    """The file has no bytes, or only blank space."""

    status = "skipped"


class BinaryFileError(InputError):
    """A PDF, image, archive or other non-text file (whatever its name)."""

    status = "skipped"


class DecodeError(InputError):
    """Text that cannot be decoded, or markup that cannot be read."""


class FileTooLargeError(InputError):
    """Far larger than any article: refused before it is read."""

    status = "skipped"


class PageTooLargeError(FileTooLargeError):
    """A web page with more markup than any article page has."""


class NotAFileError(InputError):
    """A device, pipe or socket with an article's name: never opened, so never waited on."""

    status = "skipped"


class UnreadableFileError(InputError):
    """The operating system refused to read the file (permissions, a link loop, a vanished file)."""


class ParseTimeoutError(LibmeetError):
    """Parsing one article took longer than allowed."""


class ClusterError(LibmeetError):
    """--dask: Dask is not installed, or its scheduler cannot be reached."""


class RemoteError(LibmeetError):
    """A URL that cannot be listed: fsspec or its backend is not installed, or nothing is there."""
