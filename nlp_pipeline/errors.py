"""Errors a document can fail with.

Every failure the pipeline reports for an input is an :class:`InputError` subclass with a short
machine-readable ``type`` (used in batch error records) and a human message. The CLI prints
``<file>: <message>`` on one line; nothing else ever reaches the user as a traceback.
"""

from __future__ import annotations


class InputError(Exception):
    """An input that cannot be turned into a document."""

    type = "input_error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class MissingFile(InputError):
    type = "missing_file"


class EmptyInput(InputError):
    type = "empty_input"


class UnsupportedFormat(InputError):
    type = "unsupported_format"


class UndecodableText(InputError):
    """Bytes that are not text in any encoding we accept (binary data named .txt)."""

    type = "undecodable_text"


class CorruptFile(InputError):
    """A PDF or .docx whose container is broken (truncated, not really a zip, ...)."""

    type = "corrupt_file"


class EncryptedPdf(InputError):
    type = "encrypted_pdf"


class NoTextLayer(InputError):
    """A PDF whose pages are images only (a scan): needs OCR, which we do not do."""

    type = "no_text_layer"


class GarbledTextLayer(InputError):
    """A PDF whose text layer decodes to garbage (broken ToUnicode map): needs OCR."""

    type = "garbled_text_layer"


class NoReadableFiles(InputError):
    """A directory given on the command line that holds no file we can read."""

    type = "no_readable_files"


class InputTooLarge(InputError):
    """An input beyond a resource limit: too many bytes, too many PDF pages."""

    type = "too_large"


class SymlinkLoop(InputError):
    """A folder reached through a symbolic link that points back to one of its own ancestors."""

    type = "symlink_loop"


class TimedOut(InputError):
    type = "timeout"


class WorkerCrashed(InputError):
    """The process working on an input died (a crash in a C library, the OOM killer, ...)."""

    type = "worker_crashed"


class OutputError(InputError):
    """The result could not be written (disk full, a path that would leave --out, ...)."""

    type = "output_error"
