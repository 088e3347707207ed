"""Contact details as callers say them."""

import pytest

from postcall.extraction.contact import company_in, names_in, phones_in, spoken_emails


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("it's sam at northwind dot io", "sam@northwind.io"),
        ("j dot smith at acme logistics dot com", "j.smith@acmelogistics.com"),
        ("email is k walker at walker and lee dot law", "kwalker@walkerandlee.law"),
        ("sure, it's pat twenty-two at gmail dot com", "pat22@gmail.com"),
        ("maria at casa verde dot co dot uk", "maria@casaverde.co.uk"),
        ("you can use ops@harborline.net", "ops@harborline.net"),
        ("it's lee at k p m dot org", "lee@kpm.org"),
    ],
)
def test_spoken_emails_are_written_out(text: str, expected: str) -> None:
    assert [email for _, email in spoken_emails(text)] == [expected]


def test_a_corrected_email_is_the_last_one() -> None:
    text = "it's ann dot lee at birch dot com, no wait, just ann at birch dot com"
    assert [email for _, email in spoken_emails(text)][-1] == "ann@birch.com"


def test_at_without_a_domain_is_not_an_email() -> None:
    assert spoken_emails("we're at about forty people, at the moment") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my cell is four one five, five five five, zero one two three", "415-555-0123"),
        ("you can reach me at 646-555-0101", "646-555-0101"),
        ("call me on 312 555 0199", "312-555-0199"),
        # repeated digits said as "double" and "triple"
        ("my cell, seven one eight, triple five, zero one double four", "718-555-0144"),
    ],
)
def test_the_callers_own_phone(text: str, expected: str) -> None:
    assert [phone for _, phone in phones_in(text, None)] == [expected]


def test_someone_elses_phone_is_not_the_callers() -> None:
    assert phones_in("the number on their website is 212 555 0100", None) == []


@pytest.mark.parametrize(
    ("text", "asked", "expected"),
    [
        ("hi, this is Nora Blake from Fernway Homes", None, ("Nora", "Blake")),
        ("hey, I'm Theo, I run a small bakery", None, ("Theo", None)),
        ("my name is Ines Carvalho", None, ("Ines", "Carvalho")),
        ("yeah, Omar Haddad, Haddad Freight", None, ("Omar", "Haddad")),
        ("Priscilla Wong. I'm the office manager", "Can I get your name?", ("Priscilla", "Wong")),
        ("I'm looking for a demo", None, None),
        # a greeting name followed by the company, a filler before "here", a name left with the details
        ("hello! Marta Quist with Lakeline Dental Group", None, ("Marta", "Quist")),
        ("oh hi, um, Jonah here, from the print shop", None, ("Jonah", None)),
        ("could I leave my details? Tomasz Wren. it's t wren at lakeline dot com", None, ("Tomasz", "Wren")),
    ],
)
def test_names_the_caller_gives(
    text: str, asked: str | None, expected: tuple[str, str | None] | None
) -> None:
    assert names_in(text, asked) == expected


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        ("hi, this is Nora Blake from Fernway Homes", {"Nora", "Blake"}, "Fernway Homes"),
        ("I'm the controller at Redwood Analytics", set(), "Redwood Analytics"),
        ("yeah, Omar Haddad, Haddad Freight", {"Omar", "Haddad"}, "Haddad Freight"),
        ("we're a small landscaping business, Green Thumb Gardens", set(), "Green Thumb Gardens"),
        ("we use Procore and QuickBooks", set(), None),
        # roles and departments before "at"/"for", "my practice is", a call-sign, "The" inside a name
        ("I'm the head of procurement at Ellison Freightways", set(), "Ellison Freightways"),
        ("I run operations for Northbeam Roofing", set(), "Northbeam Roofing"),
        ("I'm the director of Hillside Animal Rescue", set(), "Hillside Animal Rescue"),
        ("my shop is called Copper Kettle Outfitters", set(), "Copper Kettle Outfitters"),
        ("I sell airtime over at KXRP", set(), "KXRP"),
        ("I'm the owner at The Lantern on Main", set(), "The Lantern on Main"),
        ("I'm the CFO, Dana Lee", {"Dana", "Lee"}, None),
    ],
)
def test_company_the_caller_names(text: str, person: set[str], expected: str | None) -> None:
    found = company_in(text, None, person)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a spelling aside between the local part and "at", and a long local part with a number
        ("d ostrowski, that's o-s-t-r-o-w-s-k-i, at lakeview c u dot org", "dostrowski@lakeviewcu.org"),
        ("kim dot nguyen dot hr twenty-four at acme dot io", "kim.nguyen.hr24@acme.io"),
    ],
)
def test_round_8_spoken_emails(text: str, expected: str) -> None:
    assert [email for _, email in spoken_emails(text)] == [expected]


