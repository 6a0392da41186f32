import os
import shutil
import socket
import tempfile
from pathlib import Path

import pytest

from helpers import EXAMPLE_FILES


def pytest_configure(config):
    """framing's cache (the decompressed language model) goes to a folder of the test
    run's own, not the user's cache folder; CLI runs in child processes inherit it."""
    os.environ["FRAMING_CACHE_DIR"] = config._framing_cache = tempfile.mkdtemp(prefix="framing-cache-")


def pytest_unconfigure(config):
    shutil.rmtree(getattr(config, "_framing_cache", ""), ignore_errors=True)


@pytest.fixture
def examples() -> list[Path]:
    return list(EXAMPLE_FILES)


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a network connection fails the test."""
    def refuse(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
