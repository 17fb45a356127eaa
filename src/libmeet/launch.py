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
    try:
        return command()
    finally:
        _settle()


def _settle() -> None:
    """The command is over and its exit status decided: a Ctrl-C or SIGTERM from now on is ignored.

    Two ways CPython turned a run that had stopped cleanly (exit 130, "interrupted; previous outputs
    left intact") or had finished into a death by SIGINT (exit -2, as if nothing had been cleaned up):
    - while it shuts down it gives SIGINT back to the system's default, so a Ctrl-C in that last
      moment killed the process; an ignored signal stays ignored through the shutdown;
    - a KeyboardInterrupt that left an exec()/eval() of source text (dataclasses and namedtuple build
      their methods so while modules load) marks the process, under `python -m libmeet`, to kill
      itself with SIGINT at exit, even when the interruption was caught and handled. Running any
      source text to its end clears that mark.
    """
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, signal.SIG_IGN)
    exec("")  # noqa: S102 - clears CPython's "unhandled KeyboardInterrupt" mark (see above)


if __name__ == "__main__":
    sys.exit(main())
