"""Replay calls through the pipeline: upload, deliver each S3 notification to its function, follow the chain.

Everything reported is read back from the embedded AWS afterwards (object versions written, SNS messages
received on a subscribed queue, messages on the on-failure queues) or is an exception a handler raised.
"""

from __future__ import annotations

import json
import os
import time
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import unquote_plus

from aws_lambda_powertools.utilities import parameters

from scripts.demo.aws import Stack, create_stack, moto_server, offline_aws_env
from scripts.demo.calls import DemoInput
from scripts.demo.lambda_host import FunctionHost, fresh_loggers
from scripts.demo.observe import SalesforceWrite, SalesforceWrites
from scripts.demo.template import Template, samconfig_overrides, samconfig_stack_name
from scripts.demo.wiring import FunctionSpec, S3Trigger, Wiring, function_specs, wire

ALERT_TOPIC = "HotLeadTopic"
OPENAI_KEY_ENV = "OPENAI_API_KEY"
# Settings the user's shell may override in the functions' environment, as `sam local --env-vars` would.
USER_OVERRIDABLE = ("OPENAI_BASE_URL", "OPENAI_MODEL", "OPENAI_TIMEOUT_SECONDS", "CRM_MIN_TIER", "LOG_LEVEL")


@dataclass(frozen=True)
class ObjectVersion:
    bucket: str
    key: str
    version_id: str
    etag: str
    last_modified: str


@dataclass(frozen=True)
class ObjectWrite:
    """One ObjectCreated notification: a write that happened (its version is matched up at the end)."""

    bucket: str
    key: str
    etag: str


@dataclass(frozen=True)
class TopicMessage:
    topic_id: str
    subject: str
    body: str
    attributes: dict[str, str]


@dataclass
class Delivery:
    """One invocation of a function with one notification (a duplicate or a retry is another one)."""

    function_id: str
    call_id: str
    key: str
    etag: str
    copy: int
    attempt: int
    seconds: float = 0.0
    result: Any = None
    error: str | None = None
    final: bool = False  # no retry follows this attempt
    objects: list[ObjectWrite] = field(default_factory=list)
    messages: list[TopicMessage] = field(default_factory=list)
    salesforce_writes: list[SalesforceWrite] = field(default_factory=list)


@dataclass(frozen=True)
class DemoOptions:
    root: Path
    data_dir: Path
    duplicates: int = 1
    parameter_overrides: Mapping[str, str] = field(default_factory=dict)
    user_env: Mapping[str, str] = field(default_factory=dict)  # the shell's environment
    log_path: Path | None = None
    region: str = "us-east-1"


@dataclass
class DemoRun:
    """Everything the report needs, read while the embedded AWS was still up."""

    inputs: list[DemoInput]
    deliveries: list[Delivery]
    bodies: dict[ObjectVersion, bytes]
    metadata: dict[ObjectVersion, dict[str, str]]
    owner: dict[ObjectVersion, str]  # object version -> call id it came from
    end_state: list[ObjectVersion]  # every object version in the buckets at the end
    dead_letters: dict[str, int]  # on-failure queue -> messages waiting
    llm_mode: str
    crm_mode: str
    notes: list[str]
    seconds: float


