"""One exception tree for newsfuse; the CLI turns these into messages at the edge.

    NewsfuseError
    ├── InputError        an input cannot be read at all (bad path, nothing readable)
    ├── MissingDependency a heavy optional part is not installed (says which extra to install)
    ├── StoreError        the store cannot be opened, migrated or written
    └── EngineError       the execution engine (Ray) cannot start or run the work
"""


class NewsfuseError(Exception):
    """Base of every error newsfuse raises on purpose; its message says what to do."""


class InputError(NewsfuseError):
    """An input cannot be read at all."""


class MissingDependency(NewsfuseError):
    """A heavy optional part is missing."""

    def __init__(self, what: str, extra: str) -> None:
        super().__init__(f"{what} is not installed: run `pip install 'newsfuse[{extra}]'` (or `make install`).")


class StoreError(NewsfuseError):
    """The store cannot be opened, migrated or written."""


class EngineError(NewsfuseError):
    """The execution engine cannot start or run the work."""