def test_the_last_four_digits_said_as_two_pairs() -> None:
    # Given a number whose last four digits are said as "nineteen eighty"
    got = phones_in("my direct line is four one five, five five five, nineteen eighty", None)
    # Then it is written out in full
    assert [phone for _, phone in got] == ["415-555-1980"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name opening a sentence, then a business named after the surname
        ("hey there. Dale Fenner, Fenner Brothers Excavating, we dig foundations", ("Dale", "Fenner")),
        # the caller says which name is the family name
        ("my name is Kim Soo-jin. Kim is my family name", ("Soo-jin", "Kim")),
    ],
)
def test_round_8_names(text: str, expected: tuple[str, str]) -> None:
    assert names_in(text, None) == expected


def test_a_company_after_one_of_several_roles() -> None:
    assert company_in("I'm one of the principals at Larkspur Design", None, set()) == ("Larkspur Design", 3)


def test_a_name_with_accented_letters_and_a_business_called_x() -> None:
    # Given a surname with an accented letter, and a business introduced as "a <business noun> called X"
    # Then the whole surname and the business are read
    assert names_in("hi, this is Inés Nuñez from the front desk", None) == ("Inés", "Nuñez")
    found = company_in("I run a little design studio called Paperkite", None, set())
    assert found is not None and found[0] == "Paperkite"


def test_a_sentence_that_is_only_a_capitalised_name_is_the_company() -> None:
    found = company_in("Harbor Crest Roofing. we have nine crews out most days", None, set())
    assert found is not None and found[0] == "Harbor Crest Roofing"
    # but not a day and time, nor the caller's own name
    assert company_in("Tuesday Morning.", None, set()) is None
    assert company_in("Dana Ruiz.", None, {"Dana", "Ruiz"}) is None


def test_a_company_name_with_an_abbreviated_saint() -> None:
    found = company_in("I'm the registrar at St. Agnes Prep, we send enrollment packets", None, set())
    assert found is not None and found[0] == "St. Agnes Prep"


def test_a_bare_spelling_between_commas_inside_an_email_is_an_aside() -> None:
    # Given a surname spelled letter by letter between the local part and "at"
    got = spoken_emails("sure, j okonkwo, O-K-O-N-K-W-O, at delta freight dot com")
    # Then the spelling is skipped, not taken as the local part
    assert [e for _, e in got] == ["jokonkwo@deltafreight.com"]
    # and a local part cut by "then" gives no address rather than half of one
    assert spoken_emails("it's b, then lowe, L-O-W-E, at acme dot com") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("if Dr. Lee's office rings back, let them know Rosalind phoned", ("Rosalind", None)),
        ("just tell her it was Bo, from the bakery", ("Bo", None)),
        ("tell them Slack is down again", None),  # a tool, not a name
    ],
)
def test_a_name_left_in_a_message_is_the_callers(text: str, expected: tuple[str, str | None] | None) -> None:
    assert names_in(text, None) == expected


def test_a_company_name_corrected_in_the_same_turn_is_the_later_one() -> None:
    text = "I manage the front desk at Oak Hollow Vets, actually we rebranded, it's Ridgeline Animal Care now"
    found = company_in(text, None, set())
    assert found is not None and found[0] == "Ridgeline Animal Care"