class Pipeline:
    """Delivers notifications to function hosts and records what each delivery did."""

    def __init__(self, stack: Stack, wiring: Wiring, hosts: Mapping[str, FunctionHost], *, duplicates: int,
                 progress: TextIO | None = None, salesforce: SalesforceWrites | None = None) -> None:
        self.stack = stack
        self.wiring = wiring
        self.hosts = hosts
        self.duplicates = max(1, duplicates)
        self.progress = progress
        self.salesforce = salesforce or SalesforceWrites()
        self.deliveries: list[Delivery] = []
        self.writes: list[tuple[ObjectWrite, str]] = []  # every write seen, in order, with its call id
        self._key_owner: dict[str, str] = {}
        self._s3 = stack.client("s3")
        self._sqs = stack.client("sqs")
        self._buckets = [r.physical_id for r in stack.created.values() if r.type == "AWS::S3::Bucket"]

    def upload(self, item: DemoInput) -> None:
        trigger = next((t for t in self._triggers() if t.matches(item.key)), None)
        if trigger is None:
            raise ValueError(f"no function in the template takes {item.key}")
        self._key_owner[item.key] = item.call_id
        self._s3.put_object(Bucket=self.stack.physical_id(trigger.bucket_id), Key=item.key, Body=item.body)
        self.writes += [(write, item.call_id) for write in self._observed_writes()]

    def run(self, inputs: list[DemoInput]) -> None:
        for index, item in enumerate(inputs, start=1):
            started = time.monotonic()
            self.upload(item)
            self.pump()
            if self.progress is not None:
                print(f"[{index}/{len(inputs)}] {item.call_id} done in {time.monotonic() - started:.2f}s",
                      file=self.progress, flush=True)

    def pump(self) -> None:
        """Deliver every waiting notification (each `duplicates` times) until the chain comes to rest."""
        while True:
            delivered = False
            for url, trigger in self.wiring.notification_queues.items():
                for message in self._receive(url):
                    event = json.loads(message["Body"])
                    if event.get("Event") == "s3:TestEvent":
                        continue
                    event = complete_s3_event(event, self._s3)
                    for copy in range(1, self.duplicates + 1):
                        self.deliver(trigger, event, copy)
                    delivered = True
            if not delivered:
                return

    def deliver(self, trigger: S3Trigger, event: dict[str, Any], copy: int) -> None:
        """Invoke as Lambda does for an async event: retry on error, then the on-failure destination."""
        host = self.hosts[trigger.function_id]
        s3_object = event["Records"][0]["s3"]["object"]
        key, etag = unquote_plus(s3_object["key"]), str(s3_object.get("eTag", ""))
        call_id = self._key_owner.get(key, Path(key).stem)
        for attempt in range(host.spec.max_retries + 1):
            delivery = Delivery(trigger.function_id, call_id, key, etag, copy, attempt + 1)
            writes_before = len(self.salesforce.writes)
            started = time.monotonic()
            try:
                delivery.result = host.invoke(event)
            except Exception as exc:  # what Lambda does with an unhandled error: record, retry, DLQ
                delivery.error = f"{trigger.function_id} {key}: {type(exc).__name__}: {str(exc)[:300]}"
            delivery.seconds = time.monotonic() - started
            delivery.objects = self._observed_writes()
            delivery.messages = self._drain_topics()
            delivery.salesforce_writes = self.salesforce.writes[writes_before:]
            for write in delivery.objects:
                self.writes.append((write, call_id))
                self._key_owner.setdefault(write.key, call_id)
            delivery.final = delivery.error is None or attempt == host.spec.max_retries
            self.deliveries.append(delivery)
            if delivery.error is None:
                return
        self._send_to_on_failure(host.spec, event, delivery)

    def owners(self, end_state: Iterable[ObjectVersion]) -> dict[ObjectVersion, str]:
        """Pair each object version with the write that made it (per key, in order) and so with its call."""
        by_key: dict[tuple[str, str], list[ObjectVersion]] = defaultdict(list)
        for version in sorted(end_state, key=lambda v: v.last_modified):
            by_key[(version.bucket, version.key)].append(version)
        owners: dict[ObjectVersion, str] = {}
        for write, call_id in self.writes:
            versions = by_key.get((write.bucket, write.key))
            if versions:
                owners[versions.pop(0)] = call_id
        return owners

    def _observed_writes(self) -> list[ObjectWrite]:
        writes = []
        for message in self._receive(self.wiring.observer_queue):
            for record in json.loads(message["Body"]).get("Records", []):
                s3 = record["s3"]
                writes.append(ObjectWrite(s3["bucket"]["name"], unquote_plus(s3["object"]["key"]),
                                          str(s3["object"].get("eTag", ""))))
        return writes

    def snapshot(self) -> set[ObjectVersion]:
        versions: set[ObjectVersion] = set()
        for bucket in self._buckets:
            for page in self._s3.get_paginator("list_object_versions").paginate(Bucket=bucket):
                versions.update(
                    ObjectVersion(bucket, v["Key"], v["VersionId"], v["ETag"].strip('"'),
                                  v["LastModified"].isoformat())
                    for v in page.get("Versions", [])
                )
        return versions

    def _triggers(self) -> Iterable[S3Trigger]:
        return self.wiring.notification_queues.values()

    def _receive(self, url: str) -> list[dict[str, Any]]:
        """Everything waiting on the queue (moto delivers notifications synchronously, so no waiting)."""
        received: list[dict[str, Any]] = []
        while messages := self._sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10).get("Messages", []):
            for message in messages:
                self._sqs.delete_message(QueueUrl=url, ReceiptHandle=message["ReceiptHandle"])
            received += messages
        return received

    def _drain_topics(self) -> list[TopicMessage]:
        received: list[TopicMessage] = []
        for topic_id, url in self.wiring.topic_queues.items():
            for message in self._receive(url):
                envelope = json.loads(message["Body"])
                attributes = {name: str(value.get("Value")) for name, value in
                              envelope.get("MessageAttributes", {}).items()}
                received.append(TopicMessage(topic_id, envelope.get("Subject") or "",
                                             envelope.get("Message", ""), attributes))
        return received

    def _send_to_on_failure(self, spec: FunctionSpec, event: Mapping[str, Any], last: Delivery) -> None:
        """The record Lambda sends to an SQS on-failure destination after the last retry."""
        if not spec.on_failure_arn:
            return
        url = self.stack.queue_url_for_arn(spec.on_failure_arn)
        if url is None:
            return
        record = {
            "requestContext": {"functionArn": spec.arn, "condition": "RetriesExhausted",
                               "approximateInvokeCount": last.attempt},
            "requestPayload": event,
            "responseContext": {"statusCode": 200, "executedVersion": "$LATEST",
                                "functionError": "Unhandled"},
            "responsePayload": {"errorMessage": last.error},
        }
        self._sqs.send_message(QueueUrl=url, MessageBody=json.dumps(record))


