"""Bytes from the object store into a validated model, or a BadInput whose reason is safe to log."""

from typing import Final

from pydantic import BaseModel, ValidationError

from postcall.ports import BadInput

_MAX_LISTED: Final = 5


def parse_document[M: BaseModel](data: bytes, model: type[M]) -> M:
    """Validate JSON bytes against `model`. The reason names fields and error types, never values,
    because values are call content (PII) and the reason is logged and stored as object metadata."""
    try:
        return model.model_validate_json(data)
    except ValidationError as exc:
        errors = exc.errors(include_url=False, include_input=False, include_context=False)
        kinds = {e["type"] for e in errors}
        if kinds & {"json_invalid", "json_type"}:
            raise BadInput("invalid_json") from None
        if len(errors) == 1 and errors[0]["type"] == "model_type":
            raise BadInput("schema_violation: document is not a JSON object") from None
        if any(e["loc"] == ("schema_version",) for e in errors):
            raise BadInput("unsupported_schema_version") from None
        listed = ", ".join(
            f"{'.'.join(map(str, e['loc'])) or '<root>'} ({e['type']})" for e in errors[:_MAX_LISTED]
        )
        more = f" and {len(errors) - _MAX_LISTED} more" if len(errors) > _MAX_LISTED else ""
        raise BadInput(f"schema_violation: {listed}{more}") from None
