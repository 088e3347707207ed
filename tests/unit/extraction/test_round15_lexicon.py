"""Industry, integration and urgency mechanisms found by blind rounds 14 and 15's open misses, tested in
wording of our own (never the blind lines)."""

import pytest

from postcall.extraction import extract_signals


@pytest.mark.parametrize(
    ("texts", "integrations"),
    [
        # asked about, then said not to be in use, in the next sentence
        (["can you hook into Pipedrive? we don't use it yet, I'm only asking"], []),
        (["is there an Airtable connector? no, we don't have it, just wondering"], []),
        # out of reach or nearly bought: not in use
        (["invoices go out through QuickBooks, we're too small for Xero anyway"], ["quickbooks"]),
        (["we can't afford Salesforce, so it's all in a spreadsheet"], []),
        (["we nearly went with HubSpot, then the budget got cut"], []),
        # left, in the past tense, with the tool moved to named first
        (["Pipedrive now, we migrated to it from Zoho in the spring"], ["pipedrive"]),
        (["we switched from Dropbox a while back, everything lives in SharePoint"], ["sharepoint"]),
        # moved off one tool to another: the second is in use
        (["we moved off Box to Google Drive over the summer"], ["google_drive"]),
        # someone else's copy the caller never uses
        (["head office pays for Slack but we never really use it"], []),
        # a correction ending in a bare denial of the first name
        (["the files sit in OneDrive, sorry, SharePoint, not OneDrive"], ["sharepoint"]),
        # left, said after the name
        (["Zoho was our CRM for years. Zoho is history, we're on HubSpot"], ["hubspot"]),
    ],
)
def test_integrations_not_in_use_are_left_out(texts: list[str], integrations: list[str]) -> None:
    # Given a caller naming tools they do not use, left, or only nearly bought
    # When the utterances are read
    # Then only the tools in use remain
    assert extract_signals(texts).integrations == integrations


@pytest.mark.parametrize(
    ("text", "integrations"),
    [
        # buyers close to those frames keep their tools
        ("do you integrate with Pipedrive? we live in it all day", ["pipedrive"]),
        ("we're big enough for Stripe now, that's what we use", ["stripe"]),
        ("we moved to HubSpot last year and love it", ["hubspot"]),
        ("we use Slack and the whole team is on it", ["slack"]),
    ],
)
def test_integrations_in_use_near_those_frames_are_kept(text: str, integrations: list[str]) -> None:
    # Given a caller who does use the tool, in words close to the frames above
    # When the utterance is read
    # Then the tool is kept
    assert extract_signals([text]).integrations == integrations
