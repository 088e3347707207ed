"""Salesforce Lead sink on simple-salesforce, and the dry-run sink used without credentials.

Every vendor exception ends here as one of two domain errors: `CrmUnavailable`
(limits, 5xx, network, auth: propagate so Lambda retries and the DLQ keeps it) or
`CrmRejected` (the Lead's data itself is refused: quarantine, do not retry).
"""

import json
from collections.abc import Callable, Mapping
from typing import Any, Final, Literal, Self, TypeVar
from urllib.parse import quote, urlparse

import requests
from aws_lambda_powertools import Logger
from aws_lambda_powertools.utilities import parameters
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from simple_salesforce import Salesforce
from simple_salesforce.api import DEFAULT_API_VERSION
from simple_salesforce.exceptions import (
    SalesforceAuthenticationFailed,
    SalesforceError,
    SalesforceExpiredSession,
    SalesforceMalformedRequest,
    SalesforceResourceNotFound,
)
from simple_salesforce.format import format_soql
from simple_salesforce.login import SalesforceLogin

from postcall.crm import NOT_PROVIDED, CrmRejected, CrmUnavailable, LeadPayload, LeadSave, SavedLead
from postcall.ports import ObjectStore

logger = Logger(child=True)
T = TypeVar("T")

OUTBOX_PREFIX: Final = "crm-outbox/"
REQUIRED_FIELDS: Final = frozenset({"LastName", "Company"})
# Field errors fixed by leaving the offending optional field out (e.g. a restricted LeadSource picklist).
DROPPABLE_FIELD_ERRORS: Final = frozenset({
    "INVALID_EMAIL_ADDRESS", "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", "STRING_TOO_LONG",
    "NUMBER_OUTSIDE_VALID_RANGE", "INVALID_TYPE_ON_FIELD_IN_RECORD", "FIELD_INTEGRITY_EXCEPTION",
})
GONE_ERRORS: Final = frozenset({"ENTITY_IS_DELETED", "INVALID_CROSS_REFERENCE_KEY", "NOT_FOUND"})
CONVERTED_ERRORS: Final = frozenset({"CANNOT_UPDATE_CONVERTED_LEAD"})
TRANSIENT_ERRORS: Final = frozenset({"REQUEST_LIMIT_EXCEEDED", "UNABLE_TO_LOCK_ROW", "SERVER_UNAVAILABLE"})
ALLOW_DUPLICATE_SAVE: Final = {"Sforce-Duplicate-Rule-Header": "allowSave=true"}

AuthFlow = Literal["jwt", "client_credentials", "password", "session"]


class SalesforceCredentials(BaseModel):
    """The one Secrets Manager JSON secret; `auth` is inferred from the keys present when omitted.

    jwt: username, consumer_key, private_key, domain ("login", "test" or "acme.my")
    client_credentials: consumer_key, consumer_secret, domain (your My Domain, e.g. "acme.my")
    password (OAuth username-password flow, for sandboxes): username, password, consumer_key,
        consumer_secret, domain ("test")
    session: session_id, instance_url
    """

    model_config = ConfigDict(extra="ignore", frozen=True, hide_input_in_errors=True)

    auth: AuthFlow | None = None
    domain: str = "login"
    api_version: str = Field(default=DEFAULT_API_VERSION, pattern=r"^\d{2,3}\.\d$")
    username: str | None = None
    password: str | None = None
    consumer_key: str | None = None
    consumer_secret: str | None = None
    private_key: str | None = None
    session_id: str | None = None
    instance_url: str | None = None

    @model_validator(mode="after")
    def _flow_is_complete(self) -> Self:
        flow = self.auth or self._inferred_flow()
        needed = {
            "jwt": ("username", "consumer_key", "private_key"),
            "client_credentials": ("consumer_key", "consumer_secret"),
            "password": ("username", "password", "consumer_key", "consumer_secret"),
            "session": ("session_id", "instance_url"),
        }[flow]
        missing = [name for name in needed if not getattr(self, name)]
        if missing:
            raise ValueError(f"auth {flow} needs {', '.join(missing)}")
        if flow == "client_credentials" and self.domain in ("login", "test"):
            raise ValueError("auth client_credentials needs domain set to your My Domain, e.g. acme.my")
        object.__setattr__(self, "auth", flow)
        return self

    def _inferred_flow(self) -> AuthFlow:
        if self.session_id:
            return "session"
        if self.private_key:
            return "jwt"
        if self.username and self.password:
            return "password"
        return "client_credentials"


