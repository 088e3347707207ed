"""Both functions wired as template.yaml deploys them, on moto, for fault injection.

- S3 notifications are real moto notifications (sessions/*.json and leads/*.json, like the two S3 event
  sources), routed into SQS queues so a test decides when, how often and in which order they arrive.
- `invoke_async` plays Lambda's async invocation: 1 + MaximumRetryAttempts (2) attempts, then the
  OnFailure destination, an SQS DLQ message in Lambda's own format (what scripts/ops/redrive.py reads).
- OpenAI answers through a mock transport from a script; Salesforce is the `responses` fake org.
- Faults in AWS calls are raised in botocore's `before-send`, inside its retry loop: a connect timeout
  is retried by the SDK as in production; a ClientError stands for the error left once its retries are
  spent.
"""

import json
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Final, Literal

import boto3
import httpx2
import responses
from aws_lambda_powertools import Logger
from aws_lambda_powertools.utilities.parameters import SecretsProvider
from botocore.config import Config
from botocore.exceptions import ClientError, ConnectTimeoutError
from moto import mock_aws

from postcall.adapters.s3 import s3_object_refs
from postcall.adapters.salesforce import SalesforceCredentials, SalesforceLeadSink
from postcall.lead import LeadRecord
from postcall.services.crm_sync import CrmSyncService, CrmSyncSettings, build_crm_sync_service
from postcall.services.score_lead import ScoreLeadService, build_score_lead_service
from postcall.settings import ScoreLeadSettings
from scripts.ops.invoke import InvokeOutcome
from tests.fixtures.salesforce.fake_org import FakeSalesforceOrg
from tests.lambda_doubles import FakeLambdaContext, chat_completion

REGION: Final = "us-east-1"
ACCOUNT: Final = "123456789012"
BUCKET: Final = f"postcall-sessions-{ACCOUNT}"
TABLE: Final = "postcall-idempotency"
OPENAI_SECRET: Final = "postcall/openai"
MAX_RETRY_ATTEMPTS: Final = 2  # template.yaml EventInvokeConfig (checked in test_reliability_template)
SF_SECRET: Final = {"consumer_key": "3MVG9-key", "consumer_secret": "s3cr3t-consumer-value",
                    "domain": "acme.my"}
Function = Literal["score", "crm"]
FUNCTIONS: Final[tuple[Function, ...]] = ("score", "crm")


# --- OpenAI ------------------------------------------------------------------------------------------


Answer = Callable[[httpx2.Request], httpx2.Response]


