"""``newsgraph train ...``: reproducible training of the small models shipped in the package.

Each trainer lives in its own module and registers a command on ``train_app``.
"""

from __future__ import annotations

import typer

from . import app

train_app = typer.Typer(help="Train the small models newsgraph ships (reads ../shared/data).", no_args_is_help=True)
app.add_typer(train_app, name="train")

# Trainer modules register themselves on import (one line each).
from . import train_checkworthy as _train_checkworthy  # noqa: E402,F401
from . import train_techniques as _train_techniques  # noqa: E402,F401
from . import train_quotes as _train_quotes  # noqa: E402,F401
