"""Error classes with stable codes and clear messages naming the input."""

from __future__ import annotations


class VnewsgraphError(Exception):
    """Base class: ``code`` is stable, ``source`` names the input, ``reason`` says why."""

    code = "error"

    def __init__(self, reason: str, source: str | None = None) -> None:
        self.reason = reason
        self.source = source
        super().__init__(self.__str__())

    def __str__(self) -> str:
        if self.source:
            return f"{self.source}: {self.reason} [{self.code}]"
        return f"{self.reason} [{self.code}]"


class InputError(VnewsgraphError):
    """An input could not be read or understood."""

    code = "input"


class DecodeError(InputError):
    """The bytes of an input could not be decoded as Vietnamese text."""

    code = "decode"


class EmptyInputError(InputError):
    code = "empty"


class BinaryInputError(InputError):
    code = "binary"


class TooLargeError(InputError):
    code = "too-large"


class MalformedInputError(InputError):
    """HTML, JSON, a feed or an archive that does not parse."""

    code = "malformed"


class FetchError(InputError):
    """A URL could not be fetched."""

    code = "fetch"


class StoreError(VnewsgraphError):
    code = "store"


class ConfigError(VnewsgraphError):
    code = "config"


class MissingDependencyError(VnewsgraphError):
    code = "missing-dependency"
