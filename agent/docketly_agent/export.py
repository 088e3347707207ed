"""Export of finished calls: spool first, then S3, once per session; a background drainer retries.

Blocking I/O (disk, boto3) runs in worker threads; callers on the event loop use `export()`.
"""

import asyncio
import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import ValidationError

from docketly_agent.ports import SessionAlreadyArchived, SessionArchive
from docketly_agent.spool import SessionSpool
from postcall.session import RawSession, session_key

logger = logging.getLogger("docketly.export")

Outcome = Literal["uploaded", "already_archived", "spooled", "duplicate", "lost"]


@dataclass(frozen=True, slots=True)
class ExportResult:
    session_id: str
    key: str
    outcome: Outcome
    seconds: float


@dataclass(frozen=True, slots=True)
class DrainReport:
    uploaded: int = 0
    rejected: int = 0
    remaining: int = 0


class SessionExporter:
    def __init__(self, archive: SessionArchive, spool: SessionSpool) -> None:
        self._archive = archive
        self.spool = spool
        self._exported: set[str] = set()
        self._lock = threading.Lock()

    async def export(self, session: RawSession) -> ExportResult:
        """Never blocks the loop; never raises for an S3 problem (the session is spooled instead)."""
        return await asyncio.to_thread(self.export_blocking, session)

    def export_blocking(self, session: RawSession) -> ExportResult:
        started = time.perf_counter()
        key = session_key(session.session_id, session.ended_at)
        with self._lock:
            if session.session_id in self._exported:
                return ExportResult(session.session_id, key, "duplicate", 0.0)
            self._exported.add(session.session_id)

        body = session.model_dump_json().encode()
        try:
            held = self.spool.hold(session.session_id, body)
        except OSError as exc:
            held = None
            logger.error("spool write failed", extra={"session_id": session.session_id,
                                                      "error": type(exc).__name__})
        outcome = self._upload(key, body, held)
        result = ExportResult(session.session_id, key, outcome, time.perf_counter() - started)
        log = logger.error if outcome == "lost" else logger.info
        log("session exported", extra={"session_id": session.session_id, "outcome": outcome,
                                       "ms": round(result.seconds * 1000, 1)})
        return result

    def drain(self) -> DrainReport:
        """Upload spooled sessions; stop at the first failure (S3 is still down) and keep the rest."""
        self.spool.reclaim_stale()
        uploaded = rejected = 0
        for claimed in self.spool.claim_pending():
            try:
                body = claimed.read_bytes()
                session = RawSession.model_validate_json(body)
            except (OSError, ValidationError) as exc:
                self.spool.reject(claimed)
                rejected += 1
                logger.error("spooled session rejected", extra={"file": claimed.name,
                                                                "error": type(exc).__name__})
                continue
            outcome = self._upload(session_key(session.session_id, session.ended_at), body, claimed)
            if outcome == "spooled":
                break
            uploaded += 1
        report = DrainReport(uploaded, rejected, self.spool.pending_count())
        if uploaded or rejected:
            logger.info("spool drained", extra={"uploaded": uploaded, "rejected": rejected,
                                                "remaining": report.remaining})
        return report

    def _upload(self, key: str, body: bytes, held_file: Path | None) -> Outcome:
        try:
            self._archive.put_session(key, body)
            outcome: Outcome = "uploaded"
        except SessionAlreadyArchived:
            outcome = "already_archived"
        except Exception as exc:  # any S3 failure: keep the session on disk, retry later
            if held_file is None:
                logger.error("session lost: upload and spool both failed",
                             extra={"key": key, "error": type(exc).__name__})
                return "lost"
            self.spool.release(held_file)
            logger.warning("upload failed, session spooled", extra={"key": key, "error": type(exc).__name__})
            return "spooled"
        if held_file is not None:
            self.spool.done(held_file)
        return outcome


class SpoolDrainer:
    """Drains the spool at start and then every `interval` seconds, in a daemon thread."""

    def __init__(self, exporter: SessionExporter, interval_seconds: float) -> None:
        self._exporter = exporter
        self._interval = interval_seconds
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="spool-drainer", daemon=True)

    def start(self) -> "SpoolDrainer":
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._thread.join(timeout)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self._exporter.drain()
            except Exception:  # the thread must outlive a bad pass (disk error, bug) and try again
                logger.exception("spool drain pass failed")
            self._stop.wait(self._interval)
