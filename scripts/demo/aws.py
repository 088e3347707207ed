"""An embedded AWS: a moto server on 127.0.0.1 holding the resources template.yaml declares."""

from __future__ import annotations

import json
import logging
import os
import urllib.request
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import boto3
from moto.server import ThreadedMotoServer

from scripts.demo.template import ACCOUNT_ID, Template, UnresolvedError

# Offline credentials: the demo must never reach a real account, whatever the user's profile says.
DEMO_AWS_ENV: Mapping[str, str] = {
    "AWS_ACCESS_KEY_ID": "demo",
    "AWS_SECRET_ACCESS_KEY": "demo",
    "AWS_SESSION_TOKEN": "demo",
    "AWS_DEFAULT_REGION": "us-east-1",
    "AWS_REGION": "us-east-1",
}
_UNSET_AWS_ENV = ("AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE")

# Resource types the demo creates in moto; every other resource only gets a Ref for intrinsics.
CREATED_TYPES = (
    "AWS::S3::Bucket", "AWS::SNS::Topic", "AWS::DynamoDB::Table", "AWS::SQS::Queue",
    "AWS::SNS::Subscription",
)
_SQS_ATTRIBUTES = (
    "DelaySeconds", "MaximumMessageSize", "MessageRetentionPeriod", "ReceiveMessageWaitTimeSeconds",
    "VisibilityTimeout", "RedrivePolicy", "RedriveAllowPolicy", "FifoQueue", "ContentBasedDeduplication",
    "KmsMasterKeyId", "SqsManagedSseEnabled",
)


@contextmanager
def moto_server() -> Iterator[str]:
    """A moto server on 127.0.0.1 and a free port; yields its endpoint URL."""
    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # no access log lines on the console
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    try:
        host, port = server.get_host_and_port()
        endpoint = f"http://{host}:{port}"
        # moto keeps its state per process: start from an empty account even after an earlier run.
        reset = urllib.request.Request(f"{endpoint}/moto-api/reset", method="POST")
        urllib.request.urlopen(reset, timeout=10).close()
        yield endpoint
    finally:
        server.stop()


@contextmanager
def offline_aws_env(endpoint_url: str, region: str) -> Iterator[None]:
    """Point every boto3 client in this process at the moto server, with dummy credentials."""
    saved = dict(os.environ)
    for name in _UNSET_AWS_ENV:
        os.environ.pop(name, None)
    os.environ.update(DEMO_AWS_ENV)
    os.environ.update({"AWS_DEFAULT_REGION": region, "AWS_REGION": region, "AWS_ENDPOINT_URL": endpoint_url})
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


@dataclass
class CreatedResource:
    logical_id: str
    type: str
    physical_id: str


@dataclass
class Stack:
    """What the demo created from the template, by logical id."""

    template: Template
    endpoint_url: str
    created: dict[str, CreatedResource] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)  # logical id -> type, not emulated

    def client(self, service: str) -> Any:
        return boto3.client(service, endpoint_url=self.endpoint_url, region_name=self.template.region)

    def physical_id(self, logical_id: str) -> str:
        return self.created[logical_id].physical_id

    def queue_url_for_arn(self, arn: str) -> str | None:
        for logical_id, resource in self.created.items():
            if resource.type == "AWS::SQS::Queue" and self.template.attributes[logical_id]["Arn"] == arn:
                return resource.physical_id
        return None


def physical_name(template: Template, logical_id: str, *, lowercase: bool = False, limit: int = 80) -> str:
    """A CloudFormation-style generated name: <stack>-<logical id>-<suffix>."""
    name = f"{template.stack_name}-{logical_id}-demo"[:limit]
    return name.lower() if lowercase else name


