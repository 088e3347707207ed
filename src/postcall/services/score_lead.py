"""ScoreLead: a raw session object in, a lead record (and for hot leads one alert) out.

load -> validate -> analyze (rules) -> judge (LLM, optional) -> verify and merge -> write lead -> alert.
Exactly once: the LLM answer is kept per object version (bucket, key, ETag), the alert per session id.
A repeat of an object version reuses the answer, writes the lead record only if no earlier attempt
did, and finds the alert already sent: two guards, not one more around the whole scoring, because each
guard costs two DynamoDB writes on every first delivery.
"""

import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import PurePosixPath
from typing import Any, Final

from aws_lambda_powertools import Logger

from postcall.alert import build_hot_lead_alert
from postcall.extraction import analyze_call
from postcall.lead import FallbackReason, LeadRecord, SourceObject, lead_key
from postcall.ports import (
    AlertPublisher,
    BadInput,
    LeadJudge,
    LlmUnavailable,
    MetricsSink,
    ObjectMissing,
    ObjectRef,
    ObjectStore,
    Once,
    StoredObject,
)
from postcall.scoring import LlmResult, build_lead_record, build_prompt, merge_verdict
from postcall.services.documents import parse_document
from postcall.session import RawSession
from postcall.settings import ScoreLeadSettings

COUNT: Final = "Count"
MAX_KEY_BYTES: Final = 1024  # S3's limit
DAY: Final = 24 * 3600