class ScriptedLlm:
    """An OpenAI endpoint: answers from a queue (then the default answer), counting the requests."""

    def __init__(self, default: Answer) -> None:
        self.default = default
        self.script: deque[Answer] = deque()
        self.requests: list[dict[str, Any]] = []

    def then(self, *answers: Answer) -> "ScriptedLlm":
        self.script.extend(answers)
        return self

    def handler(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(json.loads(request.content))
        answer = self.script.popleft() if self.script else self.default
        return answer(request)

    def http_client(self) -> httpx2.Client:
        return httpx2.Client(transport=httpx2.MockTransport(self.handler))


def verdict_answer(verdict: dict[str, Any]) -> Answer:
    return lambda _: chat_completion(json.dumps(verdict))


# --- Lambda ---------------------------------------------------------------------------------------------


class LambdaKilled(BaseException):
    """The runtime ends the invocation (timeout, out of memory): no `except Exception` cleanup runs."""


@dataclass
class RecordedMetrics:
    values: dict[str, float] = field(default_factory=dict)

    def add_metric(self, name: str, unit: str, value: float) -> None:
        self.values[name] = self.values.get(name, 0) + value


# --- AWS faults ----------------------------------------------------------------------------------------


def client_error(code: str, operation: str, status: int = 400) -> ClientError:
    """What the SDK raises once its own retries are spent (or at once, for a non-retryable error)."""
    return ClientError({"Error": {"Code": code, "Message": "injected"},
                        "ResponseMetadata": {"HTTPStatusCode": status}}, operation)


def connect_timeout() -> ConnectTimeoutError:
    """The request never reached the service: the SDK retries it by itself."""
    return ConnectTimeoutError(endpoint_url="https://injected.invalid")


Operation = tuple[str, str]  # (service, operation), e.g. ("sns", "Publish")
Reply = BaseException  # raised before the request is sent, so the service never sees it


@dataclass
class _Armed:
    trigger: Operation
    target: Operation
    skip: int
    replies: deque[Reply]
    fired: bool = False


class Faults:
    """Scripted replies for the next sends of an operation, optionally only after another operation ran."""

    def __init__(self) -> None:
        self._queued: dict[Operation, deque[Reply]] = {}
        self._armed: list[_Armed] = []

    def attach(self, client: Any, service: str, operation: str) -> None:
        def before_send(**_: Any) -> None:
            # Raised, not returned: a returned reply would not stop moto from carrying out the request.
            if (reply := self._reply_for((service, operation))) is not None:
                raise reply

        client.meta.events.register(f"before-send.{service}.{operation}", before_send)

    def _reply_for(self, op: Operation) -> Reply | None:
        for armed in self._armed:
            if armed.trigger == op:
                armed.fired = True
            elif armed.fired and armed.target == op and armed.replies:
                if armed.skip:
                    armed.skip -= 1
                else:
                    return armed.replies.popleft()
        queued = self._queued.get(op)
        return queued.popleft() if queued else None

    def next(self, service: str, operation: str, *replies: Reply) -> None:
        """The next sends of the operation get these replies, in order (an exception is raised)."""
        self._queued.setdefault((service, operation), deque()).extend(replies)

    def after(self, trigger: Operation, target: Operation, *, skip: int, replies: list[Reply]) -> None:
        """Once `trigger` was sent, the `target` sends after the first `skip` get `replies`."""
        self._armed.append(_Armed(trigger, target, skip, deque(replies)))


# --- The pipeline ------------------------------------------------------------------------------------


@dataclass
class Invocation:
    function: Function
    event: dict[str, Any]
    attempts: int
    result: dict[str, Any] | None = None
    error: BaseException | None = None


@dataclass
class Pipeline:
    s3: Any
    sqs: Any
    sns: Any
    dynamodb: Any
    secrets: Any
    topic_arn: str
    inbox_url: str
    event_queues: dict[Function, str]
    dlq_urls: dict[Function, str]
    llm: ScriptedLlm
    org: FakeSalesforceOrg
    faults: Faults
    metrics: RecordedMetrics
    score: ScoreLeadService
    crm: CrmSyncService
    invocations: list[Invocation] = field(default_factory=list)
    # Lambda retries an async event after about a minute; "killed" tests wait for in-progress records
    # (which live for the invocation's remaining time) to expire.
    remaining_ms: int = 60_000
    retry_wait_s: float = 0.0

    # -- inputs --------------------------------------------------------------------------------------
    def put(self, key: str, body: bytes) -> str:
        etag: str = self.s3.put_object(Bucket=BUCKET, Key=key, Body=body)["ETag"].strip('"')
        return etag

    # -- S3 notifications ------------------------------------------------------------------------------
    def take_events(self, function: Function) -> list[dict[str, Any]]:
        """Every notification waiting for `function`, oldest first, removed from its queue."""
        events: list[dict[str, Any]] = []
        url = self.event_queues[function]
        while batch := self.sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10).get("Messages", []):
            for message in batch:
                body = json.loads(message["Body"])
                if "Records" in body:  # not s3:TestEvent
                    events.append(body)
                self.sqs.delete_message(QueueUrl=url, ReceiptHandle=message["ReceiptHandle"])
        return events

    # -- Lambda ---------------------------------------------------------------------------------------------
    def invoke(self, function: Function, event: dict[str, Any],
               context: FakeLambdaContext | None = None) -> dict[str, Any]:
        """One invocation, as the handler runs it (same calls, same order)."""
        name = "ScoreLeadFunction" if function == "score" else "SalesforceLeadFunction"
        context = context or FakeLambdaContext(name, remaining_ms=self.remaining_ms)
        if function == "score":
            self.score.start_invocation(context)
            return {"results": [self.score.score(ref) for ref in s3_object_refs(event)]}
        self.crm.start_invocation(context)
        return {"results": [self.crm.sync(ref) for ref in s3_object_refs(event)]}

    def invoke_async(self, function: Function, event: dict[str, Any]) -> Invocation:
        """Lambda's async contract: retried twice on error, then the event goes to the OnFailure DLQ."""
        record = Invocation(function, event, attempts=0)
        for _ in range(1 + MAX_RETRY_ATTEMPTS):
            record.attempts += 1
            try:
                record.result = self.invoke(function, event)
                record.error = None
                break
            except (Exception, LambdaKilled) as exc:
                record.error = exc
                if self.retry_wait_s:
                    time.sleep(self.retry_wait_s)
        if record.error is not None:
            self.sqs.send_message(QueueUrl=self.dlq_urls[function],
                                  MessageBody=json.dumps(on_failure_message(function, event, record)))
        self.invocations.append(record)
        return record

    def drain(self, *, duplicates: int = 1, reverse: bool = False) -> list[Invocation]:
        """Deliver every waiting notification (each `duplicates` times), scoring first, until none is left."""
        done: list[Invocation] = []
        while True:
            progressed = False
            for function in FUNCTIONS:
                events = self.take_events(function)
                if reverse:
                    events.reverse()
                for event in events:
                    for _ in range(duplicates):
                        done.append(self.invoke_async(function, event))
                    progressed = True
            if not progressed:
                return done

    # -- what sales, ops and the CRM see ------------------------------------------------------------------
    def keys(self, prefix: str) -> list[str]:
        pages = self.s3.get_paginator("list_objects_v2").paginate(Bucket=BUCKET, Prefix=prefix)
        return sorted(obj["Key"] for page in pages for obj in page.get("Contents", []))

    def lead(self, key: str) -> LeadRecord:
        return LeadRecord.model_validate_json(self.s3.get_object(Bucket=BUCKET, Key=key)["Body"].read())

    def versions(self, key: str) -> int:
        listed = self.s3.list_object_versions(Bucket=BUCKET, Prefix=key).get("Versions", [])
        return sum(1 for version in listed if version["Key"] == key)

    def quarantined(self) -> dict[str, str]:
        """quarantine/ key -> the reason stored with it."""
        return {key: self.s3.head_object(Bucket=BUCKET, Key=key)["Metadata"].get("quarantine-reason", "")
                for key in self.keys("quarantine/")}

    def alerts(self) -> list[dict[str, Any]]:
        """Every hot-lead message the topic delivered so far (kept, so repeated calls see them all)."""
        while batch := self.sqs.receive_message(QueueUrl=self.inbox_url, MaxNumberOfMessages=10).get(
            "Messages", []
        ):
            for message in batch:
                self._alerts.append(json.loads(message["Body"]))
                self.sqs.delete_message(QueueUrl=self.inbox_url, ReceiptHandle=message["ReceiptHandle"])
        return list(self._alerts)

    def dead_letters(self, function: Function) -> list[dict[str, Any]]:
        url = self.dlq_urls[function]
        attributes = self.sqs.get_queue_attributes(QueueUrl=url,
                                                   AttributeNames=["ApproximateNumberOfMessages"])
        count = int(attributes["Attributes"]["ApproximateNumberOfMessages"])
        messages = self.sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10, VisibilityTimeout=0)
        bodies = [json.loads(m["Body"]) for m in messages.get("Messages", [])]
        assert len(bodies) == count or count > 10
        return bodies

    def crm_creates(self) -> list[str]:
        return self.org.creates()

    _alerts: list[dict[str, Any]] = field(default_factory=list)