def create_stack(template: Template, endpoint_url: str) -> Stack:
    """Create every declared bucket, topic, table, queue and SQS subscription, in dependency order."""
    stack = Stack(template, endpoint_url)
    pending: dict[str, dict[str, Any]] = {}
    for logical_id, resource in template.resources.items():
        if not template.is_active(resource):
            continue
        if resource.get("Type") in CREATED_TYPES:
            pending[logical_id] = resource
        else:
            _register_uncreated(template, logical_id, str(resource.get("Type")))
            stack.skipped[logical_id] = str(resource.get("Type"))
    while pending:
        progressed = False
        for logical_id, resource in list(pending.items()):
            try:
                _create(stack, logical_id, resource)
            except UnresolvedError:
                continue
            del pending[logical_id]
            progressed = True
        if not progressed:
            raise RuntimeError(f"cannot resolve the dependencies of {sorted(pending)}")
    return stack


def _register_uncreated(template: Template, logical_id: str, kind: str) -> None:
    """Give resources moto does not run (functions, alarms, policies) a Ref and an Arn for intrinsics."""
    name = physical_name(template, logical_id, limit=64)
    region, account = template.region, ACCOUNT_ID
    if kind in ("AWS::Serverless::Function", "AWS::Lambda::Function"):
        properties = template.resources[logical_id].get("Properties", {})
        name = str(template.resolve(properties.get("FunctionName", name)))
        arn = f"arn:aws:lambda:{region}:{account}:function:{name}"
    elif kind == "AWS::SecretsManager::Secret":
        # The demo creates a secret only when the user gives its value; Ref is its name, which
        # Secrets Manager accepts wherever it accepts the ARN.
        properties = template.resources[logical_id].get("Properties", {})
        name = str(template.resolve(properties.get("Name", name)))
        arn = name
    else:
        arn = f"arn:aws:demo:{region}:{account}:{logical_id}"
    template.refs[logical_id] = name if kind != "AWS::Serverless::LayerVersion" else arn
    template.attributes[logical_id] = {"Arn": arn}


def _create(stack: Stack, logical_id: str, resource: dict[str, Any]) -> None:
    template = stack.template
    kind = str(resource["Type"])
    properties: dict[str, Any] = template.resolve(resource.get("Properties", {}))
    region, account = template.region, ACCOUNT_ID
    if kind == "AWS::S3::Bucket":
        name = properties.get("BucketName") or physical_name(template, logical_id, lowercase=True, limit=63)
        _create_bucket(stack, name, properties)
        template.refs[logical_id] = name
        template.attributes[logical_id] = {
            "Arn": f"arn:aws:s3:::{name}", "DomainName": f"{name}.s3.amazonaws.com",
            "RegionalDomainName": f"{name}.s3.{region}.amazonaws.com",
        }
        physical = name
    elif kind == "AWS::SNS::Topic":
        name = properties.get("TopicName") or physical_name(template, logical_id, limit=256)
        attributes = {key: str(properties[key]) for key in ("KmsMasterKeyId",) if key in properties}
        arn = stack.client("sns").create_topic(Name=name, Attributes=attributes)["TopicArn"]
        template.refs[logical_id] = arn
        template.attributes[logical_id] = {"TopicArn": arn, "TopicName": name}
        physical = arn
    elif kind == "AWS::DynamoDB::Table":
        name = properties.get("TableName") or physical_name(template, logical_id, limit=255)
        _create_table(stack, name, properties)
        arn = f"arn:aws:dynamodb:{region}:{account}:table/{name}"
        template.refs[logical_id] = name
        template.attributes[logical_id] = {"Arn": arn}
        physical = name
    elif kind == "AWS::SQS::Queue":
        name = properties.get("QueueName") or physical_name(template, logical_id, limit=75) + (
            ".fifo" if properties.get("FifoQueue") else ""
        )
        attributes = {
            key: (json.dumps(value) if isinstance(value, dict) else str(value).lower()
                  if isinstance(value, bool) else str(value))
            for key, value in properties.items() if key in _SQS_ATTRIBUTES
        }
        url = stack.client("sqs").create_queue(QueueName=name, Attributes=attributes)["QueueUrl"]
        arn = f"arn:aws:sqs:{region}:{account}:{name}"
        template.refs[logical_id] = url
        template.attributes[logical_id] = {"Arn": arn, "QueueName": name, "QueueUrl": url}
        physical = url
    elif kind == "AWS::SNS::Subscription":
        if properties.get("Protocol") != "sqs":  # email and other endpoints stay out of the demo
            stack.skipped[logical_id] = f"{kind} ({properties.get('Protocol')})"
            return
        physical = _create_subscription(stack, properties)
    else:  # pragma: no cover - guarded by CREATED_TYPES
        raise ValueError(kind)
    stack.created[logical_id] = CreatedResource(logical_id, kind, physical)