CredentialsSource = Callable[[bool], SalesforceCredentials]
"""Returns the credentials; True forces a fresh read (the secret may have been rotated)."""


def secret_credentials(secret_name: str) -> CredentialsSource:
    """Credentials from one Secrets Manager JSON secret, cached by Powertools between calls."""

    def load(force_fetch: bool) -> SalesforceCredentials:
        try:
            document = parameters.get_secret(secret_name, transform="json", force_fetch=force_fetch)
        except parameters.exceptions.GetParameterError as exc:
            cause = type(exc.__context__).__name__
            raise CrmUnavailable(f"cannot read the Salesforce secret: {cause}") from exc
        try:
            return SalesforceCredentials.model_validate(document)
        except ValidationError as exc:
            # Only field names and messages: never echo secret values.
            problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'secret'}: {e['msg']}"
                                 for e in exc.errors(include_input=False))
            raise CrmUnavailable(f"the Salesforce secret is invalid: {problems}") from None

    return load


def secret_configured(secret_name: str) -> bool:
    """False when the secret is absent or an empty JSON object (dry run); read failures propagate."""
    try:
        document = parameters.get_secret(secret_name, transform="json")
    except parameters.exceptions.GetParameterError as exc:
        cause = exc.__context__
        code = getattr(cause, "response", {}).get("Error", {}).get("Code")
        if code == "ResourceNotFoundException":
            return False
        raise CrmUnavailable(f"cannot read the Salesforce secret: {code or type(cause).__name__}") from exc
    except parameters.exceptions.TransformParameterError as exc:
        raise CrmUnavailable("the Salesforce secret is not a JSON object") from exc
    return bool(document)


def login(credentials: SalesforceCredentials, http: requests.Session) -> tuple[str, str]:
    """Run the secret's auth flow; return (access token, instance host)."""
    c = credentials
    if c.auth == "session":
        assert c.session_id is not None and c.instance_url is not None
        parsed = urlparse(c.instance_url if "//" in c.instance_url else f"https://{c.instance_url}")
        return c.session_id, parsed.netloc
    common: dict[str, Any] = {"session": http, "domain": c.domain, "sf_version": c.api_version}
    if c.auth == "jwt":
        token, host = SalesforceLogin(username=c.username, consumer_key=c.consumer_key,
                                      privatekey=c.private_key, **common)
    elif c.auth == "password":
        token, host = SalesforceLogin(username=c.username, password=c.password, consumer_key=c.consumer_key,
                                      consumer_secret=c.consumer_secret, **common)
    else:
        token, host = SalesforceLogin(consumer_key=c.consumer_key, consumer_secret=c.consumer_secret,
                                      **common)
    return str(token), str(host)


def _errors(exc: SalesforceError) -> list[dict[str, Any]]:
    content = exc.content
    if isinstance(content, list):
        return [item for item in content if isinstance(item, dict)]
    if isinstance(content, dict):
        return [content]
    return []


def _error_codes(exc: SalesforceError) -> set[str]:
    return {str(item.get("errorCode", "")) for item in _errors(exc)}


def _error_fields(exc: SalesforceError) -> list[str]:
    return sorted({str(field) for item in _errors(exc) for field in item.get("fields") or []})


def _duplicate_lead_ids(exc: SalesforceError) -> list[str]:
    """Lead ids Salesforce's duplicate rules matched (Contacts and Accounts are not Leads)."""
    ids: list[str] = []
    for item in _errors(exc):
        duplicate = item.get("duplicateResult") or {}
        for match in duplicate.get("matchResults") or []:
            if match.get("entityType") not in (None, "Lead"):
                continue
            for record in match.get("matchRecords") or []:
                lead_id = (record.get("record") or {}).get("Id")
                if lead_id and lead_id not in ids:
                    ids.append(str(lead_id))
    return ids