def complete_s3_event(event: dict[str, Any], s3: Any) -> dict[str, Any]:
    """Add the record fields real S3 sends and moto leaves out (Powertools' S3Model requires some)."""
    for record in event.get("Records", []):
        record.setdefault("userIdentity", {"principalId": "AWS:DEMOUSER"})
        record.setdefault("requestParameters", {"sourceIPAddress": "127.0.0.1"})
        record.setdefault("responseElements", {"x-amz-request-id": "DEMO", "x-amz-id-2": "DEMO"})
        bucket, obj = record["s3"]["bucket"], record["s3"]["object"]
        bucket.setdefault("ownerIdentity", {"principalId": "DEMOOWNER"})
        obj.setdefault("sequencer", f"{time.time_ns():X}")
        if "versionId" not in obj:
            key = unquote_plus(obj["key"])
            versions = s3.list_object_versions(Bucket=bucket["name"], Prefix=key).get("Versions", [])
            match = [v for v in versions if v["Key"] == key and v["ETag"].strip('"') == obj.get("eTag")
                     and v["VersionId"] != "null"]
            if match:
                obj["versionId"] = max(match, key=lambda v: v["LastModified"])["VersionId"]
    return event


def lambda_runtime_env(spec: FunctionSpec, base: Mapping[str, str],
                       user_env: Mapping[str, str]) -> dict[str, str]:
    """What Lambda (as `sam local invoke` emulates it) sets for a function, then the template's variables."""
    env = dict(base)
    env.update({
        "AWS_LAMBDA_FUNCTION_NAME": spec.name,
        "AWS_LAMBDA_FUNCTION_VERSION": "$LATEST",
        "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": str(spec.memory_mb),
        "AWS_LAMBDA_FUNCTION_TIMEOUT": str(spec.timeout_seconds),
        "AWS_LAMBDA_LOG_GROUP_NAME": f"/aws/lambda/{spec.name}",
        "AWS_EXECUTION_ENV": f"AWS_Lambda_{spec.runtime}",
        "LAMBDA_TASK_ROOT": str(spec.code_dir),
        "AWS_SAM_LOCAL": "true",  # as under `sam local invoke`: Powertools Tracer stays off (no X-Ray daemon)
    })
    env.update(spec.environment)
    env.update({name: user_env[name] for name in USER_OVERRIDABLE
                if name in spec.environment and user_env.get(name)})
    return env


