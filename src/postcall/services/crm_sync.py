"""Sync one lead record to the CRM: load, check the tier, map, save once, remember the Lead.

Vendor-free: the object store, the Lead sink, the once-guard and the metrics come in
through the ports, so the same code runs against Salesforce, the dry-run outbox or fakes.
"""

import json
import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Annotated, Any, Final, Literal, Self

from aws_lambda_powertools import Logger
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from postcall.crm import (
    DEFAULT_LEAD_SOURCE,
    CrmRejected,
    LeadSave,
    ObjectLocation,
    lead_payload,
    meets_min_tier,
)
from postcall.lead import LeadRecord
from postcall.ports import BadInput, LeadSink, MetricsSink, ObjectMissing, ObjectRef, ObjectStore, Once
from postcall.services.documents import parse_document
from postcall.settings import ConfigError
from postcall.vocab import Tier

logger = Logger(child=True)

LEADS_PREFIX: Final = "leads/"
LINKS_PREFIX: Final = "crm-links/"
MAX_LEAD_BYTES: Final = 1024 * 1024  # a lead record is a few KB; anything near this is not one
MAX_LINK_BYTES: Final = 4096
DAY: Final = 24 * 3600
COUNT: Final = "Count"

CrmAction = Literal["created", "updated", "dry_run", "left_converted", "skipped", "quarantined", "missing"]
METRIC_FOR: Final[Mapping[CrmAction, str]] = {
    "created": "CrmLeadsCreated",
    "updated": "CrmLeadsUpdated",
    "dry_run": "CrmDryRuns",
    "left_converted": "CrmSkipped",
    "skipped": "CrmSkipped",
    "quarantined": "CrmQuarantined",
}


