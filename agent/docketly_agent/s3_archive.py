"""The S3 adapter for SessionArchive: create-once puts with SSE and application/json."""

from typing import Any

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

from docketly_agent.ports import SessionAlreadyArchived


def s3_client(*, connect_timeout: float = 2.0, read_timeout: float = 5.0, max_attempts: int = 3) -> Any:
    """Short timeouts: a dead endpoint must send the session to the spool fast, not hang a call's end.

    boto3 honours AWS_ENDPOINT_URL (local S3, moto) and the usual credential chain by itself.
    """
    config = Config(connect_timeout=connect_timeout, read_timeout=read_timeout,
                    retries={"mode": "standard", "max_attempts": max_attempts})
    return boto3.client("s3", config=config)


class S3SessionArchive:
    def __init__(self, client: Any, bucket: str, *, sse: str = "AES256",
                 kms_key_id: str | None = None) -> None:
        self._client = client
        self._bucket = bucket
        self._sse = sse
        self._kms_key_id = kms_key_id

    def put_session(self, key: str, body: bytes) -> None:
        params: dict[str, Any] = {
            "Bucket": self._bucket,
            "Key": key,
            "Body": body,
            "ContentType": "application/json",
            "ServerSideEncryption": self._sse,
            # Create-once: a retried upload must not overwrite nor fire a second ObjectCreated event.
            "IfNoneMatch": "*",
        }
        if self._kms_key_id:
            params["SSEKMSKeyId"] = self._kms_key_id
        try:
            self._client.put_object(**params)
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") == "PreconditionFailed":
                raise SessionAlreadyArchived(key) from exc
            raise
