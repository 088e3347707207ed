"""CrmSyncService with in-memory fakes: what reaches the CRM, what is remembered, what is quarantined."""

import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest

from postcall.crm import CrmRejected, CrmUnavailable, LeadSave, SavedLead
from postcall.lead import LeadRecord
from postcall.ports import ObjectMissing, ObjectRef, ObjectTooLarge, StoredObject
from postcall.services.crm_sync import CrmSyncService, CrmSyncSettings
from postcall.settings import ConfigError

FIXTURE = Path(__file__).parents[1] / "fixtures" / "salesforce" / "lead_hot.json"
LEAD = LeadRecord.model_validate_json(FIXTURE.read_text())
KEY = f"leads/year=2026/month=11/day=03/{LEAD.session_id}.json"
LINK = f"crm-links/{LEAD.session_id}.json"


class MemoryStore:
    def __init__(self) -> None:
        self.objects: dict[str, bytes] = {}
        self.quarantined: dict[str, str] = {}

    def read(self, ref: ObjectRef, *, max_bytes: int) -> StoredObject:
        if ref.key not in self.objects:
            raise ObjectMissing("object_missing")
        body = self.objects[ref.key]
        if len(body) > max_bytes:
            raise ObjectTooLarge("object_too_large")
        etag = str(hash(body))
        return StoredObject(ref=ObjectRef(ref.bucket, ref.key, etag=etag, size=len(body)), body=body)

    def put_json(self, bucket: str, key: str, document: Mapping[str, Any]) -> None:
        self.objects[key] = json.dumps(document).encode()

    def quarantine(self, ref: ObjectRef, reason: str) -> str:
        self.quarantined[ref.key] = reason
        return f"quarantine/{ref.key}"

    def find_quarantined(self, ref: ObjectRef) -> tuple[str, str] | None:
        reason = self.quarantined.get(ref.key)
        return None if reason is None else (f"quarantine/{ref.key}", reason)


class RecordingSink:
    """Answers like a CRM that hands out ids; `fail_with` makes the next save raise."""

    def __init__(self) -> None:
        self.saves: list[LeadSave] = []
        self.fail_with: Exception | None = None

    def save(self, request: LeadSave) -> SavedLead:
        self.saves.append(request)
        if self.fail_with is not None:
            error, self.fail_with = self.fail_with, None
            raise error
        if request.known_lead_id:
            return SavedLead(action="updated", lead_id=request.known_lead_id)
        return SavedLead(action="created", lead_id=f"00Q{len(self.saves):015d}")


