"""Shared helpers for the end-to-end tests of the `rightslint` binary.

The tests are run by CTest as `python3 -B <test>.py <path to rightslint>`; by hand, pass the
binary's path as the first argument or set RIGHTSLINT_BIN.
"""

import os
import subprocess
import sys
from pathlib import Path

TESTS_DIR = Path(__file__).resolve().parent
SOURCE_DIR = TESTS_DIR.parent.parent
GOLDEN_DIR = TESTS_DIR / "golden"


def take_binary_from_argv():
    """Removes the binary's path from sys.argv (so unittest does not see it) and returns it."""
    if len(sys.argv) > 1 and not sys.argv[1].startswith("-"):
        binary = sys.argv.pop(1)
    else:
        binary = os.environ.get("RIGHTSLINT_BIN", "")
    if not binary or not Path(binary).is_file():
        sys.exit(f"usage: {sys.argv[0]} PATH_TO_RIGHTSLINT [unittest args] (got {binary!r})")
    return str(Path(binary).resolve())


class Result:
    """What one run printed, as bytes and as text."""

    def __init__(self, completed):
        self.code = completed.returncode
        self.out_bytes = completed.stdout
        self.err_bytes = completed.stderr
        self.out = completed.stdout.decode("utf-8", errors="replace")
        self.err = completed.stderr.decode("utf-8", errors="replace")

    def __repr__(self):
        return f"exit {self.code}\n--- stdout\n{self.out}\n--- stderr\n{self.err}"


def make_runner(binary):
    def run(*args, stdin=b"", cwd=SOURCE_DIR, env=None, timeout=120):
        environment = dict(os.environ)
        environment.setdefault("RIGHTSLINT_DATA", str(SOURCE_DIR))
        # Colour must come from --color, never from the environment the tests run in.
        environment.pop("NO_COLOR", None)
        environment["TERM"] = "xterm"
        if env:
            environment.update(env)
        completed = subprocess.run(
            [binary, *args],
            input=stdin,
            capture_output=True,
            cwd=cwd,
            env=environment,
            timeout=timeout,
        )
        return Result(completed)

    return run


def write(directory, name, content):
    """Writes `content` (str as UTF-8, or bytes) to directory/name, making parent directories."""
    path = Path(directory) / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path
