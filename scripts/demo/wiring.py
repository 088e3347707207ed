"""Wire the template's S3 triggers and SNS topics to demo SQS queues that the runner reads.

moto delivers S3 -> SQS and SNS -> SQS for real, but S3 -> Lambda needs Docker; so each S3 event
of a function gets a queue with the same bucket, event types and prefix/suffix filter, and the
runner invokes the function that the template wires to it.
"""

from __future__ import annotations

import fnmatch
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scripts.demo.aws import Stack
from scripts.demo.template import Template

FUNCTION_TYPES = ("AWS::Serverless::Function",)
DEFAULT_ASYNC_RETRIES = 2  # Lambda retries a failed asynchronous invocation twice


@dataclass(frozen=True)
class S3Trigger:
    """One S3 event source of a function: bucket, event types and key filter."""

    function_id: str
    name: str
    bucket_id: str
    events: tuple[str, ...]
    prefix: str = ""
    suffix: str = ""

    def matches(self, key: str, event: str = "s3:ObjectCreated:Put") -> bool:
        return key.startswith(self.prefix) and key.endswith(self.suffix) and any(
            fnmatch.fnmatchcase(event, pattern) for pattern in self.events
        )

    def overlaps(self, other: S3Trigger) -> bool:
        """S3 refuses two configurations whose event types and key filters overlap."""
        same_events = any(
            fnmatch.fnmatchcase(a, b) or fnmatch.fnmatchcase(b, a) for a in self.events for b in other.events
        )
        prefixes = self.prefix.startswith(other.prefix) or other.prefix.startswith(self.prefix)
        suffixes = self.suffix.endswith(other.suffix) or other.suffix.endswith(self.suffix)
        return self.bucket_id == other.bucket_id and same_events and prefixes and suffixes


@dataclass(frozen=True)
class FunctionSpec:
    """A function as the template declares it, with Globals applied and intrinsics resolved."""

    logical_id: str
    name: str
    arn: str
    handler: str
    code_dir: Path
    environment: dict[str, str]
    timeout_seconds: int
    memory_mb: int
    runtime: str
    max_retries: int
    on_failure_arn: str | None
    triggers: tuple[S3Trigger, ...]


@dataclass
class Wiring:
    """Queue URLs the runner polls: S3 notifications per trigger, and messages per SNS topic."""

    notification_queues: dict[str, S3Trigger] = field(default_factory=dict)  # queue url -> trigger
    topic_queues: dict[str, str] = field(default_factory=dict)  # topic logical id -> queue url
    observer_queue: str = ""  # every object written to any bucket: how the demo sees each effect


def function_specs(template: Template, root: Path) -> dict[str, FunctionSpec]:
    specs: dict[str, FunctionSpec] = {}
    triggers = _s3_triggers(template)
    for logical_id in template.resources_of_type(*FUNCTION_TYPES):
        invoke_config = template.resolve(template.function_property(logical_id, "EventInvokeConfig", {}))
        on_failure = invoke_config.get("DestinationConfig", {}).get("OnFailure", {})
        dead_letter = template.resolve(template.function_property(logical_id, "DeadLetterQueue", {}))
        on_failure_arn = on_failure.get("Destination") if on_failure.get("Type", "SQS") == "SQS" else None
        if on_failure_arn is None and dead_letter.get("Type") == "SQS":
            on_failure_arn = dead_letter.get("TargetArn")
        code_uri = template.resolve(template.function_property(logical_id, "CodeUri", "."))
        specs[logical_id] = FunctionSpec(
            logical_id=logical_id,
            name=str(template.refs[logical_id]),
            arn=str(template.attributes[logical_id]["Arn"]),
            handler=str(template.resolve(template.function_property(logical_id, "Handler"))),
            code_dir=(root / str(code_uri)).resolve(),
            environment=template.function_environment(logical_id),
            timeout_seconds=int(template.resolve(template.function_property(logical_id, "Timeout", 3))),
            memory_mb=int(template.resolve(template.function_property(logical_id, "MemorySize", 128))),
            runtime=str(template.resolve(template.function_property(logical_id, "Runtime", "python3.13"))),
            max_retries=int(invoke_config.get("MaximumRetryAttempts", DEFAULT_ASYNC_RETRIES)),
            on_failure_arn=on_failure_arn,
            triggers=tuple(t for t in triggers if t.function_id == logical_id),
        )
    return specs


