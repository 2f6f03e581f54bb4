"""The command line: a thin layer over the Python API (flag names match keyword names).

Each group of commands lives in its own module and registers itself on ``app``.
"""

from __future__ import annotations

import sys

import typer

from ..errors import NewsgraphError

app = typer.Typer(
    name="newsgraph",
    help="Read news like an analyst: quotes and their speakers, claims, events, persuasion techniques.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def root() -> None:
    """Read news like an analyst: quotes and their speakers, claims, events, persuasion techniques."""


# Command modules register themselves on import.
from . import analyze as _analyze  # noqa: E402,F401
from . import train as _train  # noqa: E402,F401
from . import corpus as _corpus  # noqa: E402,F401


def fail(message: str, code: int = 1) -> None:
    """Print a one-line error and exit non-zero."""
    print(f"newsgraph: error: {message}", file=sys.stderr)
    raise SystemExit(code)


def main() -> None:
    """Entry point: every known failure is one line on stderr and a non-zero exit, never a traceback."""
    try:
        app()
    except NewsgraphError as error:
        fail(str(error), error.exit_code)
    except KeyboardInterrupt:
        fail("interrupted", 130)
    except BrokenPipeError:
        # The reader went away (newsgraph ... | head): not an error worth a message.
        sys.stderr.close()
        raise SystemExit(0)
    except MemoryError:
        fail("out of memory", 1)