def _create_bucket(stack: Stack, name: str, properties: Mapping[str, Any]) -> None:
    s3 = stack.client("s3")
    if stack.template.region == "us-east-1":
        s3.create_bucket(Bucket=name)
    else:
        s3.create_bucket(Bucket=name, CreateBucketConfiguration={"LocationConstraint": stack.template.region})
    # Versioning matters to the demo: it is how repeated writes of one key stay visible.
    if status := properties.get("VersioningConfiguration", {}).get("Status"):
        s3.put_bucket_versioning(Bucket=name, VersioningConfiguration={"Status": status})
    if rules := properties.get("BucketEncryption", {}).get("ServerSideEncryptionConfiguration"):
        # CloudFormation's ServerSideEncryptionByDefault is the API's ApplyServerSideEncryptionByDefault.
        api_rules = [{("Apply" + k if k == "ServerSideEncryptionByDefault" else k): v
                      for k, v in rule.items()} for rule in rules]
        s3.put_bucket_encryption(Bucket=name, ServerSideEncryptionConfiguration={"Rules": api_rules})
    if block := properties.get("PublicAccessBlockConfiguration"):
        s3.put_public_access_block(Bucket=name, PublicAccessBlockConfiguration=block)


def _create_table(stack: Stack, name: str, properties: Mapping[str, Any]) -> None:
    dynamodb = stack.client("dynamodb")
    request: dict[str, Any] = {
        "TableName": name,
        "KeySchema": properties["KeySchema"],
        "AttributeDefinitions": properties["AttributeDefinitions"],
        "BillingMode": properties.get("BillingMode", "PROVISIONED"),
    }
    if request["BillingMode"] == "PROVISIONED":
        request["ProvisionedThroughput"] = properties.get(
            "ProvisionedThroughput", {"ReadCapacityUnits": 5, "WriteCapacityUnits": 5}
        )
    optional = ("GlobalSecondaryIndexes", "LocalSecondaryIndexes")
    request.update({name: properties[name] for name in optional if name in properties})
    # CloudFormation spells these two differently from the DynamoDB API.
    if sse := properties.get("SSESpecification"):
        request["SSESpecification"] = {"Enabled": bool(sse.get("SSEEnabled")), **{
            key: sse[key] for key in ("SSEType", "KMSMasterKeyId") if key in sse}}
    if stream := properties.get("StreamSpecification"):
        request["StreamSpecification"] = {"StreamEnabled": True, "StreamViewType": stream["StreamViewType"]}
    dynamodb.create_table(**request)
    ttl = properties.get("TimeToLiveSpecification")
    if ttl and ttl.get("Enabled"):
        dynamodb.update_time_to_live(
            TableName=name, TimeToLiveSpecification={"Enabled": True, "AttributeName": ttl["AttributeName"]}
        )


def _create_subscription(stack: Stack, properties: Mapping[str, Any]) -> str:
    attributes = {"RawMessageDelivery": str(properties.get("RawMessageDelivery", False)).lower()}
    if "FilterPolicy" in properties:
        attributes["FilterPolicy"] = json.dumps(properties["FilterPolicy"])
    response = stack.client("sns").subscribe(
        TopicArn=properties["TopicArn"], Protocol="sqs", Endpoint=properties["Endpoint"],
        Attributes=attributes,
    )
    return str(response["SubscriptionArn"])