class ScoreLeadService:
    def __init__(
        self,
        *,
        store: ObjectStore,
        judge: LeadJudge,
        alerts: AlertPublisher,
        judge_once: Once,
        alert_once: Once,
        metrics: MetricsSink,
        logger: Logger,
        max_session_bytes: int,
        sessions_prefix: str = "sessions/",
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._store = store
        self._judge = judge
        self._alerts = alerts
        self._judge_once = judge_once
        self._alert_once = alert_once
        self._metrics = metrics
        self._log = logger
        self._max_bytes = max_session_bytes
        self._prefix = sessions_prefix
        self._clock = clock

    def start_invocation(self, context: Any) -> None:
        for once in (self._judge_once, self._alert_once):
            once.register_lambda_context(context)

    def score(self, ref: ObjectRef) -> dict[str, Any]:
        """Score one session object. Bad input is quarantined and returned as such; transient errors raise."""
        if len(ref.key.encode()) > MAX_KEY_BYTES:  # no S3 object has it (forged event): nothing to keep
            self._log.warning("event names a key longer than S3 allows", key_bytes=len(ref.key.encode()))
            return {"status": "missing", "key": ref.key[:MAX_KEY_BYTES]}
        if not (ref.key.startswith(self._prefix) and ref.key.endswith(".json")):
            return self._quarantine(ref, "unexpected_key: not a sessions/*.json object")
        # Always the latest version: a late or reordered event then lands on an already-scored ETag.
        try:
            stored = self._store.read(ObjectRef(bucket=ref.bucket, key=ref.key), max_bytes=self._max_bytes)
        except ObjectMissing:
            self._log.warning("session object missing", key=ref.key)
            return {"status": "missing", "key": ref.key}
        except BadInput as exc:
            return self._quarantine(ref, exc.reason)
        return self._score(stored)

    def _quarantine(self, ref: ObjectRef, reason: str) -> dict[str, Any]:
        # A duplicate event for a version already quarantined: kept and counted once already.
        if (earlier := self._store.find_quarantined(ref)) is not None:
            self._log.info("session already quarantined", key=ref.key)
            target, reason = earlier
            return {"status": "quarantined", "key": ref.key, "quarantine_key": target, "reason": reason}
        target = self._store.quarantine(ref, reason)
        self._metrics.add_metric(name="SessionsQuarantined", unit=COUNT, value=1)
        self._log.error("session quarantined", key=ref.key, quarantine_key=target, reason=reason)
        return {"status": "quarantined", "key": ref.key, "quarantine_key": target, "reason": reason}

    def _score(self, stored: StoredObject) -> dict[str, Any]:
        started = time.perf_counter()
        try:
            session = parse_document(stored.body, RawSession)
        except BadInput as exc:
            return self._quarantine(stored.ref, exc.reason)
        # The lead record, alert and CRM Lead are keyed on the session id: a body naming another session
        # would overwrite that session's lead.
        if PurePosixPath(stored.ref.key).name != f"{session.session_id}.json":
            return self._quarantine(stored.ref, "session_id_mismatch: the session id is not the file name")

        facts = analyze_call(session.transcript, session.tool_calls)
        asked = False

        def ask() -> dict[str, Any]:
            nonlocal asked
            asked = True
            return self._ask_llm(session)

        # A retry after a later failure (S3 write, SNS) or a duplicate reuses the answer, never asks again.
        answer = self._judge_once.run(stored.ref.identity(), ask)
        llm = LlmResult.model_validate(answer["llm"]) if answer["llm"] else None
        fallback: FallbackReason | None = answer["fallback_reason"]
        verified = merge_verdict(session, facts, llm.verdict if llm else None)
        ref = stored.ref
        lead = build_lead_record(
            session=session,
            facts=verified,
            source=SourceObject(bucket=ref.bucket, key=ref.key, etag=ref.etag, version_id=ref.version_id),
            scored_at=self._clock(),
            total_ms=(time.perf_counter() - started) * 1000,
            llm=llm,
            fallback_reason=fallback,
        )
        key = lead_key(session.session_id, session.ended_at)
        # Deterministic key: a rescore overwrites the same record, never adds a second. A repeat leaves the
        # record an earlier attempt wrote alone: a rewrite would trigger the CRM function again.
        if asked or not self._lead_written_for(ref, key):
            self._store.put_json(ref.bucket, key, lead.model_dump(mode="json"))
            self._record(lead, rejected_claims=verified.rejected_claims)

        result: dict[str, Any] = {
            "status": "scored", "session_id": lead.session_id, "tier": lead.tier, "score": lead.score,
            "method": lead.method, "fallback_reason": lead.fallback_reason, "lead_key": key,
        }
        if lead.tier == "hot":
            sent = self._alert_once.run(
                {"session_id": lead.session_id}, lambda: self._send_alert(lead, f"s3://{ref.bucket}/{key}")
            )
            result["alert_message_id"] = sent["message_id"]
        return result

    def _lead_written_for(self, ref: ObjectRef, key: str) -> bool:
        """Whether the lead record at `key` was scored from this very object version."""
        try:
            written = self._store.read(ObjectRef(bucket=ref.bucket, key=key), max_bytes=self._max_bytes)
            source = parse_document(written.body, LeadRecord).source
        except (ObjectMissing, BadInput):
            return False  # absent or unreadable: write it (again)
        return (source.key, source.etag) == (ref.key, ref.etag)

    def _ask_llm(self, session: RawSession) -> dict[str, Any]:
        try:
            result = self._judge.judge(build_prompt(session))
        except LlmUnavailable as exc:
            self._metrics.add_metric(name="RulesFallbacks", unit=COUNT, value=1)
            self._log.warning("llm unavailable, scoring by rules", reason=exc.reason, detail=exc.detail)
            return {"llm": None, "fallback_reason": exc.reason}
        return {"llm": result.model_dump(mode="json"), "fallback_reason": None}

    def _send_alert(self, lead: LeadRecord, record_uri: str) -> dict[str, Any]:
        alert = build_hot_lead_alert(lead, record_uri)
        message_id = self._alerts.publish(alert.subject, alert.body, alert.attributes)
        self._metrics.add_metric(name="AlertsSent", unit=COUNT, value=1)
        self._log.info("hot lead alert sent", session_id=lead.session_id, message_id=message_id)
        return {"message_id": message_id}

    def _record(self, lead: LeadRecord, *, rejected_claims: int) -> None:
        self._metrics.add_metric(name="SessionsScored", unit=COUNT, value=1)
        if lead.tier == "hot":
            self._metrics.add_metric(name="HotLeads", unit=COUNT, value=1)
        if rejected_claims:
            self._metrics.add_metric(name="UnverifiedClaims", unit=COUNT, value=rejected_claims)
        if lead.usage is not None:
            tokens = lead.usage.input_tokens + lead.usage.output_tokens
            self._metrics.add_metric(name="LlmTokens", unit=COUNT, value=tokens)
            self._metrics.add_metric(name="LlmCostMicroUsd", unit=COUNT,
                                     value=round(lead.usage.estimated_cost_usd * 1_000_000))
        self._log.info(
            "lead scored",
            session_id=lead.session_id, tier=lead.tier, score=lead.score, method=lead.method,
            fallback_reason=lead.fallback_reason, rejected_claims=rejected_claims,
            total_ms=lead.timings.total_ms, llm_ms=lead.timings.llm_ms,
        )


def build_score_lead_service(
    settings: ScoreLeadSettings,
    *,
    metrics: MetricsSink,
    logger: Logger | None = None,
    s3_client: Any | None = None,
    sns_client: Any | None = None,
    dynamodb_client: Any | None = None,
    secrets_provider: Any | None = None,
    openai_http_client: Any | None = None,
    judge: LeadJudge | None = None,
    clock: Callable[[], datetime] | None = None,
) -> ScoreLeadService:
    """Real adapters from settings; every argument after `metrics` overrides one of them (tests, demo)."""
    from postcall.adapters.idempotency import DynamoDbOnce
    from postcall.adapters.openai_llm import OpenAiLeadJudge, secret_api_key
    from postcall.adapters.s3 import build_object_store
    from postcall.adapters.sns import build_alert_publisher

    if judge is None:
        env_key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else None
        from_secret = secret_api_key(settings.openai_secret_name, provider=secrets_provider)
        judge = OpenAiLeadJudge(
            model=settings.openai_model,
            api_key=(lambda: env_key) if env_key else from_secret,
            base_url=settings.openai_base_url,
            timeout_seconds=settings.openai_timeout_seconds,
            max_retries=settings.openai_max_retries,
            http_client=openai_http_client,
        )
    table, dynamodb = settings.idempotency_table, dynamodb_client
    if dynamodb is None:
        import boto3

        # One client for both guards: each would otherwise build its own session (cold start cost).
        dynamodb = boto3.client("dynamodb")
    return ScoreLeadService(
        store=build_object_store(s3_client),
        judge=judge,
        alerts=build_alert_publisher(settings.hot_lead_topic_arn, sns_client),
        # S3 may redeliver for hours and Lambda retries for up to 6 h: a week covers both.
        judge_once=DynamoDbOnce(table, scope="ScoreLead.judge", ttl_seconds=7 * DAY, client=dynamodb),
        # A session is alerted once, ever in practice: a rescore after an overwrite must not re-alert.
        alert_once=DynamoDbOnce(table, scope="ScoreLead.alert", ttl_seconds=365 * DAY, client=dynamodb),
        metrics=metrics,
        # The handler passes its own Logger; created here otherwise, after the environment is set.
        logger=logger or Logger(child=True),
        max_session_bytes=settings.max_session_bytes,
        sessions_prefix=settings.sessions_prefix,
        **({"clock": clock} if clock else {}),
    )