class InProcessInvoker:
    """scripts/ops' Invoker on the pipeline: a synchronous invocation (no Lambda retries)."""

    def __init__(self, pipeline: Pipeline, function: Function) -> None:
        self.pipeline = pipeline
        self.function = function
        self.events: list[dict[str, Any]] = []

    def invoke(self, event: dict[str, Any]) -> InvokeOutcome:
        self.events.append(event)
        try:
            self.pipeline.invoke(self.function, event)
        except Exception as exc:
            return InvokeOutcome(ok=False, detail=type(exc).__name__)
        return InvokeOutcome(ok=True)


def on_failure_message(function: Function, event: dict[str, Any], record: Invocation) -> dict[str, Any]:
    """Lambda's OnFailure destination record (AWS docs: "Capturing records of asynchronous invocations")."""
    name = "ScoreLeadFunction" if function == "score" else "SalesforceLeadFunction"
    error = record.error
    return {
        "version": "1.0",
        "timestamp": datetime.now(UTC).isoformat(),
        "requestContext": {
            "requestId": str(uuid.uuid4()),
            "functionArn": f"arn:aws:lambda:{REGION}:{ACCOUNT}:function:{name}:$LATEST",
            "condition": "RetriesExhausted",
            "approximateInvokeCount": record.attempts,
        },
        "requestPayload": event,
        "responseContext": {"statusCode": 200, "executedVersion": "$LATEST", "functionError": "Unhandled"},
        "responsePayload": {"errorMessage": str(error), "errorType": type(error).__name__},
    }


def _queue(sqs: Any, name: str) -> tuple[str, str]:
    url: str = sqs.create_queue(QueueName=name)["QueueUrl"]
    arn: str = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
    return url, arn


def _notify(prefix: str, queue_arn: str) -> dict[str, Any]:
    return {"QueueArn": queue_arn, "Events": ["s3:ObjectCreated:*"],
            "Filter": {"Key": {"FilterRules": [{"Name": "prefix", "Value": prefix},
                                                {"Name": "suffix", "Value": ".json"}]}}}


