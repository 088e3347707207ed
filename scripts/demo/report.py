"""What a person reads after `make demo`: per call, a summary, and one JSON line for machines."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from scripts.demo.runner import ALERT_TOPIC, DemoRun, ObjectVersion, TopicMessage

LEADS_PREFIX: Final = "leads/"
OUTBOX_PREFIX: Final = "crm-outbox/"
QUARANTINE_PREFIX: Final = "quarantine/"
QUARANTINE_REASON: Final = "quarantine-reason"
CRM_ACTIONS: Final = ("created", "updated", "dry_run", "skipped")


@dataclass
class CallReport:
    call_id: str
    source: str
    key: str
    leads: list[dict[str, Any]] = field(default_factory=list)
    alerts: list[TopicMessage] = field(default_factory=list)
    crm: list[tuple[str, str, dict[str, Any] | None]] = field(default_factory=list)  # action, where, payload
    quarantined: list[tuple[str, str]] = field(default_factory=list)  # key, reason
    errors: list[str] = field(default_factory=list)
    retried: list[str] = field(default_factory=list)  # failed attempts that Lambda would retry


def build_reports(run: DemoRun) -> list[CallReport]:
    """Group the end state by call; every entry is one effect that happened."""
    reports = {item.call_id: CallReport(item.call_id, item.source, item.key) for item in run.inputs}

    def report_for(call_id: str) -> CallReport:
        return reports.setdefault(call_id, CallReport(call_id, "(unknown)", ""))

    for version in run.end_state:
        call = report_for(run.owner.get(version, "(unattributed)"))
        if version.key.startswith(LEADS_PREFIX):
            call.leads.append(json.loads(run.bodies[version]))
        elif version.key.startswith(OUTBOX_PREFIX):
            call.crm.append(("dry_run", version.key, json.loads(run.bodies[version])))
        elif version.key.startswith(QUARANTINE_PREFIX):
            reason = run.metadata.get(version, {}).get(QUARANTINE_REASON, "(no reason recorded)")
            call.quarantined.append((version.key, reason))
    for delivery in run.deliveries:
        call = report_for(delivery.call_id)
        call.alerts.extend(m for m in delivery.messages if m.topic_id == ALERT_TOPIC)
        if delivery.error and delivery.final:
            call.errors.append(f"{delivery.error} (attempt {delivery.attempt}, no retry left)")
        elif delivery.error:
            call.retried.append(delivery.error)
        for write in delivery.salesforce_writes:
            call.crm.append((write.action, f"Lead {write.lead_id}", None))
    for version in run.end_state:
        if version.key.startswith(LEADS_PREFIX) and _crm_skipped(run, version):
            report_for(run.owner.get(version, "(unattributed)")).crm.append(("skipped", version.key, None))
    for call in reports.values():
        if not call.leads and not call.quarantined and not call.errors:
            call.errors.append(f"{call.call_id}: no lead record and not quarantined (lost)")
    return list(reports.values())


def _crm_skipped(run: DemoRun, lead: ObjectVersion) -> bool:
    """A lead record the CRM function took and left alone: no outbox write, no Salesforce call, no error."""
    deliveries = [d for d in run.deliveries if d.key == lead.key and d.etag == lead.etag]
    if not deliveries:
        return False
    wrote = any(v.key.startswith(OUTBOX_PREFIX) for d in deliveries for v in d.objects)
    called = any(d.salesforce_writes for d in deliveries)
    return not wrote and not called and not any(d.error for d in deliveries)


def summary_json(run: DemoRun, reports: list[CallReport]) -> dict[str, Any]:
    leads: dict[str, list[str]] = {"hot": [], "warm": [], "cold": []}
    crm: dict[str, list[str]] = {action: [] for action in CRM_ACTIONS}
    alerts: list[str] = []
    quarantined: list[str] = []
    errors: list[str] = []
    for call in reports:
        for lead in call.leads:
            leads.setdefault(str(lead.get("tier")), []).append(call.call_id)
        alerts += [call.call_id] * len(call.alerts)
        for action, _, _ in call.crm:
            crm[action].append(call.call_id)
        quarantined += [key for key, _ in call.quarantined]
        errors += call.errors
    return {"sessions": len(run.inputs), "leads": leads, "alerts": alerts, "crm": crm,
            "quarantined": quarantined, "errors": errors}


def render_call(call: CallReport) -> list[str]:
    lines = [f"== {call.call_id}  ({call.source})"]
    for lead in call.leads:
        method = lead.get("method", "?")
        why = _method_reason(lead)
        tier = str(lead.get("tier", "?")).upper()
        lines.append(f"   lead       {tier:<5} score {lead.get('score', '?'):>3}   method {method} ({why})")
        if lead.get("summary"):
            lines.append(f"   summary    {lead['summary']}")
        if lead.get("next_step"):
            lines.append(f"   next step  {lead['next_step']}")
    for message in call.alerts:
        lines.append(f"   alert      Subject: {message.subject}")
        lines += [f"              {text}" for text in message.body.splitlines()]
    if call.leads and not call.alerts:
        lines.append("   alert      none (only hot leads alert sales)")
    for action, where, payload in call.crm:
        if action == "dry_run" and payload is not None:
            lines.append(f"   salesforce dry run, would send this Lead (recorded in {where}):")
            lines += [f"              {text}" for text in _payload_lines(payload, where)]
        elif action == "skipped":
            lines.append("   salesforce skipped (tier below CRM_MIN_TIER)")
        else:
            lines.append(f"   salesforce {where} {action}")
    for key, reason in call.quarantined:
        lines.append(f"   QUARANTINED {key}: {reason}")
    lines += [f"   retried    {error}" for error in call.retried]
    lines += [f"   ERROR      {error}" for error in call.errors]
    return lines


def _method_reason(lead: Mapping[str, Any]) -> str:
    if lead.get("method") == "llm":
        usage = lead.get("usage") or {}
        tokens = f"{usage.get('input_tokens', 0)}+{usage.get('output_tokens', 0)} tokens"
        return f"model {usage.get('model', '?')}, {tokens}, quotes checked against the transcript"
    return {
        "no_api_key": "no OpenAI key configured",
        "timeout": "the LLM timed out",
        "rate_limited": "the LLM was rate-limited",
        "llm_error": "the LLM call failed",
        "refusal": "the LLM refused",
        "invalid_output": "the LLM answer was invalid",
        "disabled": "LLM scoring disabled",
    }.get(str(lead.get("fallback_reason")), f"fallback: {lead.get('fallback_reason')}")


def _payload_lines(payload: Mapping[str, Any], where: str) -> list[str]:
    shown = dict(payload)
    description = str(shown.get("Description", ""))
    if description.count("\n") > 2:
        first = description.splitlines()[0]
        shown["Description"] = f"{first} [... {description.count(chr(10))} more lines, see {where}]"
    return json.dumps(shown, indent=2, ensure_ascii=False).splitlines()


def render_summary(run: DemoRun, summary: Mapping[str, Any], log_path: str) -> list[str]:
    leads, crm = summary["leads"], summary["crm"]
    return [
        "",
        f"== Summary: {summary['sessions']} session(s) in {run.seconds:.1f}s",
        f"   leads       {len(leads['hot'])} hot, {len(leads['warm'])} warm, {len(leads['cold'])} cold",
        f"   alerts      {len(summary['alerts'])} SNS message(s) to sales",
        "   salesforce  " + ", ".join(f"{len(crm[a])} {a.replace('_', ' ')}" for a in CRM_ACTIONS),
        f"   quarantined {len(summary['quarantined'])}",
        f"   errors      {len(summary['errors'])}",
        *[f"   on-failure  {queue}: {depth} message(s)" for queue, depth in run.dead_letters.items()],
        f"   scoring     {run.llm_mode}",
        f"   crm         {run.crm_mode}",
        *[f"   note        {note}" for note in run.notes],
        f"   logs        the functions' own log lines: {log_path}",
    ]

