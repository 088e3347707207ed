"""Live Salesforce effects are read off the wire: which REST calls count as a Lead created or updated."""

import json

import pytest
import requests

from scripts.demo.observe import SalesforceWrite, lead_write

BASE = "https://acme.my.salesforce.com/services/data/v62.0/sobjects/Lead"
QUERY = "https://acme.my.salesforce.com/services/data/v62.0/query/"


def exchange(method: str, url: str, status: int, body: dict | None = None) -> SalesforceWrite | None:
    request = requests.Request(method, url).prepare()
    response = requests.Response()
    response.status_code = status
    response._content = json.dumps(body).encode() if body is not None else b""
    return lead_write(request, response)


@pytest.mark.parametrize(
    ("method", "url", "status", "body", "expected"),
    [
        ("POST", f"{BASE}/", 201, {"id": "00Q1", "success": True}, SalesforceWrite("created", "00Q1")),
        ("PATCH", f"{BASE}/00Q2", 204, None, SalesforceWrite("updated", "00Q2")),
        ("PATCH", f"{BASE}/Postcall_Session_Id__c/c-1", 201, {"id": "00Q3", "created": True},
         SalesforceWrite("created", "00Q3")),
        ("PATCH", f"{BASE}/Postcall_Session_Id__c/c-1", 200, {"id": "00Q3", "created": False},
         SalesforceWrite("updated", "00Q3")),
        ("POST", f"{BASE}/", 400, [{"errorCode": "DUPLICATES_DETECTED"}], None),
        ("GET", f"{QUERY}?q=SELECT+Id+FROM+Lead", 200, {"records": []}, None),
    ],
)
def test_only_successful_lead_writes_count(method: str, url: str, status: int, body: dict | None,
                                           expected: SalesforceWrite | None) -> None:
    assert exchange(method, url, status, body) == expected