def build_services(p: Pipeline, *, score_logger: Logger | None = None) -> None:
    """(Re)build both services on the pipeline's clients: a new cold start of each function."""
    settings = ScoreLeadSettings(idempotency_table=TABLE, hot_lead_topic_arn=p.topic_arn,
                                 openai_secret_name=OPENAI_SECRET, openai_max_retries=0)
    p.score = build_score_lead_service(
        settings, metrics=p.metrics, logger=score_logger, s3_client=p.s3, sns_client=p.sns,
        dynamodb_client=p.dynamodb, secrets_provider=SecretsProvider(boto3_client=p.secrets),
        openai_http_client=p.llm.http_client(),
    )
    credentials = SalesforceCredentials.model_validate(SF_SECRET)
    sink = SalesforceLeadSink(lambda _fresh: credentials)
    p.crm = build_crm_sync_service(CrmSyncSettings(idempotency_table=TABLE), metrics=p.metrics,
                                   s3_client=p.s3, dynamodb_client=p.dynamodb, sink=sink)


@dataclass
class PipelineOptions:
    llm_default: Answer
    openai_key: bool = True
    # Fewer SDK attempts than the default, so "fails every time" tests stay fast; retries still run.
    sdk_config: Config = field(
        default_factory=lambda: Config(retries={"mode": "standard", "total_max_attempts": 3}))


def start_pipeline(options: PipelineOptions, score_logger: Logger | None = None) -> Iterator[Pipeline]:
    """A fresh account: bucket with notifications, topic with a sales inbox, table, secrets, DLQs."""
    with mock_aws():
        s3 = boto3.client("s3", region_name=REGION, config=options.sdk_config)
        sqs = boto3.client("sqs", region_name=REGION)
        sns = boto3.client("sns", region_name=REGION, config=options.sdk_config)
        dynamodb = boto3.client("dynamodb", region_name=REGION, config=options.sdk_config)
        secrets = boto3.client("secretsmanager", region_name=REGION)
        s3.create_bucket(Bucket=BUCKET)
        s3.put_bucket_versioning(Bucket=BUCKET, VersioningConfiguration={"Status": "Enabled"})
        score_url, score_arn = _queue(sqs, "score-lead-events")
        crm_url, crm_arn = _queue(sqs, "salesforce-lead-events")
        s3.put_bucket_notification_configuration(Bucket=BUCKET, NotificationConfiguration={
            "QueueConfigurations": [_notify("sessions/", score_arn), _notify("leads/", crm_arn)]})
        dynamodb.create_table(TableName=TABLE, BillingMode="PAY_PER_REQUEST",
                              AttributeDefinitions=[{"AttributeName": "id", "AttributeType": "S"}],
                              KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}])
        topic_arn = sns.create_topic(Name="HotLeadTopic")["TopicArn"]
        inbox_url, inbox_arn = _queue(sqs, "sales-inbox")
        sns.subscribe(TopicArn=topic_arn, Protocol="sqs", Endpoint=inbox_arn,
                      Attributes={"RawMessageDelivery": "false"})
        if options.openai_key:
            secrets.create_secret(Name=OPENAI_SECRET, SecretString=json.dumps({"api_key": "sk-test"}))
        score_dlq, _ = _queue(sqs, "ScoreLeadDLQ")
        crm_dlq, _ = _queue(sqs, "SalesforceLeadDLQ")
        faults = Faults()
        for service, client, operations in (
            ("sns", sns, ("Publish",)),
            ("s3", s3, ("PutObject", "GetObject", "CopyObject")),
            ("dynamodb", dynamodb, ("PutItem", "UpdateItem", "GetItem", "DeleteItem")),
            ("secretsmanager", secrets, ("GetSecretValue",)),
        ):
            for operation in operations:
                faults.attach(client, service, operation)
        org = FakeSalesforceOrg()
        with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
            org.register(rsps)
            pipeline = Pipeline(
                s3=s3, sqs=sqs, sns=sns, dynamodb=dynamodb, secrets=secrets, topic_arn=topic_arn,
                inbox_url=inbox_url, event_queues={"score": score_url, "crm": crm_url},
                dlq_urls={"score": score_dlq, "crm": crm_dlq}, llm=ScriptedLlm(options.llm_default),
                org=org, faults=faults, metrics=RecordedMetrics(),
                score=None, crm=None,  # type: ignore[arg-type]  # built just below
            )
            build_services(pipeline, score_logger=score_logger)
            pipeline.take_events("score")  # drop s3:TestEvent
            pipeline.take_events("crm")
            yield pipeline
