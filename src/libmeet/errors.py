"""The errors libmeet raises on purpose. Anything else escaping is a bug."""
from __future__ import annotations


class LibmeetError(Exception):
    """Base of every documented libmeet error."""


class InputError(LibmeetError):
    """A file that cannot be read as an article; the message says why, for a person."""


class EmptyFileError(InputError):
    pass


class BinaryFileError(InputError):
    pass


class DecodeError(InputError):
    pass


class FileTooLargeError(InputError):
    pass


class UnreadableFileError(InputError):
    pass


class ParseTimeoutError(LibmeetError):
    pass
