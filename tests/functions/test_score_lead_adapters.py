"""The adapters ScoreLeadFunction is built from, each against moto or a mock transport."""

import json
from collections.abc import Iterator
from typing import Any

import boto3
import httpx2
import pytest
from aws_lambda_powertools.utilities.parameters import SecretsProvider
from moto import mock_aws

from postcall.adapters.openai_llm import OpenAiLeadJudge, secret_api_key
from postcall.adapters.s3 import S3ObjectStore, quarantine_key, s3_object_refs
from postcall.adapters.sns import SnsAlertPublisher
from postcall.ports import LlmUnavailable, ObjectRef, ObjectTooLarge
from postcall.scoring import JudgePrompt
from postcall.settings import ConfigError, ScoreLeadSettings

REGION = "us-east-1"
BUCKET = "postcall-test-sessions"


@pytest.fixture
def aws(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name, value in {"AWS_DEFAULT_REGION": REGION, "AWS_ACCESS_KEY_ID": "testing",
                        "AWS_SECRET_ACCESS_KEY": "testing"}.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("AWS_ENDPOINT_URL", raising=False)
    with mock_aws():
        yield


def test_event_keys_are_url_decoded_and_etags_unquoted():
    # Given an S3 record as S3 (and moto) send it: key URL-encoded, ETag possibly quoted
    event = {"Records": [{"s3": {"bucket": {"name": BUCKET},
                                 "object": {"key": "sessions/year%3D2026/my+call%2B1.json", "eTag": '"abc"',
                                            "size": 12, "versionId": "v1"}}}]}

    # When decoded
    [ref] = s3_object_refs(event)

    # Then the ref names the real object
    assert ref == ObjectRef(bucket=BUCKET, key="sessions/year=2026/my call+1.json", etag="abc",
                            version_id="v1", size=12)


def test_reads_are_bounded_and_writes_encrypted(aws: None):
    s3 = boto3.client("s3", region_name=REGION)
    s3.create_bucket(Bucket=BUCKET)
    store = S3ObjectStore(s3)
    s3.put_object(Bucket=BUCKET, Key="sessions/big.json", Body=b"x" * 2048)

    # Given a size from the event over the limit, Then the object is refused before any request
    with pytest.raises(ObjectTooLarge):
        store.read(ObjectRef(BUCKET, "sessions/big.json", size=2048), max_bytes=1024)
    # Given no size in the ref, Then the response's length is checked before the body is read
    with pytest.raises(ObjectTooLarge):
        store.read(ObjectRef(BUCKET, "sessions/big.json"), max_bytes=1024)
    assert store.read(ObjectRef(BUCKET, "sessions/big.json"), max_bytes=4096).body == b"x" * 2048

    store.put_json(BUCKET, "leads/a.json", {"tier": "hot", "name": "Zoë"})
    head = s3.head_object(Bucket=BUCKET, Key="leads/a.json")
    assert head["ServerSideEncryption"] == "AES256" and head["ContentType"] == "application/json"
    assert json.loads(s3.get_object(Bucket=BUCKET, Key="leads/a.json")["Body"].read()) == {
        "tier": "hot", "name": "Zoë"}


def test_quarantine_keeps_the_object_and_a_safe_reason(aws: None):
    s3 = boto3.client("s3", region_name=REGION)
    s3.create_bucket(Bucket=BUCKET)
    s3.put_object(Bucket=BUCKET, Key="sessions/bad.json", Body=b"{not json")

    target = S3ObjectStore(s3).quarantine(ObjectRef(BUCKET, "sessions/bad.json", etag="e1"), "invalid_json")

    assert target == "quarantine/sessions/bad.json"
    assert s3.get_object(Bucket=BUCKET, Key=target)["Body"].read() == b"{not json"
    assert s3.head_object(Bucket=BUCKET, Key=target)["Metadata"] == {"quarantine-reason": "invalid_json",
                                                                     "source-etag": "e1"}


def test_a_quarantined_version_is_found_again_but_not_an_earlier_one(aws: None):
    # Given version e1 of a session in quarantine
    s3 = boto3.client("s3", region_name=REGION)
    s3.create_bucket(Bucket=BUCKET)
    s3.put_object(Bucket=BUCKET, Key="sessions/bad.json", Body=b"{not json")
    store = S3ObjectStore(s3)
    store.quarantine(ObjectRef(BUCKET, "sessions/bad.json", etag="e1"), "invalid_json")

    # Then a duplicate event for e1 finds it with its reason, a new version e2 and an unseen key do not
    assert store.find_quarantined(ObjectRef(BUCKET, "sessions/bad.json", etag="e1")) == (
        "quarantine/sessions/bad.json", "invalid_json")
    assert store.find_quarantined(ObjectRef(BUCKET, "sessions/bad.json", etag="e2")) is None
    assert store.find_quarantined(ObjectRef(BUCKET, "sessions/other.json", etag="e1")) is None


def test_quarantine_key_stays_within_s3s_key_limit():
    long_key = "sessions/" + "a" * 1015
    target = quarantine_key(long_key)
    assert len(target.encode()) <= 1024 and target.startswith("quarantine/sessions/aaa")
    assert quarantine_key(long_key) == target != quarantine_key(long_key[:-1] + "b")


def test_sns_publisher_sends_numbers_as_numbers(aws: None):
    sns = boto3.client("sns", region_name=REGION)
    sqs = boto3.client("sqs", region_name=REGION)
    topic = sns.create_topic(Name="HotLeadTopic")["TopicArn"]
    queue = sqs.create_queue(QueueName="inbox")["QueueUrl"]
    arn = sqs.get_queue_attributes(QueueUrl=queue, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
    sns.subscribe(TopicArn=topic, Protocol="sqs", Endpoint=arn)

    SnsAlertPublisher(sns, topic).publish("HOT lead", "body", {"tier": "hot", "score": 91})

    [message] = sqs.receive_message(QueueUrl=queue)["Messages"]
    attributes = json.loads(message["Body"])["MessageAttributes"]
    assert attributes == {"tier": {"Type": "String", "Value": "hot"},
                          "score": {"Type": "Number", "Value": "91"}}


@pytest.mark.parametrize(
    ("secret", "key"),
    [("sk-plain", "sk-plain"), ('{"api_key": "sk-json"}', "sk-json"), ('{"other": 1}', None), ("  ", None)],
)
def test_api_key_comes_from_the_secret_plain_or_json(aws: None, secret: str, key: str | None):
    client = boto3.client("secretsmanager", region_name=REGION)
    client.create_secret(Name="postcall/openai", SecretString=secret)
    assert secret_api_key("postcall/openai", provider=SecretsProvider(boto3_client=client))() == key


def test_missing_secret_means_no_key(aws: None):
    client = boto3.client("secretsmanager", region_name=REGION)
    assert secret_api_key("postcall/absent", provider=SecretsProvider(boto3_client=client))() is None
    assert secret_api_key("", provider=SecretsProvider(boto3_client=client))() is None


def judge_with(handler: Any, *, key: str | None = "sk-test", base_url: str | None = None) -> OpenAiLeadJudge:
    return OpenAiLeadJudge(model="gpt-4.1-mini", api_key=lambda: key, base_url=base_url, max_retries=0,
                           http_client=httpx2.Client(transport=httpx2.MockTransport(handler)))


def test_judge_asks_for_strict_structured_output_from_the_configured_server():
    seen: list[httpx2.Request] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        seen.append(request)
        return httpx2.Response(503, json={"error": {"message": "overloaded"}})

    # Given a local OpenAI-compatible server that needs no key, and is down
    judge = judge_with(handler, key=None, base_url="http://vllm.internal:8000/v1")

    # When asked, Then the failure is a fallback reason, and the request was a strict json_schema call
    with pytest.raises(LlmUnavailable) as failure:
        judge.judge(JudgePrompt(system="rubric", user="<call_data>{}</call_data>"))
    assert (failure.value.reason, failure.value.detail) == ("llm_error", "http_503")
    body = json.loads(seen[0].content)
    assert str(seen[0].url) == "http://vllm.internal:8000/v1/chat/completions"
    assert body["model"] == "gpt-4.1-mini"
    assert body["response_format"]["type"] == "json_schema"
    assert body["response_format"]["json_schema"]["strict"] is True
    assert [m["role"] for m in body["messages"]] == ["system", "user"]


def test_judge_without_key_or_server_never_calls_out():
    def handler(request: httpx2.Request) -> httpx2.Response:
        raise AssertionError("no request expected")

    with pytest.raises(LlmUnavailable) as failure:
        judge_with(handler, key=None).judge(JudgePrompt(system="s", user="u"))
    assert failure.value.reason == "no_api_key"


def test_settings_fail_the_cold_start_naming_the_bad_variables():
    with pytest.raises(ConfigError, match="hot_lead_topic_arn, openai_timeout_seconds"):
        ScoreLeadSettings.from_env({"IDEMPOTENCY_TABLE": "t", "HOT_LEAD_TOPIC_ARN": "not-an-arn",
                                    "OPENAI_TIMEOUT_SECONDS": "-1"})
    settings = ScoreLeadSettings.from_env({"IDEMPOTENCY_TABLE": "t", "OPENAI_BASE_URL": "",
                                           "HOT_LEAD_TOPIC_ARN": "arn:aws:sns:us-east-1:1:HotLeadTopic",
                                           "OPENAI_API_KEY": "sk-local"})
    assert settings.openai_base_url is None
    assert "sk-local" not in repr(settings)
