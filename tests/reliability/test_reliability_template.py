"""What template.yaml must keep for the reliability and security guarantees the other tests rely on.

(checkov and cfn-lint run in `make security`; these checks name the project's own rules.)
"""

import json
import re
from pathlib import Path
from typing import Any

import pytest

from scripts.demo.template import load_yaml
from tests.reliability.pipeline import MAX_RETRY_ATTEMPTS

ROOT = Path(__file__).parents[2]
TEMPLATE = load_yaml(ROOT / "template.yaml")
RESOURCES: dict[str, dict[str, Any]] = TEMPLATE["Resources"]
FUNCTIONS = {"ScoreLeadFunction": "ScoreLeadDLQ", "SalesforceLeadFunction": "SalesforceLeadDLQ"}


def statements(logical_id: str) -> list[dict[str, Any]]:
    """Every IAM statement of a function's inline policies (SAM policy templates excluded)."""
    policies = RESOURCES[logical_id]["Properties"]["Policies"]
    return [s for p in policies if isinstance(p, dict) and "Statement" in p for s in p["Statement"]]


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def resource_paths(statement: dict[str, Any]) -> list[str]:
    """The object paths a statement grants, e.g. 'leads/*' ('' for the bucket itself)."""
    paths = []
    for resource in as_list(statement["Resource"]):
        text = resource["Fn::Sub"] if isinstance(resource, dict) else resource
        paths.append(text.split("${AWS::AccountId}", 1)[-1].lstrip("/"))
    return paths


def grants(logical_id: str, action: str) -> set[str]:
    granting = [s for s in statements(logical_id) if action in as_list(s["Action"])]
    return {path for statement in granting for path in resource_paths(statement)}


@pytest.mark.parametrize(("function", "dlq"), FUNCTIONS.items())
def test_failed_async_invocations_are_retried_then_kept_in_an_encrypted_dlq(function: str, dlq: str):
    config = RESOURCES[function]["Properties"]["EventInvokeConfig"]
    assert config["MaximumRetryAttempts"] == MAX_RETRY_ATTEMPTS  # what tests/reliability/pipeline.py plays
    on_failure = config["DestinationConfig"]["OnFailure"]
    assert on_failure == {"Type": "SQS", "Destination": {"Fn::GetAtt": [dlq, "Arn"]}}
    queue = RESOURCES[dlq]["Properties"]
    assert queue.get("SqsManagedSseEnabled") is True or "KmsMasterKeyId" in queue
    assert queue["MessageRetentionPeriod"] == 14 * 24 * 3600  # two weeks to fix and redrive
    depth = {"Name": "QueueName", "Value": {"Fn::GetAtt": [dlq, "QueueName"]}}
    alarms = [r for r in RESOURCES.values()
              if r["Type"] == "AWS::CloudWatch::Alarm" and depth in r["Properties"]["Dimensions"]]
    assert len(alarms) == 1


def test_topics_are_encrypted():
    topics = [r for r in RESOURCES.values() if r["Type"] == "AWS::SNS::Topic"]
    assert topics and all(t["Properties"].get("KmsMasterKeyId") for t in topics)


def test_bucket_is_encrypted_private_versioned_and_tls_only():
    bucket = RESOURCES["SessionsBucket"]["Properties"]
    assert bucket["BucketEncryption"]["ServerSideEncryptionConfiguration"][0]["ServerSideEncryptionByDefault"]
    block = bucket["PublicAccessBlockConfiguration"]
    assert len(block) == 4 and all(block.values())
    assert bucket["VersioningConfiguration"]["Status"] == "Enabled"
    [deny] = RESOURCES["SessionsBucketPolicy"]["Properties"]["PolicyDocument"]["Statement"]
    assert (deny["Effect"], deny["Condition"]) == ("Deny", {"Bool": {"aws:SecureTransport": "false"}})


@pytest.mark.parametrize("function", FUNCTIONS)
def test_no_wildcard_actions(function: str):
    for statement in statements(function):
        assert all("*" not in action for action in as_list(statement["Action"])), statement


def test_each_function_touches_only_its_own_prefixes():
    # ScoreLead reads back only what it wrote: a repeated event checks its lead record and quarantine copy.
    assert grants("ScoreLeadFunction", "s3:GetObject") == {"sessions/*", "leads/*", "quarantine/*"}
    assert grants("ScoreLeadFunction", "s3:PutObject") == {"leads/*", "quarantine/*"}
    # The Lead a session became is remembered under crm-links/ (read before, written after each save).
    assert grants("SalesforceLeadFunction", "s3:GetObject") == {"leads/*", "crm-links/*"}
    assert grants("SalesforceLeadFunction", "s3:PutObject") == {"crm-outbox/*", "crm-links/*", "quarantine/*"}


def test_the_agent_can_only_add_raw_sessions():
    policy = RESOURCES["AgentSessionWriterPolicy"]
    assert policy["Type"] == "AWS::IAM::ManagedPolicy"
    [statement] = policy["Properties"]["PolicyDocument"]["Statement"]
    assert (statement["Effect"], statement["Action"]) == ("Allow", "s3:PutObject")
    assert resource_paths(statement) == ["sessions/*"]
    assert TEMPLATE["Outputs"]["AgentSessionWriterPolicyArn"]["Value"] == {"Ref": "AgentSessionWriterPolicy"}


def test_secrets_are_referenced_by_name_never_inlined():
    secret_like = re.compile(r"(KEY|SECRET|TOKEN|PASSWORD)", re.I)
    for logical_id in FUNCTIONS:
        variables = RESOURCES[logical_id]["Properties"]["Environment"]["Variables"]
        for name in variables:
            assert not secret_like.search(name) or name.endswith("_SECRET_NAME"), name
    for name, parameter in TEMPLATE["Parameters"].items():
        assert not secret_like.search(name) or name.endswith("SecretName"), name
        assert parameter.get("NoEcho") is None  # no secret value is ever a parameter
    text = json.dumps(TEMPLATE)
    assert not re.search(r"sk-[A-Za-z0-9]{10,}|-----BEGIN", text)


def test_every_checkov_skip_says_why():
    for logical_id, resource in RESOURCES.items():
        for skip in resource.get("Metadata", {}).get("checkov", {}).get("skip", []):
            assert re.fullmatch(r"CKV2?_AWS_\d+", skip["id"]), logical_id
            assert len(skip.get("comment", "")) > 30, (logical_id, skip["id"])


def test_alarms_can_reach_their_encrypted_topic():
    # CloudWatch alarms cannot publish to a topic encrypted with the AWS managed key (aws/sns): the key's
    # policy does not admit them, and the alarm action fails without a trace anyone would see.
    alarms = [r for r in RESOURCES.values() if r["Type"] == "AWS::CloudWatch::Alarm"]
    assert alarms
    for alarm in alarms:
        for action in alarm["Properties"]["AlarmActions"]:
            topic = RESOURCES[action["Ref"]]["Properties"]
            key = RESOURCES[topic["KmsMasterKeyId"]["Ref"]]
            assert key["Type"] == "AWS::KMS::Key" and key["Properties"]["EnableKeyRotation"] is True
            statements = key["Properties"]["KeyPolicy"]["Statement"]
            assert any(s["Principal"].get("Service") == "cloudwatch.amazonaws.com"
                       and {"kms:Decrypt", "kms:GenerateDataKey*"} <= set(s["Action"]) for s in statements)
