"""Re-score sessions by prefix or date range through ScoreLeadFunction, idempotently.

    python -m scripts.ops.replay --stack postcall-dev --from 2026-11-01 --to 2026-11-20 [--missing-only]
    python -m scripts.ops.replay --stack postcall-dev --prefix sessions/year=2026/month=11/ [--dry-run]
    make replay FROM=2026-11-01 TO=2026-11-20 [MISSING_ONLY=1] [DRY_RUN=1] [STACK=postcall-dev]

Each object is sent as the S3 notification S3 itself would have sent (bucket, key, ETag, size), so the
function's guards apply: an object version already scored is not scored again (no LLM call, no new lead
record, no alert, no CRM change) while its idempotency record lives (7 days); after that it is re-scored
into the same lead record, the alert stays once per session (365 days) and the CRM Lead is updated, not
duplicated. --missing-only skips, without invoking anything, every session whose lead record already
names the same object version: the way to catch up on notifications that were lost.
"""

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any
from urllib.parse import quote_plus

from botocore.exceptions import ClientError

from scripts.ops.invoke import FUNCTIONS, Invoker, LambdaInvoker, lambda_client, stack_outputs

SESSIONS_PREFIX = "sessions/"
MAX_DAYS = 366


@dataclass(frozen=True)
class SessionObject:
    key: str
    etag: str
    size: int


@dataclass
class ReplayReport:
    listed: int = 0
    skipped_current: int = 0
    sent: int = 0
    failed: list[str] = field(default_factory=list)


def date_prefixes(start: date, end: date) -> list[str]:
    """sessions/year=YYYY/month=MM/day=DD/ for every day from start to end, both included."""
    if end < start:
        raise ValueError("--to is before --from")
    days = (end - start).days + 1
    if days > MAX_DAYS:
        raise ValueError(f"at most {MAX_DAYS} days per replay")
    return [f"{SESSIONS_PREFIX}year={d:%Y}/month={d:%m}/day={d:%d}/"
            for d in (start + timedelta(n) for n in range(days))]


def session_objects(s3: Any, bucket: str, prefixes: list[str]) -> Iterator[SessionObject]:
    for prefix in prefixes:
        if not prefix.startswith(SESSIONS_PREFIX):
            raise ValueError(f"not under {SESSIONS_PREFIX}: {prefix}")
        for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix):
            for item in page.get("Contents", []):
                if item["Key"].endswith(".json"):
                    yield SessionObject(item["Key"], item["ETag"].strip('"'), int(item["Size"]))


def s3_event(bucket: str, obj: SessionObject) -> dict[str, Any]:
    """The notification S3 sends for a new object (key URL-encoded, as S3 does)."""
    return {"Records": [{
        "eventVersion": "2.1", "eventSource": "aws:s3", "eventName": "ObjectCreated:Put",
        "s3": {"s3SchemaVersion": "1.0", "configurationId": "replay",
               "bucket": {"name": bucket, "arn": f"arn:aws:s3:::{bucket}"},
               "object": {"key": quote_plus(obj.key, safe="/"), "size": obj.size, "eTag": obj.etag}},
    }]}


def lead_is_current(s3: Any, bucket: str, obj: SessionObject) -> bool:
    """True when leads/... for this session exists and was scored from this very object version."""
    lead_key = "leads/" + obj.key.removeprefix(SESSIONS_PREFIX)
    try:
        body = s3.get_object(Bucket=bucket, Key=lead_key)["Body"].read()
    except ClientError as exc:
        if exc.response.get("Error", {}).get("Code") in ("NoSuchKey", "404"):
            return False
        raise
    try:
        source = json.loads(body)["source"]
    except (ValueError, KeyError, TypeError):
        return False
    return bool(source.get("key") == obj.key and source.get("etag") == obj.etag)


def replay(
    s3: Any,
    bucket: str,
    prefixes: list[str],
    invoker: Invoker,
    *,
    missing_only: bool = False,
    dry_run: bool = False,
    report: Callable[[str], None] = lambda line: None,
) -> ReplayReport:
    result = ReplayReport()
    for obj in session_objects(s3, bucket, prefixes):
        result.listed += 1
        if missing_only and lead_is_current(s3, bucket, obj):
            result.skipped_current += 1
            continue
        if dry_run:
            report(f"would replay {obj.key}")
            continue
        outcome = invoker.invoke(s3_event(bucket, obj))
        if outcome.ok:
            result.sent += 1
        else:
            result.failed.append(obj.key)
            report(f"failed {obj.key}: {outcome.detail}")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="replay", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stack", default="postcall-dev", help="CloudFormation stack name (samconfig.toml)")
    parser.add_argument("--prefix", action="append", default=[], help="a sessions/... prefix (repeatable)")
    parser.add_argument("--from", dest="start", type=date.fromisoformat, help="first call day, YYYY-MM-DD")
    parser.add_argument("--to", dest="end", type=date.fromisoformat, help="last call day (default: --from)")
    parser.add_argument("--missing-only", action="store_true",
                        help="only sessions without a lead record scored from their current version")
    parser.add_argument("--dry-run", action="store_true", help="list what would be replayed")
    parser.add_argument("--async", dest="asynchronous", action="store_true",
                        help="invoke asynchronously (faster; failures go to the DLQ)")
    parser.add_argument("--bucket", help="sessions bucket (default: from the stack's outputs)")
    parser.add_argument("--function-name", help="ScoreLead function (default: from the stack's outputs)")
    args = parser.parse_args(argv)
    if bool(args.prefix) == bool(args.start):
        parser.error("give --prefix or --from [--to], not both")
    prefixes = args.prefix or date_prefixes(args.start, args.end or args.start)

    import boto3

    session = boto3.Session()
    needs_stack = not (args.bucket and args.function_name)
    outputs = stack_outputs(session.client("cloudformation"), args.stack) if needs_stack else {}
    bucket = args.bucket or outputs["SessionsBucketName"]
    function = args.function_name or outputs[FUNCTIONS["score-lead"][0]]
    invoker = LambdaInvoker(lambda_client(session), function, asynchronous=args.asynchronous)
    result = replay(session.client("s3"), bucket, prefixes, invoker, missing_only=args.missing_only,
                    dry_run=args.dry_run, report=print)
    print(f"listed {result.listed}, up to date {result.skipped_current}, replayed {result.sent}, "
          f"failed {len(result.failed)}" + (" (dry run)" if args.dry_run else ""))
    return 1 if result.failed else 0


if __name__ == "__main__":
    sys.exit(main())
