"""The AWS SDK's own floor: client-side CPU of one boto3 call, with no X-Ray, Powertools or our code.

A moto server runs in its own process, so this process's CPU time is the client's alone: request
building, signing, the HTTP exchange on localhost and response parsing. It bounds what any handler that
makes N AWS calls per event can reach (docs/performance.md, "What is left").

    .venv/bin/python bench/sdk_floor.py [--calls 200]
"""

import argparse
import json
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(port: int, seconds: float = 15.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise SystemExit(f"moto server did not start on port {port}")


def cpu_ms_per_call(call: Callable[[int], Any], calls: int) -> float:
    for i in range(10):  # connections, endpoint resolution and model loading are paid once
        call(i)
    started = time.process_time()
    for i in range(10, 10 + calls):
        call(i)
    return (time.process_time() - started) / calls * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=200, help="timed calls per operation")
    args = parser.parse_args(argv)

    port = free_port()
    moto = Path(sys.executable).with_name("moto_server")
    server = subprocess.Popen(
        [str(moto), "-p", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        wait_for(port)
        import boto3

        # Passed to the clients, never set in os.environ: this also runs inside the test process.
        session = boto3.session.Session(aws_access_key_id="bench", aws_secret_access_key="bench",
                                        region_name="us-east-1")
        endpoint = f"http://127.0.0.1:{port}"
        s3, ddb, sns = (session.client(name, endpoint_url=endpoint) for name in ("s3", "dynamodb", "sns"))
        s3.create_bucket(Bucket="floor")
        s3.put_object(Bucket="floor", Key="session.json", Body=b"x" * 6000)
        ddb.create_table(TableName="floor", KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}],
                         AttributeDefinitions=[{"AttributeName": "id", "AttributeType": "S"}],
                         BillingMode="PAY_PER_REQUEST")
        topic = sns.create_topic(Name="floor")["TopicArn"]
        operations: dict[str, Callable[[int], Any]] = {
            "s3_get_object": lambda i: s3.get_object(Bucket="floor", Key="session.json")["Body"].read(),
            "s3_put_object": lambda i: s3.put_object(Bucket="floor", Key=f"lead-{i}.json", Body=b"y" * 4000),
            "dynamodb_put_item": lambda i: ddb.put_item(
                TableName="floor", Item={"id": {"S": f"k{i}"}, "status": {"S": "INPROGRESS"}},
                ConditionExpression="attribute_not_exists(id)"),
            "sns_publish": lambda i: sns.publish(TopicArn=topic, Subject="HOT lead", Message="m" * 800),
        }
        figures = {name: round(cpu_ms_per_call(op, args.calls), 3) for name, op in operations.items()}
    finally:
        server.terminate()
        server.wait(timeout=10)
    for name, ms in figures.items():
        print(f"  {name:<20} {ms:6.2f} ms client CPU per call")
    print(json.dumps({"bench": "sdk_floor", "calls": args.calls, "cpu_ms_per_call": figures}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
