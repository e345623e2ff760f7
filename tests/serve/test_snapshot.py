"""The in-memory snapshot: reads never wait for a rebuild once one snapshot exists; own writes show at once."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest

from newsdesk.config import Settings
from newsdesk.serve import service as service_module
from newsdesk.serve.service import Service, _Snapshot


class FingerprintOnly:
    """The one store call ``Service.snapshot`` makes itself; ``_build`` is replaced in these tests."""

    def __init__(self) -> None:
        self.corpus = "c1"

    def corpus_fingerprint(self) -> str:
        return self.corpus


def slow_service(monkeypatch: pytest.MonkeyPatch, gate: threading.Event) -> tuple[Service, FingerprintOnly]:
    store = FingerprintOnly()
    service = Service(store, Settings(db=":memory:"))  # type: ignore[arg-type]
    built: list[str] = []

    def build(corpus: str) -> _Snapshot:
        if built:  # the first snapshot is built in the request; later ones wait for the gate
            gate.wait(timeout=30)
        built.append(corpus)
        return _Snapshot(corpus, [{"id": corpus}], {})

    monkeypatch.setattr(service, "_build", build)
    monkeypatch.setattr(service_module, "RECHECK_SECONDS", 0.0)
    return service, store


def wait_for(service: Service, corpus: str) -> Any:
    deadline = time.monotonic() + 10
    while (snap := service.snapshot()).corpus != corpus and time.monotonic() < deadline:
        time.sleep(0.01)
    return snap


def test_a_changed_store_is_rebuilt_in_the_background_while_the_old_snapshot_answers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gate = threading.Event()
    service, store = slow_service(monkeypatch, gate)
    assert service.snapshot().corpus == "c1"
    store.corpus = "c2"
    started = time.monotonic()
    assert service.snapshot().corpus == "c1"  # stale, but answered without waiting for the rebuild
    assert service.snapshot().corpus == "c1"
    assert time.monotonic() - started < 5
    gate.set()
    assert wait_for(service, "c2").corpus == "c2"


def test_own_writes_drop_a_rebuild_in_flight_and_show_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    gate = threading.Event()
    service, store = slow_service(monkeypatch, gate)
    service.snapshot()
    store.corpus = "c2"
    service.snapshot()  # starts a background rebuild of c2 that waits on the gate
    store.corpus = "c3"
    service.invalidate()
    gate.set()
    assert service.snapshot().corpus == "c3"
    time.sleep(0.2)  # the c2 rebuild finishes now and must not replace the newer snapshot
    assert service.snapshot().corpus == "c3"