class CrmSyncSettings(BaseModel):
    """SalesforceLeadFunction's configuration, read and validated once per cold start."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    idempotency_table: Annotated[str, Field(min_length=1)]
    secret_name: str = ""
    min_tier: Tier = "warm"
    # Salesforce API name (custom external-id fields end in __c); it becomes part of a REST path.
    external_id_field: Annotated[str, Field(pattern=r"^[A-Za-z][A-Za-z0-9_]{0,79}$")] | None = None
    lead_source: Annotated[str, Field(min_length=1, max_length=255)] = DEFAULT_LEAD_SOURCE

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Self:
        env = os.environ if env is None else env
        raw = {
            "idempotency_table": env.get("IDEMPOTENCY_TABLE", "").strip(),
            "secret_name": env.get("SALESFORCE_SECRET_NAME", "").strip(),
            "min_tier": env.get("CRM_MIN_TIER", "").strip().lower() or None,
            "external_id_field": env.get("SALESFORCE_EXTERNAL_ID_FIELD", "").strip() or None,
            "lead_source": env.get("SALESFORCE_LEAD_SOURCE", "").strip() or None,
        }
        try:
            return cls.model_validate({k: v for k, v in raw.items() if v is not None})
        except ValidationError as exc:
            fields = ", ".join(".".join(map(str, e["loc"])) for e in exc.errors())
            raise ConfigError(f"invalid SalesforceLeadFunction settings: {fields}") from exc


@dataclass(frozen=True)
class CrmOutcome:
    """What happened to one lead record; also what the idempotency table stores for repeats."""

    action: CrmAction
    key: str
    session_id: str | None = None
    tier: Tier | None = None
    lead_id: str | None = None
    outbox_key: str | None = None
    quarantine_key: str | None = None
    reason: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {name: value for name, value in asdict(self).items() if value is not None}


def session_id_of(key: str) -> str:
    """The session id a leads/.../<session_id>.json key names: the log correlation id."""
    return key.rsplit("/", 1)[-1].removesuffix(".json")[:128]


def link_key(session_id: str) -> str:
    """Where the Lead a session became is remembered, so a rescore updates it instead of adding one."""
    return f"{LINKS_PREFIX}{session_id}.json"


class CrmSyncService:
    """The application service behind SalesforceLeadFunction."""

    def __init__(
        self,
        *,
        store: ObjectStore,
        sink: LeadSink,
        once: Once,
        metrics: MetricsSink,
        min_tier: Tier = "warm",
        lead_source: str = DEFAULT_LEAD_SOURCE,
    ) -> None:
        self._store = store
        self._sink = sink
        self._once = once
        self._metrics = metrics
        self._min_tier = min_tier
        self._lead_source = lead_source

    def start_invocation(self, context: Any) -> None:
        self._once.register_lambda_context(context)

    def sync(self, ref: ObjectRef) -> dict[str, Any]:
        """Sync one lead record. Bad input is quarantined and returned as such; transient errors raise."""
        if not (ref.key.startswith(LEADS_PREFIX) and ref.key.endswith(".json")):
            return self._quarantine(ref, "unexpected_key: not a leads/*.json object")
        # Always the latest version: a late or reordered event then lands on an already-synced ETag.
        try:
            stored = self._store.read(ObjectRef(bucket=ref.bucket, key=ref.key), max_bytes=MAX_LEAD_BYTES)
        except ObjectMissing:
            logger.warning("lead record missing", key=ref.key)
            return CrmOutcome(action="missing", key=ref.key).as_dict()
        except BadInput as exc:
            return self._quarantine(ref, exc.reason)
        return self._once.run(stored.ref.identity(), lambda: self._sync(stored.ref, stored.body))

    def _sync(self, ref: ObjectRef, body: bytes) -> dict[str, Any]:
        try:
            record = parse_document(body, LeadRecord)
        except BadInput as exc:
            return self._quarantine(ref, exc.reason)
        if ref.key.rsplit("/", 1)[-1] != f"{record.session_id}.json":
            return self._quarantine(ref, "session_id_mismatch: the record's session id is not its file name")
        if not meets_min_tier(record.tier, self._min_tier):
            logger.info("lead below the CRM minimum tier, skipped", session_id=record.session_id,
                        tier=record.tier, min_tier=self._min_tier)
            return self._count(CrmOutcome(action="skipped", key=ref.key, session_id=record.session_id,
                                          tier=record.tier, reason=f"tier below {self._min_tier}"))

        request = LeadSave(
            session_id=record.session_id,
            payload=lead_payload(record, lead_source=self._lead_source),
            source=ObjectLocation(ref.bucket, ref.key),
            known_lead_id=self._known_lead_id(ref.bucket, record.session_id),
        )
        try:
            saved = self._sink.save(request)
        except CrmRejected as exc:
            return self._quarantine(ref, exc.reason, record)
        if saved.lead_id and saved.lead_id != request.known_lead_id:
            self._store.put_json(ref.bucket, link_key(record.session_id),
                                 {"session_id": record.session_id, "lead_id": saved.lead_id})
        logger.info("lead synced to the CRM", session_id=record.session_id, action=saved.action,
                    tier=record.tier, lead_id=saved.lead_id, outbox_key=saved.outbox_key)
        return self._count(CrmOutcome(action=saved.action, key=ref.key, session_id=record.session_id,
                                      tier=record.tier, lead_id=saved.lead_id, outbox_key=saved.outbox_key))

    def _known_lead_id(self, bucket: str, session_id: str) -> str | None:
        try:
            link = ObjectRef(bucket=bucket, key=link_key(session_id))
            stored = self._store.read(link, max_bytes=MAX_LINK_BYTES)
        except ObjectMissing:
            return None
        except BadInput:
            logger.warning("oversized CRM link ignored", link_key=link_key(session_id))
            return None
        try:
            lead_id = json.loads(stored.body)["lead_id"]
        except (ValueError, KeyError, TypeError):
            logger.warning("unreadable CRM link ignored", link_key=link_key(session_id))
            return None
        return lead_id if isinstance(lead_id, str) and lead_id else None

    def _quarantine(self, ref: ObjectRef, reason: str, record: LeadRecord | None = None) -> dict[str, Any]:
        target = self._store.quarantine(ref, reason)
        logger.error("lead record quarantined, not retried", key=ref.key, quarantine_key=target,
                     reason=reason)
        return self._count(CrmOutcome(
            action="quarantined", key=ref.key, quarantine_key=target, reason=reason,
            session_id=record.session_id if record else None, tier=record.tier if record else None,
        ))

    def _count(self, outcome: CrmOutcome) -> dict[str, Any]:
        self._metrics.add_metric(name=METRIC_FOR[outcome.action], unit=COUNT, value=1)
        return outcome.as_dict()


def build_crm_sync_service(
    settings: CrmSyncSettings,
    *,
    metrics: MetricsSink,
    s3_client: Any | None = None,
    dynamodb_client: Any | None = None,
    sink: LeadSink | None = None,
    salesforce_http: Any | None = None,
) -> CrmSyncService:
    """Real adapters from settings; every argument after `metrics` overrides one of them (tests, demo)."""
    from postcall.adapters.idempotency import DynamoDbOnce
    from postcall.adapters.s3 import build_object_store

    store = build_object_store(s3_client)
    if dynamodb_client is None:
        import boto3

        # From boto3's default session, shared with S3: Powertools would build a new session (~50 ms cold).
        dynamodb_client = boto3.client("dynamodb")
    if sink is None:
        from postcall.adapters.salesforce import build_lead_sink

        sink = build_lead_sink(secret_name=settings.secret_name, store=store,
                               external_id_field=settings.external_id_field, http=salesforce_http)
    return CrmSyncService(
        store=store,
        sink=sink,
        # Keyed on bucket, key and ETag: S3 redelivers for hours and Lambda retries for up to 6 h.
        once=DynamoDbOnce(settings.idempotency_table, scope="SalesforceLead.sync", ttl_seconds=7 * DAY,
                          client=dynamodb_client),
        metrics=metrics,
        min_tier=settings.min_tier,
        lead_source=settings.lead_source,
    )