class _TimeoutSession(requests.Session):
    """Every request gets a timeout, the token calls simple-salesforce makes included."""

    def __init__(self, timeout_seconds: float) -> None:
        super().__init__()
        self.timeout_seconds = timeout_seconds

    def request(self, method: str, url: str | bytes, *args: Any, **kwargs: Any) -> requests.Response:
        kwargs.setdefault("timeout", self.timeout_seconds)
        return super().request(method, url, *args, **kwargs)


class _LeadGone(Exception):
    """The remembered Lead was deleted or merged away."""


class _LeadConverted(Exception):
    """The Lead was converted: Salesforce no longer lets anyone update it."""


class SalesforceLeadSink:
    """Creates or updates one Lead per call with simple-salesforce, deduplicating as it goes.

    Order: the Lead this session made before; else upsert on the external-id field (value:
    session id) when configured; else an open Lead with the same email; else create, and on
    DUPLICATES_DETECTED update the Lead the duplicate rule matched.
    """

    def __init__(
        self,
        credentials: CredentialsSource,
        *,
        external_id_field: str | None = None,
        http: requests.Session | None = None,
        timeout_seconds: float = 10.0,
    ) -> None:
        self._credentials = credentials
        self._external_id_field = external_id_field or None
        self._http = http or _TimeoutSession(timeout_seconds)
        self._client: Salesforce | None = None

    # -- the port --------------------------------------------------------------------------------
    def save(self, request: LeadSave) -> SavedLead:
        payload = dict(request.payload)
        for _attempt in range(2):
            try:
                return self._save(request, payload)
            except SalesforceMalformedRequest as exc:
                codes, fields = _error_codes(exc), _error_fields(exc)
                fixable = [f for f in fields if f in payload and f not in REQUIRED_FIELDS]
                if codes & DROPPABLE_FIELD_ERRORS and fixable and _attempt == 0:
                    logger.warning("salesforce refused fields, retrying without them",
                                   error_codes=sorted(codes), fields=fixable)
                    for field in fixable:
                        payload.pop(field)
                    continue
                raise CrmRejected(f"salesforce rejected the lead: {','.join(sorted(codes)) or 'malformed'}"
                                  f"{' on ' + ','.join(fields) if fields else ''}") from exc
            except SalesforceResourceNotFound as exc:
                # Not the Lead's fault: a missing external-id field or object access; fix config, redrive.
                raise CrmUnavailable(f"salesforce resource not found: {exc.resource_name}") from exc
        raise AssertionError("unreachable")

    def _save(self, request: LeadSave, payload: dict[str, Any]) -> SavedLead:
        if request.known_lead_id:
            try:
                return self._update(request.known_lead_id, payload, adopted=False)
            except _LeadGone:
                logger.info("remembered lead is gone, deduplicating afresh")
            except _LeadConverted:
                return SavedLead(action="left_converted", lead_id=request.known_lead_id)
        if self._external_id_field:
            return self._upsert(self._external_id_field, request.session_id, payload)
        email = payload.get("Email")
        if email and (lead_id := self._open_lead_by_email(str(email))):
            try:
                return self._update(lead_id, payload, adopted=True)
            except (_LeadGone, _LeadConverted):
                logger.info("lead matched by email changed meanwhile, creating")
        return self._create(payload)

    # -- operations -------------------------------------------------------------------------------
    def _create(self, payload: Mapping[str, Any]) -> SavedLead:
        try:
            result = self._send("POST", "sobjects/Lead/", payload)
        except SalesforceMalformedRequest as exc:
            if "DUPLICATES_DETECTED" not in _error_codes(exc):
                raise
            return self._resolve_duplicate(exc, payload, lambda: self._create_allowing_duplicates(payload))
        return SavedLead(action="created", lead_id=str((result or {})["id"]))

    def _create_allowing_duplicates(self, payload: Mapping[str, Any]) -> SavedLead:
        result = self._send("POST", "sobjects/Lead/", payload, headers=ALLOW_DUPLICATE_SAVE)
        return SavedLead(action="created", lead_id=str((result or {})["id"]))

    def _upsert(self, field: str, value: str, payload: Mapping[str, Any]) -> SavedLead:
        path = f"sobjects/Lead/{field}/{quote(value, safe='')}"
        try:
            result = self._send("PATCH", path, payload)
        except SalesforceMalformedRequest as exc:
            if "DUPLICATES_DETECTED" not in _error_codes(exc):
                raise
            # Stamp the matched Lead with our external id so later upserts land on it directly.
            stamped = {**payload, field: value}
            return self._resolve_duplicate(exc, stamped, lambda: self._upsert_allowing(path, payload))
        if result is None:  # 204 from API versions before 46.0: no body, the Lead was updated
            return SavedLead(action="updated", lead_id=self._lead_id_by_field(field, value))
        return SavedLead(action="created" if result.get("created") else "updated", lead_id=str(result["id"]))

    def _upsert_allowing(self, path: str, payload: Mapping[str, Any]) -> SavedLead:
        result = self._send("PATCH", path, payload, headers=ALLOW_DUPLICATE_SAVE)
        return SavedLead(action="created", lead_id=str((result or {})["id"]))

    def _resolve_duplicate(
        self, exc: SalesforceMalformedRequest, payload: Mapping[str, Any], otherwise: Callable[[], SavedLead]
    ) -> SavedLead:
        """Link to the Lead the duplicate rule matched; without a Lead match, save anyway."""
        for lead_id in _duplicate_lead_ids(exc):
            try:
                saved = self._update(lead_id, payload, adopted=True)
            except (_LeadGone, _LeadConverted):
                continue
            logger.info("duplicate rule matched an existing lead, updated it", lead_id=lead_id)
            return saved
        logger.info("duplicate rule matched no open lead, saving with allowSave")
        return otherwise()

    def _update(self, lead_id: str, payload: Mapping[str, Any], *, adopted: bool) -> SavedLead:
        """Update a Lead by id. Placeholders never overwrite what a rep typed; a Lead we adopted
        (matched by email or a duplicate rule) keeps its own LeadSource for marketing attribution."""
        path = f"sobjects/Lead/{quote(lead_id, safe='')}"
        changes = {name: value for name, value in payload.items()
                   if value != NOT_PROVIDED and not (adopted and name == "LeadSource")}
        try:
            self._send("PATCH", path, changes)
        except SalesforceResourceNotFound as exc:
            raise _LeadGone from exc
        except SalesforceMalformedRequest as exc:
            codes = _error_codes(exc)
            if codes & CONVERTED_ERRORS:
                raise _LeadConverted from exc
            if codes & GONE_ERRORS:
                raise _LeadGone from exc
            raise
        return SavedLead(action="updated", lead_id=lead_id)

    def _open_lead_by_email(self, email: str) -> str | None:
        soql = format_soql("SELECT Id FROM Lead WHERE Email = {} AND IsConverted = false "
                           "ORDER BY LastModifiedDate DESC LIMIT 1", email)
        result = self._call(lambda sf: sf.query(soql))
        records = (result or {}).get("records") or []
        return str(records[0]["Id"]) if records else None

    def _lead_id_by_field(self, field: str, value: str) -> str | None:
        soql = format_soql(f"SELECT Id FROM Lead WHERE {field} = {{}} LIMIT 1", value)
        records = (self._call(lambda sf: sf.query(soql)) or {}).get("records") or []
        return str(records[0]["Id"]) if records else None

    # -- transport, auth and error translation ---------------------------------------------------------
    def _send(self, method: str, path: str, payload: Mapping[str, Any],
              headers: Mapping[str, str] | None = None) -> Any:
        """One REST call; None for 204 No Content, the decoded JSON otherwise."""
        body = json.dumps(payload)
        return self._call(lambda sf: sf.restful(path, method=method, data=body, headers=dict(headers or {})))

    def _connect(self, *, fresh_credentials: bool) -> Salesforce:
        credentials = self._credentials(fresh_credentials)
        try:
            token, host = login(credentials, self._http)
        except SalesforceAuthenticationFailed as exc:
            raise CrmUnavailable(f"salesforce login failed ({credentials.auth}): {exc.code}") from exc
        except requests.RequestException as exc:
            raise CrmUnavailable(f"salesforce login unreachable: {type(exc).__name__}") from exc
        except (AttributeError, KeyError, TypeError) as exc:
            # simple-salesforce assumes a well-formed token response; a proxy's error page is not one.
            raise CrmUnavailable("salesforce login answered an unexpected response") from exc
        logger.info("salesforce session opened", auth=credentials.auth)
        # A bare session: simple-salesforce raises on 401 instead of re-logging in 3 times;
        # _call re-authenticates exactly once.
        return Salesforce(session_id=token, instance=host, version=credentials.api_version,
                          session=self._http)

    def _call(self, operation: Callable[[Salesforce], T]) -> T:
        if self._client is None:
            self._client = self._connect(fresh_credentials=False)
        try:
            try:
                return operation(self._client)
            except SalesforceExpiredSession:
                logger.info("salesforce session expired, re-authenticating once")
                self._client = None
                self._client = self._connect(fresh_credentials=True)
                return operation(self._client)
        except SalesforceExpiredSession as exc:
            self._client = None
            raise CrmUnavailable("salesforce session still invalid after re-authentication") from exc
        except (SalesforceMalformedRequest, SalesforceResourceNotFound) as exc:
            if _error_codes(exc) & TRANSIENT_ERRORS:
                raise CrmUnavailable(f"salesforce busy: {','.join(sorted(_error_codes(exc)))}") from exc
            raise
        except SalesforceError as exc:
            # 403 (REQUEST_LIMIT_EXCEEDED, permissions), 5xx, 300: not the Lead's fault, retry later.
            codes = ",".join(sorted(_error_codes(exc))) or "no error code"
            raise CrmUnavailable(f"salesforce answered {exc.status}: {codes}") from exc
        except requests.RequestException as exc:
            raise CrmUnavailable(f"salesforce unreachable: {type(exc).__name__}") from exc


