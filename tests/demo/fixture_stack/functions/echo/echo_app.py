"""Test double: writes a lead per session (no idempotency on purpose), alerts on "hot", fails on "boom"."""

import json
import os
from pathlib import PurePosixPath
from urllib.parse import unquote_plus

import boto3

s3 = boto3.client("s3")
sns = boto3.client("sns")


def lambda_handler(event: dict, context: object) -> None:
    record = event["Records"][0]["s3"]
    bucket, key = record["bucket"]["name"], unquote_plus(record["object"]["key"])
    session_id = PurePosixPath(key).stem
    if session_id.startswith("boom"):
        raise RuntimeError("boom")
    lead = {"session_id": session_id, "tier": "hot" if session_id.startswith("hot") else "cold", "score": 90,
            "method": "rules", "fallback_reason": "no_api_key", "stage": os.environ["STAGE"]}
    s3.put_object(Bucket=bucket, Key=f"leads/{session_id}.json", Body=json.dumps(lead))
    if lead["tier"] == "hot":
        sns.publish(TopicArn=os.environ["TOPIC_ARN"], Subject=f"Hot lead {session_id}", Message="call back")