def _s3_triggers(template: Template) -> list[S3Trigger]:
    """S3 events of SAM functions, plus LambdaConfigurations declared on buckets directly."""
    found: list[S3Trigger] = []
    for logical_id, resource in template.resources_of_type(*FUNCTION_TYPES).items():
        for name, event in resource.get("Properties", {}).get("Events", {}).items():
            if event.get("Type") != "S3":
                continue
            properties = event.get("Properties", {})
            found.append(_trigger(template, logical_id, name, _logical_ref(properties["Bucket"]),
                                  properties.get("Events", []), properties.get("Filter", {})))
    for bucket_id, bucket in template.resources_of_type("AWS::S3::Bucket").items():
        configs = bucket.get("Properties", {}).get("NotificationConfiguration", {})
        for index, config in enumerate(configs.get("LambdaConfigurations", [])):
            function_id = _logical_ref(config["Function"])
            found.append(_trigger(template, function_id, f"{bucket_id}Lambda{index}", bucket_id,
                                  config.get("Event", []), config.get("Filter", {})))
    return found


def _trigger(template: Template, function_id: str, name: str, bucket_id: str, events: Any,
             key_filter: Any) -> S3Trigger:
    resolved_events = template.resolve(events)
    rules = template.resolve(key_filter).get("S3Key", {}).get("Rules", [])
    by_name = {str(rule["Name"]).lower(): str(rule["Value"]) for rule in rules}
    return S3Trigger(
        function_id=function_id,
        name=name,
        bucket_id=bucket_id,
        events=tuple([resolved_events] if isinstance(resolved_events, str) else resolved_events),
        prefix=by_name.get("prefix", ""),
        suffix=by_name.get("suffix", ""),
    )


def _logical_ref(value: Any) -> str:
    """The logical id behind `!Ref X` or `!GetAtt X.Arn` (SAM requires the bucket in the template)."""
    if isinstance(value, dict) and "Ref" in value:
        return str(value["Ref"])
    if isinstance(value, dict) and "Fn::GetAtt" in value:
        return str(value["Fn::GetAtt"][0])
    raise ValueError(f"expected !Ref or !GetAtt to a resource of this template, got {value!r}")


def wire(stack: Stack, specs: dict[str, FunctionSpec]) -> Wiring:
    """Create one notification queue per S3 trigger and one subscriber queue per SNS topic."""
    wiring = Wiring()
    sqs, s3, sns = stack.client("sqs"), stack.client("s3"), stack.client("sns")
    per_bucket: dict[str, list[dict[str, Any]]] = defaultdict(list)
    triggers = [trigger for spec in specs.values() for trigger in spec.triggers]
    for index, trigger in enumerate(triggers):
        for other in triggers[index + 1:]:
            if trigger.overlaps(other):
                raise ValueError(f"S3 would reject overlapping notifications {trigger.name} and {other.name}")
        url = sqs.create_queue(QueueName=f"demo-s3-{trigger.function_id}-{trigger.name}"[:80])["QueueUrl"]
        arn = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
        rules = [{"Name": name, "Value": value}
                 for name, value in (("prefix", trigger.prefix), ("suffix", trigger.suffix)) if value]
        config: dict[str, Any] = {"Id": trigger.name, "QueueArn": arn, "Events": list(trigger.events)}
        if rules:
            config["Filter"] = {"Key": {"FilterRules": rules}}
        per_bucket[stack.physical_id(trigger.bucket_id)].append(config)
        wiring.notification_queues[url] = trigger
    # The demo's own witness of every write. Real S3 would refuse this overlap; moto takes it, and it is
    # much cheaper than listing the bucket around each invocation.
    wiring.observer_queue = sqs.create_queue(QueueName="demo-s3-observer")["QueueUrl"]
    observer_arn = sqs.get_queue_attributes(QueueUrl=wiring.observer_queue,
                                            AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
    for resource in stack.created.values():
        if resource.type == "AWS::S3::Bucket":
            per_bucket[resource.physical_id].append(
                {"Id": "demo-observer", "QueueArn": observer_arn, "Events": ["s3:ObjectCreated:*"]})
    for bucket, configs in per_bucket.items():
        s3.put_bucket_notification_configuration(
            Bucket=bucket, NotificationConfiguration={"QueueConfigurations": configs}
        )
    for logical_id, resource in stack.created.items():
        if resource.type != "AWS::SNS::Topic":
            continue
        url = sqs.create_queue(QueueName=f"demo-sns-{logical_id}"[:80])["QueueUrl"]
        arn = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
        sns.subscribe(TopicArn=resource.physical_id, Protocol="sqs", Endpoint=arn)
        wiring.topic_queues[logical_id] = url
    _drain_test_events(stack, wiring)
    return wiring


def _drain_test_events(stack: Stack, wiring: Wiring) -> None:
    """S3 sends an s3:TestEvent when a notification is configured: not a call, drop it."""
    sqs = stack.client("sqs")
    for url in [*wiring.notification_queues, wiring.observer_queue]:
        while messages := sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10).get("Messages", []):
            for message in messages:
                sqs.delete_message(QueueUrl=url, ReceiptHandle=message["ReceiptHandle"])
