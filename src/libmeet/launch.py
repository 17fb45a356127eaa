"""The `libmeet` command's entry point: quick to answer --version, quiet when stopped while it loads.

The command itself is libmeet.cli; loading it (the parser, pydantic models, rich) takes a few tenths
of a second, during which Ctrl-C must stop it as it stops a run (exit 130, no traceback).
"""
from __future__ import annotations

import signal
import sys
from typing import Any

from . import __version__

#: what `libmeet --version` prints (click's version option says the same)
VERSION_LINE = f"libmeet, version {__version__}"


def _stopped_while_loading(signum: int, frame: Any) -> None:
    sys.stderr.write("\ninterrupted\n")
    sys.exit(143 if signum == signal.SIGTERM else 130)


def main() -> Any:
    if sys.argv[1:] == ["--version"]:
        print(VERSION_LINE)
        return 0
    handlers = {}
    for sig in (signal.SIGINT, signal.SIGTERM):
        handlers[sig] = signal.signal(sig, _stopped_while_loading)
    from .cli import main as command

    for sig, handler in handlers.items():
        signal.signal(sig, handler)
    return command()


if __name__ == "__main__":
    sys.exit(main())
