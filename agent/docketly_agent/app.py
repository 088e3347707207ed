"""Composition root: builds the adapters once per process and runs each call's end-of-call export.

Whichever end hook fires first (the session's close event, `on_session_end`, a shutdown
callback) starts the export; the others await the same task, so a call is exported once.
"""

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass

from livekit.agents import AgentSession, llm
from livekit.agents.types import NOT_GIVEN, NotGivenOr
from livekit.agents.voice.events import CloseEvent

from docketly_agent.assistant import DocketlyAssistant
from docketly_agent.booking import RecordedBooker, WebhookBooker
from docketly_agent.config import AgentSettings
from docketly_agent.export import ExportResult, SessionExporter, SpoolDrainer
from docketly_agent.knowledge import KnowledgeBase
from docketly_agent.ports import MeetingBooker, SessionArchive
from docketly_agent.recorder import CallRecorder, SignalObserver
from docketly_agent.s3_archive import S3SessionArchive, s3_client
from docketly_agent.spool import SessionSpool
from postcall.session import AgentInfo

logger = logging.getLogger("docketly.app")


class CallHandle:
    """One call: its recorder and its single export task."""

    def __init__(self, recorder: CallRecorder, session: AgentSession, exporter: SessionExporter) -> None:
        self.recorder = recorder
        self._session = session
        self._exporter = exporter
        self._export: asyncio.Task[ExportResult] | None = None

    @property
    def export_task(self) -> "asyncio.Task[ExportResult] | None":
        return self._export

    def on_close(self, _event: CloseEvent) -> None:
        self.start_export()

    def start_export(self, fallback_reason: str | None = None) -> "asyncio.Task[ExportResult]":
        if self._export is None:
            self._export = asyncio.get_running_loop().create_task(
                self._run_export(fallback_reason), name=f"export-{self.recorder.session_id}"
            )
        return self._export

    async def finish(self, fallback_reason: str | None = None) -> ExportResult:
        # shield: a hook cancelled by a shutdown deadline must not cancel the upload itself
        return await asyncio.shield(self.start_export(fallback_reason))

    async def _run_export(self, fallback_reason: str | None) -> ExportResult:
        session_id = self.recorder.session_id
        try:
            raw = self.recorder.snapshot(usage=self._session.usage, fallback_close_reason=fallback_reason)
            return await self._exporter.export(raw)
        except Exception:  # a recording bug must not crash the agent's shutdown; it is logged loudly
            logger.exception("session export failed", extra={"session_id": session_id})
            return ExportResult(session_id, "", "lost", 0.0)


@dataclass
class DocketlyApp:
    settings: AgentSettings
    knowledge: KnowledgeBase
    booker: MeetingBooker
    exporter: SessionExporter
    tracker_factory: Callable[[], SignalObserver]

    def __post_init__(self) -> None:
        self._calls: dict[str, CallHandle] = {}

    @property
    def agent_info(self) -> AgentInfo:
        return AgentInfo(name=self.settings.agent_name, version=self.settings.agent_version)

    def open_call(self, session: AgentSession, *, session_id: str) -> CallHandle:
        """Start recording a call; the close event alone is enough to export it."""
        recorder = CallRecorder(session_id=session_id, agent=self.agent_info, tracker=self.tracker_factory())
        recorder.attach(session)
        handle = CallHandle(recorder, session, self.exporter)
        session.on("close", handle.on_close)  # after the recorder's handler: the close reason is set
        self._calls[session_id] = handle
        return handle

    def assistant(self, call: CallHandle, *, llm: NotGivenOr[llm.LLM] = NOT_GIVEN,
                  greet: bool = True) -> DocketlyAssistant:
        return DocketlyAssistant(
            session_id=call.recorder.session_id,
            knowledge=self.knowledge,
            booker=self.booker,
            known_signals=lambda: call.recorder.signals,
            llm=llm,
            greet=greet,
        )

    async def end_call(self, session_id: str, reason: str | None = None) -> ExportResult | None:
        """The session-end and shutdown hooks: export now, or await the export already running."""
        handle = self._calls.get(session_id)
        if handle is None:
            return None
        return await handle.finish(reason)

    def start_spool_drainer(self) -> SpoolDrainer:
        return SpoolDrainer(self.exporter, self.settings.spool_retry_seconds).start()


def build_exporter(settings: AgentSettings, *, archive: SessionArchive | None = None) -> SessionExporter:
    if archive is None:
        archive = S3SessionArchive(s3_client(), settings.sessions_bucket, sse=settings.sse,
                                   kms_key_id=settings.kms_key_id)
    return SessionExporter(archive, SessionSpool(settings.spool_dir))


def build_app(
    settings: AgentSettings,
    *,
    archive: SessionArchive | None = None,
    booker: MeetingBooker | None = None,
    knowledge: KnowledgeBase | None = None,
    tracker_factory: Callable[[], SignalObserver] | None = None,
) -> DocketlyApp:
    """Real adapters from settings; tests pass overrides instead of patching globals."""
    if booker is None:
        booker = (
            WebhookBooker(settings.booking_webhook_url, token=settings.booking_webhook_token,
                          timeout_seconds=settings.booking_timeout_seconds)
            if settings.booking_webhook_url
            else RecordedBooker(settings.booking_outbox_dir)
        )
    if tracker_factory is None:
        from postcall.extraction import SignalTracker

        tracker_factory = SignalTracker
    from postcall.extraction import compile_all_patterns

    compile_all_patterns()  # here, in the job's prewarm: the extractor compiles its patterns on first use
    return DocketlyApp(
        settings=settings,
        knowledge=knowledge or KnowledgeBase.from_markdown(),
        booker=booker,
        exporter=build_exporter(settings, archive=archive),
        tracker_factory=tracker_factory,
    )