class MemoryOnce:
    def __init__(self) -> None:
        self.results: dict[tuple[tuple[str, str], ...], dict[str, Any]] = {}

    def run(self, key: Mapping[str, str], action: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        identity = tuple(sorted(key.items()))
        if identity not in self.results:
            self.results[identity] = action()  # an exception leaves no record, like Powertools
        return self.results[identity]

    def register_lambda_context(self, context: Any) -> None:
        return None


class Metrics:
    def __init__(self) -> None:
        self.names: list[str] = []

    def add_metric(self, name: str, unit: str, value: float) -> None:
        self.names += [name] * int(value)


class Harness:
    def __init__(self, min_tier: str = "warm") -> None:
        self.store, self.sink, self.metrics = MemoryStore(), RecordingSink(), Metrics()
        settings = CrmSyncSettings.from_env({"IDEMPOTENCY_TABLE": "t", "CRM_MIN_TIER": min_tier})
        self.service = CrmSyncService(store=self.store, sink=self.sink, once=MemoryOnce(),
                                      metrics=self.metrics, min_tier=settings.min_tier,
                                      lead_source=settings.lead_source)

    def put(self, record: LeadRecord | bytes, key: str = KEY) -> ObjectRef:
        self.store.objects[key] = record if isinstance(record, bytes) else record.model_dump_json().encode()
        return ObjectRef("bucket", key)


def test_new_lead_is_saved_and_its_id_remembered() -> None:
    h = Harness()
    result = h.service.sync(h.put(LEAD))
    assert result["action"] == "created"
    assert json.loads(h.store.objects[LINK])["lead_id"] == result["lead_id"]
    assert h.sink.saves[0].payload["LastName"] == "Ruiz"
    assert h.metrics.names == ["CrmLeadsCreated"]


def test_rescore_sends_the_remembered_lead_id() -> None:
    # Given a lead already synced once
    h = Harness()
    first = h.service.sync(h.put(LEAD))

    # When the record is overwritten by a rescore
    second = h.service.sync(h.put(LEAD.model_copy(update={"score": 70, "tier": "warm"})))

    # Then the sink is asked to update the same Lead
    assert h.sink.saves[1].known_lead_id == first["lead_id"]
    assert second == {**second, "action": "updated", "lead_id": first["lead_id"]}
    assert h.metrics.names == ["CrmLeadsCreated", "CrmLeadsUpdated"]


def test_unchanged_object_is_synced_once() -> None:
    h = Harness()
    ref = h.put(LEAD)
    results = [h.service.sync(ref) for _ in range(3)]
    assert len(h.sink.saves) == 1
    assert results[0] == results[1] == results[2]
    assert h.metrics.names == ["CrmLeadsCreated"]


@pytest.mark.parametrize(("tier", "min_tier", "saved"), [("cold", "warm", False), ("warm", "hot", False),
                                                        ("cold", "cold", True), ("warm", "warm", True)])
def test_minimum_tier(tier: str, min_tier: str, saved: bool) -> None:
    h = Harness(min_tier=min_tier)
    result = h.service.sync(h.put(LEAD.model_copy(update={"tier": tier})))
    assert bool(h.sink.saves) is saved
    assert (result["action"] == "skipped") is not saved


def test_rejection_is_quarantined_and_counted() -> None:
    h = Harness()
    h.sink.fail_with = CrmRejected("salesforce rejected the lead: REQUIRED_FIELD_MISSING on Region__c")
    result = h.service.sync(h.put(LEAD))
    assert result["action"] == "quarantined"
    assert h.store.quarantined == {KEY: "salesforce rejected the lead: REQUIRED_FIELD_MISSING on Region__c"}
    assert LINK not in h.store.objects
    assert h.metrics.names == ["CrmQuarantined"]


def test_unavailable_crm_propagates_and_the_retry_runs_again() -> None:
    h = Harness()
    ref = h.put(LEAD)
    h.sink.fail_with = CrmUnavailable("salesforce answered 503")
    with pytest.raises(CrmUnavailable):
        h.service.sync(ref)
    assert h.service.sync(ref)["action"] == "created"
    assert h.store.quarantined == {}


@pytest.mark.parametrize(
    ("key", "body", "reason"),
    [
        (KEY, b"", "invalid_json"),
        (KEY, b'{"schema_version": "9.9"}', "unsupported_schema_version"),
        (KEY, b"x" * (1024 * 1024 + 1), "object_too_large"),
        ("sessions/x.json", b"{}", "unexpected_key"),
        ("leads/year=2026/month=11/day=03/other-id.json", None, "session_id_mismatch"),
    ],
    ids=["empty", "wrong_version", "too_large", "outside_prefix", "id_mismatch"],
)
def test_bad_lead_objects_are_quarantined_without_reaching_the_crm(key: str, body: bytes | None,
                                                                   reason: str) -> None:
    h = Harness()
    result = h.service.sync(h.put(LEAD if body is None else body, key=key))
    assert result["action"] == "quarantined"
    assert h.store.quarantined[key].startswith(reason)
    assert h.sink.saves == []


def test_deleted_lead_object_is_neither_synced_nor_quarantined() -> None:
    h = Harness()
    result = h.service.sync(ObjectRef("bucket", KEY))
    assert result["action"] == "missing"
    assert h.sink.saves == [] and h.store.quarantined == {}


def test_unreadable_link_is_ignored() -> None:
    h = Harness()
    h.store.objects[LINK] = b"not json"
    h.service.sync(h.put(LEAD))
    assert h.sink.saves[0].known_lead_id is None


def test_settings_defaults_and_validation() -> None:
    settings = CrmSyncSettings.from_env({"IDEMPOTENCY_TABLE": "t"})
    assert (settings.min_tier, settings.lead_source, settings.external_id_field, settings.secret_name) == (
        "warm", "AI Voice Agent", None, "")
    assert CrmSyncSettings.from_env({"IDEMPOTENCY_TABLE": "t", "CRM_MIN_TIER": " HOT "}).min_tier == "hot"
    with pytest.raises(ConfigError, match="min_tier"):
        CrmSyncSettings.from_env({"IDEMPOTENCY_TABLE": "t", "CRM_MIN_TIER": "lukewarm"})
    with pytest.raises(ConfigError, match="external_id_field"):
        CrmSyncSettings.from_env({"IDEMPOTENCY_TABLE": "t", "SALESFORCE_EXTERNAL_ID_FIELD": "../Id"})
    with pytest.raises(ConfigError, match="idempotency_table"):
        CrmSyncSettings.from_env({})
