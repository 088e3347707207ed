"""Raw sessions on local disk until S3 has them: written before every upload, so no call is lost.

Layout under the spool root (one JSON file per session, survives restarts):
  inflight/<session_id>.<pid>.json   being uploaded by process <pid>
  pending/<session_id>.json          upload failed; the drainer retries it
  rejected/<session_id>.json         unreadable or invalid; kept for a human, never retried
Moves between them are os.replace renames, atomic on one filesystem, so two processes never
upload the same file at once: whoever renames it first owns it.
"""

import logging
import os
import time
from collections.abc import Iterator
from pathlib import Path

logger = logging.getLogger("docketly.spool")


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class SessionSpool:
    def __init__(self, root: Path, *, stale_after_seconds: float = 900.0) -> None:
        self.root = root
        self.pending = root / "pending"
        self.inflight = root / "inflight"
        self.rejected = root / "rejected"
        self._tmp = root / "tmp"
        self._stale_after = stale_after_seconds
        for directory in (self.pending, self.inflight, self.rejected, self._tmp):
            directory.mkdir(parents=True, exist_ok=True)

    def hold(self, session_id: str, body: bytes) -> Path:
        """Write the session as in flight for this process (atomic: a reader never sees half a file)."""
        tmp = self._tmp / f"{session_id}.{os.getpid()}.{time.monotonic_ns()}"
        with open(tmp, "wb") as handle:
            handle.write(body)
            handle.flush()
            os.fsync(handle.fileno())
        target = self.inflight / f"{session_id}.{os.getpid()}.json"
        os.replace(tmp, target)
        return target

    def release(self, inflight_file: Path) -> Path:
        """Upload failed: hand the file to the drainer."""
        target = self.pending / f"{_session_id_of(inflight_file)}.json"
        os.replace(inflight_file, target)
        return target

    def done(self, inflight_file: Path) -> None:
        inflight_file.unlink(missing_ok=True)

    def reject(self, inflight_file: Path) -> Path:
        target = self.rejected / f"{_session_id_of(inflight_file)}.json"
        os.replace(inflight_file, target)
        return target

    def claim_pending(self) -> Iterator[Path]:
        """Claim pending files one at a time (lazily: stop iterating and the rest stay pending)."""
        for candidate in sorted(self.pending.glob("*.json")):
            claimed = self.inflight / f"{candidate.stem}.{os.getpid()}.json"
            try:
                os.replace(candidate, claimed)
            except FileNotFoundError:
                continue  # another process claimed it first
            yield claimed

    def reclaim_stale(self) -> int:
        """Return to pending the files whose uploader died (or hung far longer than any upload)."""
        reclaimed = 0
        now = time.time()
        for path in self.inflight.glob("*.json"):
            pid_text = path.stem.rsplit(".", 1)[-1]
            owner = int(pid_text) if pid_text.isdigit() else -1
            try:
                age = now - path.stat().st_mtime
            except FileNotFoundError:
                continue
            orphaned = owner != os.getpid() and (owner <= 0 or not _pid_alive(owner))
            if orphaned or age > self._stale_after:
                try:
                    self.release(path)
                except FileNotFoundError:
                    continue
                reclaimed += 1
        if reclaimed:
            logger.warning("reclaimed orphaned spool files", extra={"count": reclaimed})
        return reclaimed

    def pending_count(self) -> int:
        return sum(1 for _ in self.pending.glob("*.json"))


def _session_id_of(path: Path) -> str:
    """inflight/<id>.<pid>.json or pending/<id>.json -> <id> (session ids may contain dots)."""
    stem = path.stem
    head, _, tail = stem.rpartition(".")
    return head if head and tail.isdigit() and path.parent.name == "inflight" else stem