class DryRunLeadSink:
    """Records the exact Lead payload it would send under crm-outbox/<session_id>.json."""

    def __init__(self, store: ObjectStore) -> None:
        self._store = store

    def save(self, request: LeadSave) -> SavedLead:
        key = f"{OUTBOX_PREFIX}{request.session_id}.json"
        self._store.put_json(request.source.bucket, key, dict(request.payload))
        logger.info("dry run: no Salesforce credentials configured, lead payload written to the outbox",
                    outbox_key=key)
        return SavedLead(action="dry_run", outbox_key=key)


def build_lead_sink(
    *,
    secret_name: str,
    store: ObjectStore,
    external_id_field: str | None = None,
    credentials: CredentialsSource | None = None,
    http: requests.Session | None = None,
    configured: Callable[[str], bool] = secret_configured,
) -> SalesforceLeadSink | DryRunLeadSink:
    """Salesforce when a secret is configured and present; the dry-run outbox otherwise."""
    if credentials is None:
        if not secret_name:
            logger.info("no Salesforce secret configured: dry run")
            return DryRunLeadSink(store)
        if not configured(secret_name):
            logger.info("Salesforce secret absent or empty: dry run", secret_name=secret_name)
            return DryRunLeadSink(store)
        credentials = secret_credentials(secret_name)
    return SalesforceLeadSink(credentials, external_id_field=external_id_field, http=http)


__all__ = [
    "DryRunLeadSink",
    "LeadPayload",
    "SalesforceCredentials",
    "SalesforceLeadSink",
    "build_lead_sink",
    "login",
    "secret_credentials",
]
