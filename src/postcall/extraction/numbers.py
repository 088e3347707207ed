"""Numbers as people say them: digits, number words, digit strings, ranges and self-corrections.

"a couple dozen" -> 24, "fifteen hundred" -> 1500, "two-fifty" -> 250, "1.2k" -> 1200,
"five-oh-three, five five five, zero one nine two" -> a phone number, not a quantity,
"fifteen, twenty" / "90 to 105" / "four or five" -> a range, "twenty, no, twenty-five" -> 25.
"""

from dataclasses import dataclass, replace
from typing import Final, Literal

from postcall.extraction.text import FILLERS, Token

UNITS: Final = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS: Final = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES: Final = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
DIGIT_WORDS: Final = {**{k: v for k, v in UNITS.items() if v < 10}, "oh": 0, "o": 0}
CORRECTION_WORDS: Final = frozenset(
    {"no", "nope", "wait", "sorry", "actually", "mean", "rather", "scratch", "correction", "make"}
)
NUMBER_START: Final = frozenset(UNITS) | frozenset(TENS) | {"hundred", "dozen", "couple", "half"}

Kind = Literal["number", "phone", "code", "money", "percent"]


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number in an utterance: `value` is what it counts (range midpoint, rounded down)."""

    value: int
    i: int  # first token index
    j: int  # last token index (inclusive)
    kind: Kind = "number"
    lo: int = 0
    hi: int = 0
    over: bool = False  # "over 50", "50-plus": the bound counts
    fraction: bool = False


def _word(tokens: list[Token], k: int) -> str:
    return tokens[k].low if 0 <= k < len(tokens) else ""


def _next_word(tokens: list[Token], k: int) -> int:
    """Index of the next token that is not a filler (commas kept)."""
    k += 1
    while k < len(tokens) and tokens[k].low in FILLERS:
        k += 1
    return k


def _digit_token_value(tok: Token) -> tuple[float, Kind]:
    t = tok.low
    kind: Kind = "number"
    if t.startswith("$"):
        kind, t = "money", t[1:]
    if t.endswith("%"):
        return float(t[:-1].replace(",", "")), "percent"
    mult = 1
    if t.endswith("k"):
        mult, t = 1000, t[:-1]
    return float(t.replace(",", "")) * mult, kind


def _parse_digits(tokens: list[Token], k: int) -> tuple[Quantity, int]:
    """A digit token, a phone-like run of digit groups (555-0199, 555 203 8841) or digits + scale word."""
    value, kind = _digit_token_value(tokens[k])
    groups = [tokens[k].low]
    m = k
    while (
        kind == "number"
        and m + 2 < len(tokens) + 1
        and m + 1 < len(tokens)
        and tokens[m + 1].low in {"-", ".", ")", "("}
        and m + 2 < len(tokens)
        and tokens[m + 2].low.isdigit()
    ):
        groups.append(tokens[m + 2].low)
        m += 2
    while m + 1 < len(tokens) and tokens[m + 1].low.isdigit() and tokens[m].low.isdigit() and len(groups) < 4:
        groups.append(tokens[m + 1].low)
        m += 1
    if len(groups) > 1:
        digits = "".join([g for g in groups if g.isdigit()])
        if len(digits) >= 7:
            return Quantity(int(digits), k, m, "phone"), m + 1
        m = k  # "9:30", "3-4" handled as separate numbers
    n = _next_word(tokens, m)
    scale = _word(tokens, n)
    if kind == "number" and scale in SCALES:
        value *= SCALES[scale]
        m = n
    return Quantity(int(value), k, m, kind, fraction=value != int(value)), m + 1


def _pair(tokens: list[Token], k: int) -> tuple[str, int] | None:
    """A two-digit group: "twenty-one", "forty", "fifteen", "oh five"."""
    w = _word(tokens, k)
    if w in TENS:
        if _word(tokens, k + 1) == "-" and 0 < UNITS.get(_word(tokens, k + 2), 0) < 10:
            return str(TENS[w] + UNITS[_word(tokens, k + 2)]), k + 2
        return str(TENS[w]), k
    if w in UNITS and 10 <= UNITS[w] < 20:
        return str(UNITS[w]), k
    if w in {"oh", "o", "zero"} and _word(tokens, k + 1) in DIGIT_WORDS:
        return "0" + str(DIGIT_WORDS[_word(tokens, k + 1)]), k + 1
    return None


def _digit_pairs(tokens: list[Token], k: int) -> tuple[str, int] | None:
    """Four digits said as two pairs, and the index of their last token."""
    first = _pair(tokens, k)
    second = _pair(tokens, first[1] + 1) if first else None
    if first is None or second is None:
        return None
    return first[0] + second[0], second[1]


def _spoken_digits(tokens: list[Token], k: int) -> tuple[Quantity, int] | None:
    """Digit-by-digit speech: "five-oh-three, five five five, zero one nine two", "five-zero"."""
    groups: list[str] = []
    cur = ""
    hyphen = False
    m = k
    last = k
    while m < len(tokens):
        w = tokens[m].low
        if w in DIGIT_WORDS:
            cur += str(DIGIT_WORDS[w])
            last = m
        elif w in {"double", "triple"} and _word(tokens, m + 1) in DIGIT_WORDS:
            cur += str(DIGIT_WORDS[_word(tokens, m + 1)]) * (
                1 if w == "double" else 2
            )  # the next digit adds one
        elif w == "-" and _word(tokens, m + 1) in DIGIT_WORDS and cur:
            hyphen = True
        elif (
            w == ","
            and len(cur) >= 2
            and m + 2 < len(tokens)
            and _word(tokens, m + 1) in {*DIGIT_WORDS, "double", "triple"}
            and _word(tokens, m + 2) in {*DIGIT_WORDS, "-"}
        ):
            groups.append(cur)
            cur = ""
        elif w == "," and len("".join(groups) + cur) == 6 and (pairs := _digit_pairs(tokens, m + 1)):
            # "three one two, five five five, twenty-one forty": the last four said as two pairs
            groups.append(cur)
            cur, last, m = pairs[0], pairs[1], pairs[1] + 1
            break
        else:
            break
        m += 1
    groups.append(cur)
    digits = "".join(groups)
    if len(digits) >= 7:
        return Quantity(int(digits), k, last, "phone"), last + 1
    if len(groups) > 1:
        return None
    has_zero = "0" in digits[1:] and any(tokens[x].low in {"oh", "o", "zero"} for x in range(k + 1, last + 1))
    if len(digits) >= 3 and (hyphen or has_zero or len(digits) >= 4):
        return Quantity(int(digits), k, last, "code"), last + 1
    if len(digits) == 2 and (has_zero or hyphen) and _word(tokens, k + 1) == "-" and digits[1] == "0":
        return Quantity(int(digits), k, last), last + 1  # "five-zero" = 50
    if len(digits) == 2 and hyphen:
        return Quantity(int(digits), k, last, "code"), last + 1  # "one-five": a spelling, kept if it repeats
    return None


def _parse_words(tokens: list[Token], k: int) -> tuple[Quantity, int] | None:
    """Cardinal number words with 'a', 'and', hyphens, 'dozen', 'couple', 'half a dozen', 'two-fifty'."""
    spoken = _spoken_digits(tokens, k)
    if spoken is not None:
        return spoken
    total = 0
    current = 0
    seen = False
    last = k
    m = k
    prev = ""
    fraction = False
    while m < len(tokens):
        w = tokens[m].low
        if w in ("a", "an") and not seen:
            nxt = _word(tokens, _next_word(tokens, m))
            few = nxt == "few" and _word(tokens, _next_word(tokens, m) + 1) in {
                "hundred",
                "thousand",
                "dozen",
            }
            if nxt not in {"hundred", "thousand", "dozen", "couple"} and not few:
                break
        elif w == "half" and _word(tokens, m + 1) == "a" and _word(tokens, m + 2) == "dozen" and not seen:
            current, seen, last, m = 6, True, m + 2, m + 3
            prev = "dozen"
            continue
        elif w in UNITS:
            v = UNITS[w]
            if seen and (prev in UNITS or prev == "dozen" or (prev in TENS and v >= 10)):
                break  # "five five", "twenty twelve": digit speech or two numbers
            current += v
            seen, last = True, m
        elif w in TENS:
            v = TENS[w]
            if seen and prev in UNITS and 1 <= UNITS[prev] <= 9 and current < 10:
                current = current * 100 + v  # "two-fifty", "three sixty-five"
            elif seen and (prev in TENS or (prev in UNITS and UNITS[prev] >= 10)):
                break  # "twelve-thirty", "fifteen twenty": two numbers
            else:
                current += v
            seen, last = True, m
        elif w in SCALES:
            if seen and prev in SCALES and SCALES[prev] >= SCALES[w]:
                break
            if w == "hundred":
                current = max(current, 1) * 100
            else:
                total += max(current, 1) * SCALES[w]
                current = 0
            seen, last = True, m
        elif w == "dozen":
            current = max(current, 1) * 12
            seen, last = True, m
        elif w == "few" and not seen and _word(tokens, m + 1) in {"hundred", "thousand", "dozen"}:
            current += 3  # "a few dozen", "a few hundred": about three of them
            seen, last = True, m
        elif w == "couple":
            nxt = _word(tokens, m + 1)
            current += 2
            seen, last = True, m
            if nxt == "of":
                m += 1  # "a couple of quotes"
        elif w == "-" and seen and _word(tokens, m + 1) in NUMBER_START | {"plus"}:
            pass
        elif (
            w == "and"
            and seen
            and prev == "dozen"
            and _word(tokens, m + 1) == "a"
            and _word(tokens, m + 2) == "half"
        ):
            current += 6  # "a dozen and a half"
            last, m = m + 2, m + 3
            break
        elif w == "point" and seen and prev in {*UNITS, *TENS} and _word(tokens, m + 1) in DIGIT_WORDS:
            # "one point five k", "two point four million": a decimal only counts with a scale after it
            digits = ""
            n = m + 1
            while _word(tokens, n) in DIGIT_WORDS:
                digits += str(DIGIT_WORDS[_word(tokens, n)])
                n += 1
            scale = _word(tokens, n)
            factor = SCALES.get(scale) or (1000 if scale == "k" else 0)
            if factor:
                total += int((current + float("0." + digits)) * factor)
                current, last = 0, n
            else:
                fraction, last = True, n - 1
            break
        elif w == "and" and seen and prev in {*SCALES, "dozen"}:
            nxt = _word(tokens, m + 1)
            if nxt == "a" and _word(tokens, m + 2) == "half":
                fraction, last, m = True, m + 2, m + 3
                break
            if nxt not in UNITS and nxt not in TENS:
                break
        elif w == "and" and seen and _word(tokens, m + 1) == "a" and _word(tokens, m + 2) == "half":
            fraction, last = True, m + 2
            break
        elif w in FILLERS and seen:
            nxt = _word(tokens, _next_word(tokens, m))
            if nxt not in SCALES:
                break
        else:
            break
        if w not in FILLERS and w != "-":
            prev = w
        m += 1
    if not seen:
        return None
    value = total + current
    if _word(tokens, last + 1) == "k" and value < 1000 and not fraction:
        value, last = value * 1000, last + 1  # "one k a month", "two k": spoken thousands
    over = False
    if _word(tokens, last + 1) == "-" and _word(tokens, last + 2) == "plus":
        over, last = True, last + 2
    return Quantity(value, k, last, over=over, fraction=fraction), last + 1


def parse_numbers(tokens: list[Token]) -> list[Quantity]:
    """Every number in the utterance, in order, before ranges and corrections are resolved."""
    out: list[Quantity] = []
    k = 0
    while k < len(tokens):
        tok = tokens[k]
        if tok.text[0].isdigit() or (tok.text[0] == "$" and len(tok.text) > 1):
            q, k = _parse_digits(tokens, k)
            out.append(q)
            continue
        if tok.low in NUMBER_START or tok.low in ("a", "an", "oh"):
            if tok.low == "oh" and _word(tokens, k + 1) not in {*DIGIT_WORDS, "-"}:
                k += 1
                continue
            parsed = _parse_words(tokens, k)
            if parsed is not None:
                q, k = parsed
                if q.i < len(tokens) and _word(tokens, q.j + 1) == "plus":
                    q = replace(q, over=True, j=q.j + 1)
                out.append(q)
                continue
        k += 1
    # "about fifteen, one-five, reps": digits spelled out to confirm the figure just said
    for n in range(1, len(out)):
        if out[n].kind == "code" and out[n].value < 100 and out[n - 1].value == out[n].value:
            out[n] = replace(out[n], kind="number")
    return [replace(q, lo=q.lo or q.value, hi=q.hi or q.value) for q in out]


# Words that may stand between the two ends of a spoken range: "twenty-five seats, maybe thirty".
_RANGE_HEDGES: Final = frozenset(
    {"maybe", "perhaps", "probably", "possibly", "or", "like", "about", "around"}
)
_HEDGES: Final = frozenset({"maybe", "perhaps", "probably", "possibly", "or"})
_OWN_CIRCUMSTANCE: Final = frozenset({"in", "during", "at", "on", "when", "if", "once", "some"})
# Words before a corrected figure that make "X, Y" after it a range: "no, more like thirty, thirty-five".
_APPROX: Final = frozenset({"like", "about", "around", "roughly", "maybe", "probably", "approximately"})
_MODALS: Final = frozenset(
    {"would", "who'd", "that'd", "we'd", "they'd", "will", "who'll", "could", "can", "do", "does", "did"}
)
# Words that make the next figure a part of the one before, not a correction of it.
_PART_WORDS: Final = frozenset({"counting", "including", "includes", "plus"})


def _corrects(words: list[str], n: int) -> bool:
    """A correction word; "make" only as "make it/that" ("we make per week forty orders" corrects nothing)."""
    w = words[n]
    if w == "make":
        return words[n + 1 : n + 2] in (["it"], ["that"])
    if w == "say":  # "thirty? thirty-five? let's say thirty-two": the speaker settles on a figure
        return n > 0 and words[n - 1] in {"let", "let's", "lets"}
    if w == "actually" and n > 0 and words[n - 1] in _MODALS:
        return False  # "the people who'd actually use it": an adverb of the verb, not a correction
    return w in CORRECTION_WORDS


def _range_after_noun(tokens: list[Token], gap: list[str], q: Quantity, nq: Quantity) -> bool:
    """ "ninety NDAs, ninety-five a month": a second, nearby figure after the first one's noun is the upper
    end of a range, unless it has a noun of its own ("20 reps, 30 users")."""
    # "fifteen people? sixteen?": a guess said as a question joins the same way as one after a comma
    plural = gap[0].endswith("s") or gap[0] in {"people", "staff", "crew", "personnel"} if gap else False
    if len(gap) < 2 or not gap[0].isalpha() or not plural or gap[1] not in {",", "?"}:
        return False
    if gap[0] in CORRECTION_WORDS or not all(g in _RANGE_HEDGES for g in gap[2:]):
        return False
    after = _word(tokens, nq.j + 1)
    own_noun = after.isalpha() and after not in {
        "a",
        "an",
        "per",
        "each",
        "every",
        "tops",
        "max",
        "depends",
        gap[0],
    }
    if gap[1] == "?" and after.isalpha():
        return False  # "thirty seats? thirty-two seats, sorry": a guess corrected with its noun
    return q.value < nq.value <= 2 * q.value and not own_noun and not q.fraction


def _hedged_second_end(tokens: list[Token], gap: list[str], q: Quantity, nq: Quantity) -> bool:
    """ "twelve, maybe fifteen", "seven, maybe eight hundred": a hedged higher figure right after a comma is
    the upper end of a range (a lower or far larger one is a correction or another thing)."""
    # "maybe 50? could be 60": a question mark and "could be" hedge the second end the same way
    hedges = _HEDGES | {"could", "might", "be"} if gap[:1] == ["?"] else _HEDGES
    if len(gap) < 2 or gap[0] not in {",", "?"} or q.fraction or not all(g in hedges for g in gap[1:]):
        return False
    if _word(tokens, nq.j + 1) in _OWN_CIRCUMSTANCE:
        return False  # "three hundred? maybe four hundred in flu season": another situation, not a range
    scale = SCALES.get(_word(tokens, nq.j), 1)
    lo = q.value * scale if q.i == q.j and q.value * scale <= nq.value else q.value
    return lo < nq.value <= 2 * lo


def merge_ranges(tokens: list[Token], qs: list[Quantity]) -> tuple[list[Quantity], set[int]]:
    """Join "X to Y" / "X or Y" / "between X and Y" / "X, Y" into one range (midpoint, rounded down);
    drop X in "X, no, Y" and "X and, uh, a Y" (the speaker corrected or restarted).
    Returns the merged list and the indices (into the result) that are corrections of a previous figure."""
    out: list[Quantity] = []
    corrected: set[int] = set()
    origin: int | None = None  # where a correction started: its landing figure may still open a range

    def land(item: Quantity) -> None:
        nonlocal origin
        if origin is not None:  # "not a hundred, more like thirty, thirty-five": the range it lands on
            item = replace(item, i=origin)
            corrected.add(len(out))
            origin = None
        out.append(item)

    idx = 0
    while idx < len(qs):
        q = qs[idx]
        if idx + 1 < len(qs) and q.kind == "number" and qs[idx + 1].kind == "number":
            nq = qs[idx + 1]
            gap = [t.low for t in tokens[q.j + 1 : nq.i] if t.low not in FILLERS]
            gap_words = [g for g in gap if g.isalpha() or g in _MODALS]
            after = _word(tokens, nq.j + 1)
            if (
                (  # "32, sorry, counting the two managers": a part, not a correction
                    any(_corrects(gap_words, n) for n in range(len(gap_words)))
                    and not _PART_WORDS.intersection(gap_words[-2:])
                )
                or (gap == [","] and after == "actually")
                or (  # "twenty reps, twenty-two, sorry"
                    "sorry" in (after, _word(tokens, nq.j + 2))
                    and gap[-1:] == [","]
                    and len(gap) <= 2
                    and nq.value > q.value
                )
                or (gap_words == ["and"] and "," in gap)
                or (not gap_words and gap.count(",") == 0 and gap and gap[-1] == "...")
            ):
                origin = q.i if origin is None else origin
                idx += 1
                continue
            is_range = (
                (gap_words in (["to"], ["or"], ["and"]) and _word(tokens, q.i - 1) == "between")
                or gap_words in (["to"], ["or"], ["through"], ["to", "a"])
                or (gap == ["-"] and nq.value > q.value and tokens[q.j].text[0].isdigit())
                # "thirty? thirty-five?": guesses said as questions span a range like "thirty, thirty-five"
                or (gap == [","] and nq.value >= q.value and not q.fraction)
                or (gap == ["?"] and nq.value > q.value and not q.fraction)
                or _range_after_noun(tokens, gap, q, nq)
                or _hedged_second_end(tokens, gap, q, nq)
            )
            if gap_words == ["and"] and _word(tokens, q.i - 1) != "between":
                is_range = False
            if origin is not None and gap == [","] and _word(tokens, q.i - 1) not in _APPROX:
                is_range = False  # "no, two hundred, two hundred and ten": a restart after the correction
            lo, hi = q.value, nq.value
            scale = _word(tokens, nq.j)
            if is_range and scale in SCALES and q.i == q.j and lo * SCALES[scale] <= hi:
                lo *= SCALES[scale]  # "three to four hundred": the scale belongs to both ends
            if is_range and hi >= lo and lo > 0:
                end = nq.j
                if lo == hi and gap == [","] and _word(tokens, end + 1) == ",":
                    end += 1  # "fifteen, one-five, reps": a figure said twice, then its noun
                land(Quantity((lo + hi) // 2, q.i, end, "number", lo, hi, nq.over))
                idx += 2
                continue
        land(q)
        idx += 1
    return out, corrected