def configure_secrets(stack: Stack, specs: Mapping[str, FunctionSpec], user_env: Mapping[str, str]
                      ) -> tuple[str, str]:
    """Create the OpenAI and Salesforce secrets in the embedded AWS only when the user provides them."""
    secrets = stack.client("secretsmanager")
    names = {name: spec.environment[name] for spec in specs.values()
             for name in ("OPENAI_SECRET_NAME", "SALESFORCE_SECRET_NAME") if spec.environment.get(name)}
    llm_mode = "rules only (set OPENAI_API_KEY or OPENAI_BASE_URL to score with an LLM)"
    key, base_url = user_env.get(OPENAI_KEY_ENV), user_env.get("OPENAI_BASE_URL")
    if key and "OPENAI_SECRET_NAME" in names:
        secrets.create_secret(Name=names["OPENAI_SECRET_NAME"], SecretString=key)
        llm_mode = (f"LLM via {base_url or 'api.openai.com'}: OPENAI_API_KEY stored in the embedded "
                    f"Secrets Manager as {names['OPENAI_SECRET_NAME']}, where the function reads it")
    elif base_url:
        llm_mode = f"LLM via {base_url} with no key (a local OpenAI-compatible server)"
    crm_mode = "dry run (set SALESFORCE_SECRET_JSON or SALESFORCE_SECRET_FILE to create real Leads)"
    secret_json = user_env.get("SALESFORCE_SECRET_JSON")
    if not secret_json and user_env.get("SALESFORCE_SECRET_FILE"):
        secret_json = Path(user_env["SALESFORCE_SECRET_FILE"]).read_text()
    if secret_json and "SALESFORCE_SECRET_NAME" in names:
        json.loads(secret_json)  # fail here, not in the function, on a typo
        secrets.create_secret(Name=names["SALESFORCE_SECRET_NAME"], SecretString=secret_json)
        crm_mode = ("Salesforce (secret stored in the embedded Secrets Manager as "
                    f"{names['SALESFORCE_SECRET_NAME']})")
    return llm_mode, crm_mode


def run_demo(options: DemoOptions, inputs: list[DemoInput], *, progress: TextIO | None = None) -> DemoRun:
    started = time.monotonic()
    samconfig = options.root / "samconfig.toml"
    overrides = {**samconfig_overrides(samconfig), **options.parameter_overrides}
    template = Template.from_file(options.root / "template.yaml", region=options.region,
                                  stack_name=samconfig_stack_name(samconfig) or "postcall-demo",
                                  parameter_overrides=overrides)
    log_path = options.log_path or options.root / ".demo" / "functions.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("w") as log, moto_server() as endpoint, offline_aws_env(endpoint, template.region):
        # New containers: no secret or client cached by an earlier run (and its server) survives.
        parameters.clear_caches()
        stack = create_stack(template, endpoint)
        specs = function_specs(template, options.root)
        wiring = wire(stack, specs)
        llm_mode, crm_mode = configure_secrets(stack, specs, options.user_env)
        base_env = dict(os.environ)
        for name in (OPENAI_KEY_ENV, "SALESFORCE_SECRET_JSON", "SALESFORCE_SECRET_FILE"):
            base_env.pop(name, None)  # functions read secrets from Secrets Manager, as deployed
        hosts = {logical_id: FunctionHost(spec, lambda_runtime_env(spec, base_env, options.user_env), log)
                 for logical_id, spec in specs.items()}
        salesforce = SalesforceWrites()
        pipeline = Pipeline(stack, wiring, hosts, duplicates=options.duplicates, progress=progress,
                            salesforce=salesforce)
        services = [spec.environment.get("POWERTOOLS_SERVICE_NAME", "service_undefined")
                    for spec in specs.values()]
        with salesforce.observing(), fresh_loggers(services):
            pipeline.run(inputs)
        end_state = pipeline.snapshot()
        s3 = stack.client("s3")
        bodies: dict[ObjectVersion, bytes] = {}
        metadata: dict[ObjectVersion, dict[str, str]] = {}
        for version in end_state:
            if version.key.startswith("sessions/"):
                continue
            response = s3.get_object(Bucket=version.bucket, Key=version.key, VersionId=version.version_id)
            bodies[version] = response["Body"].read()
            metadata[version] = dict(response.get("Metadata", {}))
        dead_letters = _dead_letter_depths(stack, specs)
        notes = [f"not emulated: {logical_id} ({kind})" for logical_id, kind in sorted(stack.skipped.items())
                  if kind.startswith(("AWS::SNS::Subscription",))]
    return DemoRun(inputs, pipeline.deliveries, bodies, metadata, pipeline.owners(end_state), sorted(
        end_state, key=lambda v: (v.key, v.last_modified)), dead_letters, llm_mode, crm_mode, notes,
        time.monotonic() - started)


def _dead_letter_depths(stack: Stack, specs: Mapping[str, FunctionSpec]) -> dict[str, int]:
    sqs = stack.client("sqs")
    depths: dict[str, int] = {}
    for spec in specs.values():
        url = stack.queue_url_for_arn(spec.on_failure_arn) if spec.on_failure_arn else None
        if url:
            depth = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["ApproximateNumberOfMessages"])
            depths[url.rsplit("/", 1)[-1]] = int(depth["Attributes"]["ApproximateNumberOfMessages"])
    return depths

