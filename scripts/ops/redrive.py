"""Re-process a function's DLQ after a fix: each failed event is handed to the function again and
deleted from the DLQ only once the function succeeded with it.

    python -m scripts.ops.redrive --stack postcall-dev --function score-lead [--max N] [--dry-run] [--async]
    make redrive FUNCTION=score-lead [STACK=postcall-dev] [MAX=N] [DRY_RUN=1]

Safe to run twice: the functions are idempotent per object version (no second LLM call, alert or Lead).
The DLQ holds Lambda OnFailure destination records; their `requestPayload` is the original S3 event.
"""

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from scripts.ops.invoke import FUNCTIONS, Invoker, LambdaInvoker, lambda_client, stack_outputs

VISIBILITY_S = 900  # a message being redriven stays hidden for the run; a failure makes it reappear later


def original_event(body: str) -> dict[str, Any] | None:
    """The S3 event inside a Lambda destination record, or None when the message is not one."""
    try:
        record = json.loads(body)
    except ValueError:
        return None
    event = record.get("requestPayload") if isinstance(record, dict) else None
    return event if isinstance(event, dict) and isinstance(event.get("Records"), list) else None


def redrive(
    sqs: Any,
    queue_url: str,
    invoker: Invoker,
    *,
    max_messages: int | None = None,
    dry_run: bool = False,
    report: Callable[[str], None] = lambda line: None,
) -> int:
    """Hand every DLQ message's event back to the function; return how many were redriven (and deleted).

    A message whose event still fails stays in the DLQ (it reappears after the visibility timeout);
    a message that is not a Lambda destination record is left for a human and reported."""
    seen: set[str] = set()
    listed: list[str] = []  # dry run: receipt handles to make visible again at the end
    redriven = 0
    while max_messages is None or redriven < max_messages:
        wanted = 10 if max_messages is None else max(1, min(10, max_messages - redriven))
        batch = sqs.receive_message(QueueUrl=queue_url, MaxNumberOfMessages=wanted,
                                    VisibilityTimeout=VISIBILITY_S,
                                    AttributeNames=["ApproximateReceiveCount"]).get("Messages", [])
        fresh = [message for message in batch if message["MessageId"] not in seen]
        if not fresh:
            break
        for message in fresh:
            seen.add(message["MessageId"])
            event = original_event(message["Body"])
            keys = [r.get("s3", {}).get("object", {}).get("key") for r in (event or {}).get("Records", [])]
            if event is None:
                report(f"skipped {message['MessageId']}: not a Lambda destination record")
                continue
            if dry_run:
                listed.append(message["ReceiptHandle"])
                report(f"would redrive {message['MessageId']}: {', '.join(map(str, keys))}")
                continue
            outcome = invoker.invoke(event)
            if not outcome.ok:
                report(f"still failing {message['MessageId']}: {outcome.detail}")
                continue
            sqs.delete_message(QueueUrl=queue_url, ReceiptHandle=message["ReceiptHandle"])
            redriven += 1
            report(f"redriven {message['MessageId']}: {', '.join(map(str, keys))}")
    for handle in listed:
        sqs.change_message_visibility(QueueUrl=queue_url, ReceiptHandle=handle, VisibilityTimeout=0)
    return redriven


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="redrive", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stack", default="postcall-dev", help="CloudFormation stack name (samconfig.toml)")
    parser.add_argument("--function", choices=sorted(FUNCTIONS), required=True)
    parser.add_argument("--queue-url", help="the DLQ (default: from the stack's outputs)")
    parser.add_argument("--function-name", help="function name or ARN (default: from the stack's outputs)")
    parser.add_argument("--max", type=int, default=None, help="redrive at most this many messages")
    parser.add_argument("--dry-run", action="store_true", help="list what would be redriven, change nothing")
    parser.add_argument("--async", dest="asynchronous", action="store_true",
                        help="invoke asynchronously (failures return to the DLQ through Lambda's retries)")
    args = parser.parse_args(argv)

    import boto3

    session = boto3.Session()
    function_output, queue_output = FUNCTIONS[args.function]
    needs_stack = not (args.queue_url and args.function_name)
    outputs = stack_outputs(session.client("cloudformation"), args.stack) if needs_stack else {}
    queue_url = args.queue_url or outputs[queue_output]
    invoker = LambdaInvoker(lambda_client(session), args.function_name or outputs[function_output],
                            asynchronous=args.asynchronous)
    count = redrive(session.client("sqs"), queue_url, invoker, max_messages=args.max, dry_run=args.dry_run,
                    report=print)
    print("dry run: nothing changed" if args.dry_run else f"{count} message(s) redriven from {queue_url}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
