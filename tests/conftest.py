import socket
from pathlib import Path

import pytest

from helpers import EXAMPLE_FILES


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
