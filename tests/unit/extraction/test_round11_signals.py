"""Signal mechanisms found by blind round 11 and its open misses, tested in wording of our own."""

import pytest

from postcall.extraction import extract_signals


@pytest.mark.parametrize(
    ("text", "team"),
    [
        # the head of the subject before "is" is the team, however long its prepositional tail
        ("the support crew at both of our warehouses is eleven, and the firm is about ninety", 11),
        ("our dispatch team in the east region is like five", 5),
        # a subject whose head is no people word gives no team
        ("our volume at the downtown office is about forty", None),
    ],
)
def test_the_head_of_the_subject_says_what_a_copula_figure_counts(text: str, team: int | None) -> None:
    # Given "<noun phrase> is N" with the people word far from the figure
    # When the utterance is read
    # Then the figure is a team size only when the subject's head noun is a team or people word
    assert extract_signals([text]).team_size == team


@pytest.mark.parametrize(
    ("text", "team"),
    [
        # people bound to us as talent or placements are no staff
        ("we're a modelling agency with about sixty models signed to us, and eight bookers", 8),
        ("we represent roughly 45 musicians, and it's me and two assistants", 3),
        ("twenty-two speakers on our roster, the office is four people", 4),
        # staff with "our" stay staff
        ("we have about sixty coordinators on our team", 60),
        # a flow of placed people each signing a document is still a volume, not a team
        ("we place about thirty caregivers a week, each signs a contract", None),
    ],
)
def test_a_counted_group_that_is_talent_or_placements_is_no_team(text: str, team: int | None) -> None:
    # Given a counted group the caller represents, signs or places
    # When the utterance is read
    # Then it is not the team size
    assert extract_signals([text]).team_size == team


@pytest.mark.parametrize(
    ("text", "team"),
    [
        ("honestly, nine, no, eleven, we just hired two more last week", 11),
        ("it's twenty-six, counting me", 26),
        # a bare figure with a rate is no head count
        ("about forty a week, we just hired a coordinator for it", None),
    ],
)
def test_a_bare_figure_followed_by_a_hire_counts_people(text: str, team: int | None) -> None:
    # Given a bare count with no people word, followed in the sentence by a hire or "counting me"
    # When the utterance is read
    # Then the count is the team size
    assert extract_signals([text]).team_size == team
