"""Errors newsgraph reports to its users: each has a message that fits on one line."""


class NewsgraphError(Exception):
    """Base class: the CLI prints ``newsgraph: error: <message>`` and exits non-zero, no traceback."""

    exit_code = 1


class InputError(NewsgraphError):
    """An input cannot be read: missing, a directory, undecodable, empty."""

    exit_code = 2


class EmptyText(InputError):
    """An input holds no text to analyse."""


class StoreError(NewsgraphError):
    """The corpus database cannot be opened or written."""

    exit_code = 3
