"""S3: decoded object refs from S3 events, bounded reads, encrypted JSON writes, quarantine."""

import hashlib
import json
from collections.abc import Mapping
from typing import Any, Final
from urllib.parse import unquote_plus

from botocore.exceptions import ClientError

from postcall.ports import ObjectMissing, ObjectRef, ObjectTooLarge, StoredObject

QUARANTINE_PREFIX: Final = "quarantine/"
_MISSING: Final = frozenset({"NoSuchKey", "NoSuchVersion", "404"})
_REASON_MAX: Final = 1024  # S3 user metadata: 2 KB in all, US-ASCII
_KEY_MAX_BYTES: Final = 1024


def s3_object_refs(event: Mapping[str, Any]) -> list[ObjectRef]:
    """The objects an S3 notification names, keys URL-decoded (S3 sends `a+b%2Fc` for `a b/c`)."""
    refs = []
    for record in event.get("Records", []):
        s3 = record["s3"]
        obj = s3["object"]
        refs.append(
            ObjectRef(
                bucket=s3["bucket"]["name"],
                key=unquote_plus(obj["key"]),
                etag=str(obj.get("eTag", "")).strip('"'),
                version_id=obj.get("versionId") or None,
                size=obj.get("size"),
            )
        )
    return refs


def quarantine_key(key: str) -> str:
    """quarantine/<key>; a key too long for the prefix keeps its start plus a hash of the whole."""
    target = QUARANTINE_PREFIX + key
    if len(target.encode()) <= _KEY_MAX_BYTES:
        return target
    digest = hashlib.sha256(key.encode()).hexdigest()[:16]
    head = key.encode()[:900].decode(errors="ignore")
    return f"{QUARANTINE_PREFIX}{head}...{digest}"


def _ascii(text: str) -> str:
    return text.encode("ascii", "replace").decode()[:_REASON_MAX]


class S3ObjectStore:
    """ObjectStore on S3. Writes use SSE; reads never hold more than `max_bytes` in memory."""

    def __init__(self, client: Any) -> None:
        self._s3 = client

    def read(self, ref: ObjectRef, *, max_bytes: int) -> StoredObject:
        if ref.size is not None and ref.size > max_bytes:
            raise ObjectTooLarge(f"object_too_large: {ref.size} bytes > {max_bytes}")
        args: dict[str, Any] = {"Bucket": ref.bucket, "Key": ref.key}
        if ref.version_id:
            args["VersionId"] = ref.version_id
        try:
            response = self._s3.get_object(**args)
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in _MISSING:
                raise ObjectMissing("object_missing") from exc
            raise
        body = response["Body"]
        try:
            length = int(response.get("ContentLength", 0))
            if length > max_bytes:
                raise ObjectTooLarge(f"object_too_large: {length} bytes > {max_bytes}")
            data = body.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise ObjectTooLarge(f"object_too_large: more than {max_bytes} bytes")
        finally:
            body.close()
        read_ref = ObjectRef(
            bucket=ref.bucket,
            key=ref.key,
            etag=str(response.get("ETag", ref.etag)).strip('"'),
            version_id=response.get("VersionId") or ref.version_id,
            size=len(data),
        )
        return StoredObject(ref=read_ref, body=data)

    def put_json(self, bucket: str, key: str, document: Mapping[str, Any]) -> None:
        self._s3.put_object(
            Bucket=bucket,
            Key=key,
            Body=json.dumps(document, ensure_ascii=False, indent=2).encode(),
            ContentType="application/json",
            ServerSideEncryption="AES256",
        )

    def quarantine(self, ref: ObjectRef, reason: str) -> str:
        """Server-side copy (no download, whatever the size) to quarantine/<key>, reason in the metadata."""
        target = quarantine_key(ref.key)
        source: dict[str, str] = {"Bucket": ref.bucket, "Key": ref.key}
        if ref.version_id:
            source["VersionId"] = ref.version_id
        try:
            self._s3.copy_object(
                Bucket=ref.bucket,
                Key=target,
                CopySource=source,
                MetadataDirective="REPLACE",
                Metadata={"quarantine-reason": _ascii(reason), "source-etag": _ascii(ref.etag)},
                ServerSideEncryption="AES256",
            )
        except ClientError as exc:
            # Gone before we could copy it: nothing to keep, and retrying will not bring it back.
            if exc.response.get("Error", {}).get("Code") not in _MISSING:
                raise
        return target

    def find_quarantined(self, ref: ObjectRef) -> tuple[str, str] | None:
        target = quarantine_key(ref.key)
        try:
            head = self._s3.head_object(Bucket=ref.bucket, Key=target)
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in _MISSING:
                return None
            raise
        metadata = head.get("Metadata", {})
        if metadata.get("source-etag") != _ascii(ref.etag):
            return None  # an earlier version of the key was quarantined, not this one
        return target, str(metadata.get("quarantine-reason", ""))


def build_object_store(client: Any | None = None) -> S3ObjectStore:
    if client is None:
        import boto3

        client = boto3.client("s3")
    return S3ObjectStore(client)
