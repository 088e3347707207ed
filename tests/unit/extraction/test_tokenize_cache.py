"""analyze_call tokenizes each caller turn once per call, without changing what tokenize returns."""

from postcall.extraction import text
from postcall.extraction.text import tokenize, tokens_cached


def test_tokens_inside_a_call_equal_fresh_tokens_and_are_a_new_list_each_time() -> None:
    # Given a caller turn and its tokens outside any call
    utterance = "We're about 40 agents, $1,500 a month, call me at 555-0100."
    fresh = tokenize(utterance)
    # When the same turn is tokenized twice inside one call
    with tokens_cached():
        first = tokenize(utterance)
        first.append(fresh[0])  # a caller changing its own list
        second = tokenize(utterance)
    # Then both equal the fresh tokens, and one caller's edit does not leak into the next
    assert first[:-1] == fresh
    assert second == fresh


def test_the_cache_ends_with_the_call() -> None:
    # Given a call that tokenized a turn
    with tokens_cached():
        tokenize("about 40 agents")
    # When the call is over
    # Then nothing is kept for the next call (a warm Lambda scores other sessions)
    assert text._CALL_TOKENS.get() is None


def test_deferred_patterns_compile_on_first_use_and_all_at_once_on_request():
    # Given a pattern deferred to first use
    from postcall.extraction.text import compile_all_patterns, pattern_on_use

    pattern = pattern_on_use(r"\bforty (\w+)\b")
    assert pattern.pattern == r"\bforty (\w+)\b"  # its source is readable before it compiles

    # When it is used, Then it behaves as the compiled pattern
    match = pattern.search("we have forty agents")
    assert match is not None and match.group(1) == "agents"
    assert pattern.sub("N", "forty agents") == "N"

    # And compiling everything up front (the agent's prewarm) compiles the rest once, and leaves them usable
    compile_all_patterns()
    assert compile_all_patterns() == 0
    assert pattern_on_use(r"x+").fullmatch("xxx") is not None
