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
#: the help of the command, and the short help of each subcommand (libmeet.cli uses these; `libmeet --help`
#: prints them from here, without loading the parser)
MAIN_HELP = """Turn Vietnamese news articles about meetings into validated event records.

    Exit codes: 0 all good, 1 some inputs failed (validate) or errored (ingest --strict),
    2 usage error, 3 the outputs could not be written (nothing was replaced), 130 interrupted,
    143 stopped by SIGTERM.

    \b
    Example:
      libmeet ingest data/raw --out data/out
    """
SHORT_HELP = {
    "export": "Re-export events.json as CSV, JSON Lines or JSON.",
    "ingest": "Parse every article under RAW_DIR and write the five outputs.",
    "parse": "Parse one article and print its record as JSON.",
    "schema": "Print the JSON Schema of one event record (or of events.json).",
    "validate": "Check articles against the model and a policy (for CI).",
}
CONTEXT = {"help_option_names": ["-h", "--help"]}


def _help() -> None:
    """`libmeet --help` from a group that has the command's help and its subcommands' short help only."""
    import click

    group = click.Group("libmeet", help=MAIN_HELP, context_settings=CONTEXT)
    click.version_option(__version__, prog_name="libmeet")(group)
    for name, short in SHORT_HELP.items():
        group.add_command(click.Command(name, short_help=short))
    group.main(["--help"], prog_name="libmeet")


def _stopped_while_loading(signum: int, frame: Any) -> None:
    sys.stderr.write("\ninterrupted\n")
    sys.exit(143 if signum == signal.SIGTERM else 130)


def main() -> Any:
    if sys.argv[1:] == ["--version"]:
        print(VERSION_LINE)
        return 0
    if sys.argv[1:] in (["--help"], ["-h"]):
        _help()  # (exits 0)
    handlers = {}
    for sig in (signal.SIGINT, signal.SIGTERM):
        handlers[sig] = signal.signal(sig, _stopped_while_loading)
    from .cli import main as command

    for sig, handler in handlers.items():
        signal.signal(sig, handler)
    return command()


if __name__ == "__main__":
    sys.exit(main())
