"""Tokens with character offsets: every fact can point back at the caller's exact words."""

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Final, NamedTuple, cast

from postcall.extraction import precompiled

_COMPILED_ON_USE: list["_PatternOnUse"] = []


class _PatternOnUse:
    """A regex compiled the first time it is used. About half of the extractor's ~300 patterns sit behind
    substring checks and never run on a typical call: compiling all at import cost the Lambda cold start
    ~200 ms. After first use the compiled methods are plain attributes, so later calls pay nothing."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern  # readable without compiling: other patterns are built from it
        self._flags = flags
        self.compiled: re.Pattern[str] | None = None

    def compile(self) -> re.Pattern[str]:
        if self.compiled is None:
            built = precompiled.from_build(self.pattern, self._flags)  # `make build`'s opcodes, if any
            self.compiled = compiled = built or re.compile(self.pattern, self._flags)
            for name in ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"):
                setattr(self, name, getattr(compiled, name))
            self.flags, self.groups, self.groupindex = compiled.flags, compiled.groups, compiled.groupindex
        return self.compiled

    def __getattr__(self, name: str) -> Any:  # the methods above, before first use; anything else
        return getattr(self.compile(), name)


def pattern_on_use(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile`, deferred to first use; for module-level patterns only (each one is kept)."""
    lazy = _PatternOnUse(pattern, flags)
    _COMPILED_ON_USE.append(lazy)
    return cast("re.Pattern[str]", lazy)


def longest_first(words: Iterable[str]) -> list[str]:
    """Alternatives in a pattern's order: longest first (so a longer word wins at one place), then
    alphabetical. Never a set's own order: it changes from process to process, and the build's precompiled
    patterns are found by their exact text."""
    return sorted(words, key=lambda word: (-len(word), word))


def deferred_patterns() -> list[tuple[str, int]]:
    """(text, flags) of every module-level pattern of the modules imported so far (the build precompiles
    them: `scripts/precompile_patterns.py`)."""
    return [(lazy.pattern, int(lazy._flags)) for lazy in _COMPILED_ON_USE]


def compile_all_patterns() -> int:
    """Compile every deferred pattern now (the voice agent's prewarm): no caller turn waits on one.
    Returns how many this call compiled (0 once everything is compiled)."""
    pending = [lazy for lazy in _COMPILED_ON_USE if lazy.compiled is None]
    for lazy in pending:
        lazy.compile()
    return len(pending)


_TOKEN_RE: Final = pattern_on_use(
    r"\$?\d+(?:,\d{3})+(?:\.\d+)?k?%?(?![\d])"  # 1,200  $1,500  2,000
    r"|\$?\d+(?:\.\d+)?k?%?"  # 49  1.2k  99.9%
    r"|['\u2019]s\b"  # "team's about 7" -> team + 's
    r"|[A-Za-z]+(?:['\u2019](?!s\b)[A-Za-z]+)?"  # words, we're, don't
    r"|\.\.\.|[^\sA-Za-z\d]"
)

FILLERS: Final = frozenset({"uh", "um", "uhh", "umm", "hmm", "er", "erm", "mm", "ah", "eh"})
# Words that soften a figure without changing what it counts.
HEDGES: Final = frozenset(
    {
        "like",
        "about",
        "around",
        "roughly",
        "approximately",
        "maybe",
        "probably",
        "say",
        "almost",
        "nearly",
        "some",
        "easily",
        "easy",
        "tops",
        "max",
        "just",
        "only",
        "really",
        "actually",
        "honestly",
        "basically",
        "currently",
        "now",
        "right",
        "what",
        "i",
        "dunno",
        "guess",
        "think",
        "d",
        "closer",
        "to",
        "more",
        "or",
        "so",
        "well",
        "call",
        "it",
        "it's",
        "its",
        "that's",
        "over",
        "least",
        "at",
        "upwards",
        "of",
        "definitely",
        "than",
        "usually",
        "typically",
        "generally",
        "sometimes",
        "mostly",
        "you",
        "know",
        # "we're, I don't know, somewhere between five and ten"
        "don't",
        "somewhere",
        "between",
    }
)


class Token(NamedTuple):
    """One token and its character span; immutable (a named tuple: about twice as fast to build as a frozen
    dataclass, and a turn is tokenized on every observe)."""

    text: str
    low: str
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()

    @property
    def is_punct(self) -> bool:
        return not self.text[0].isalnum() and self.text[0] != "$"

    @property
    def is_capitalized(self) -> bool:
        return self.text[0].isupper()


def _tokens(text: str) -> tuple[Token, ...]:
    # a list comprehension over (match, its text): the hook's tightest loop, on every caller turn
    return tuple(
        [
            Token(word, word.lower().replace("\u2019", "'"), m.start(), m.end())
            for m in _TOKEN_RE.finditer(text)
            for word in (m.group(),)
        ]
    )


# Per call, not global: the signal and contact passes tokenize each caller turn three times.
_CALL_TOKENS: ContextVar[dict[str, tuple[Token, ...]] | None] = ContextVar("_CALL_TOKENS", default=None)


@contextmanager
def tokens_cached() -> Iterator[None]:
    """Within the block, each distinct text is tokenized once (Tokens are immutable)."""
    reset = _CALL_TOKENS.set({})
    try:
        yield
    finally:
        _CALL_TOKENS.reset(reset)


def tokenize(text: str) -> list[Token]:
    cache = _CALL_TOKENS.get()
    if cache is None:
        return list(_tokens(text))
    tokens = cache.get(text)
    if tokens is None:
        tokens = cache[text] = _tokens(text)
    return list(tokens)  # a fresh list: callers may filter or extend theirs


_SENTENCE_RE: Final = pattern_on_use(r"[^.?!]+[.?!]*")


def clause_around(text: str, start: int, end: int, limit: int = 160) -> str:
    """The sentence of `text` that holds [start, end), trimmed: a verbatim quote for evidence."""
    for m in _SENTENCE_RE.finditer(text):
        if m.start() <= start < m.end():
            s, e = m.start(), max(m.end(), end)
            quote = text[s:e].strip()
            if len(quote) <= limit:
                return quote
            break
    lo = max(0, start - limit // 2)
    return text[lo : min(len(text), end + limit // 2)].strip()


def word_set(words: str) -> frozenset[str]:
    """A lexicon written as whitespace-separated words."""
    return frozenset(words.split())
