"""Who called: names, company, email and phone as spoken ("dana at acme dot io", "five oh three ...")."""

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from postcall.extraction.numbers import CORRECTION_WORDS, DIGIT_WORDS, TENS, UNITS, parse_numbers
from postcall.extraction.text import FILLERS, Token, longest_first, pattern_on_use, tokenize, word_set
from postcall.vocab import INTEGRATIONS

TLDS: Final = word_set("""
com net org io co edu gov dev ai us uk ca de se cz fr es it nl au biz info me app law tech agency
health
""")
# Newer top-level domains that are also everyday words ("dot shop", "dot press", "dot studio"): an address
# ends on them, so one counts only where the utterance ends or pauses after it ("... dot shop closes at
# five" is no address).
WORD_TLDS: Final = word_set("""
shop store online site website xyz pro studio design agency media news blog press art gallery photo
photography music film video tv cafe restaurant bar pub kitchen coffee bakery pizza farm garden realty
homes house property properties estate land build builders construction contractors plumbing repair
services solutions consulting group company inc ltd llc partners ventures capital fund finance financial
money insurance tax accountant legal lawyer attorney care clinic dental doctor vet fitness yoga beauty
salon spa hair fashion clothing boutique jewelry school academy education college university training
church charity foundation community club events wedding travel tours holiday hotel auto cars bike
energy solar eco world global life live today digital systems software cloud network email social
works tools support guide space zone city center team fun family love one top
""")
WORD_TLD_ENDS: Final = word_set("and thanks thank please that's so okay ok yeah or but cheers")
LOCAL_STOPS: Final = word_set("""
is it's it its email mail e-mail my and that's the use own sure yes yeah ok okay me send to reach
address just but so well then or best by via on try hi hey at 's was please
""")
WRITTEN_EMAIL: Final = pattern_on_use(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")

NOT_NAMES: Final = word_set("""
Everyone Everybody Someone Somebody Anyone Anybody Nobody Things Everything Nothing
I Hi Hello Hey Yeah Yes Yep Sure Okay Ok Thanks Thank So Well Um Uh Oh Just Actually Calling Looking
The A An Not Dr Mr Mrs Ms Docketly Eastern Central Pacific Mountain Monday Tuesday Wednesday
Thursday Friday Saturday Sunday January February March April May June July August September October
November December Google Microsoft DocuSign PandaDoc Adobe Excel Good Great Sorry No Nope Please
Here There We Our My It Is This That Hmm Ah Calling Wait Full Honestly Quick Sounds Perfect Cool
Nice Right Also And But Or Who What
""")
ROLE_WORDS: Final = word_set("""
manager director cto ceo cfo coo owner administrator admin founder cofounder co-founder co-owner partner
registrar
coordinator president vp head lead officer operations ops marketing sales assistant principal
engineer agent realtor broker dentist doctor secretary clerk analyst specialist controller
accountant reporter journalist editor writer producer rep representative consultant nurse teacher
""")
BUSINESS_NOUNS: Final = word_set("""
shop agency business firm company studio customers customer practice group brokerage clinic office
startup outfit team store restaurant venue school nonprofit organization
""")
COMPANY_HEADS: Final = word_set("""
Group Realty Construction Insurance Staffing Media Studio Studios Labs Partners Dental Therapy
College Hotels Hotel Services Management Tutoring Moving Freight Digital Care Wealth Creative League
Sons Inc LLC Co Corp Company Associates Law Legal Clinic Agency Consulting Solutions Systems
Technologies Logistics Foods Motors Builders Properties Homes Capital Financial Bank Academy School
University Hospital Center Realtors Brokerage Health Medical Marketing Design Designs Software
Industries Manufacturing Supply Energy Ventures Holdings Trucking Transport Restaurant Cafe Bakery
Salon Spa Fitness Church Foundation Network Press Publishing Pediatrics Dentistry Orthodontics
Clinics Coffee Kitchen Gen Works Photography Academies Planning Translations Landscaping Catering Residential
Union Bridal Electric Plumbing Roofing Rescue Yoga Interiors Outfitters Studio Brothers Hauling
Warehousing Warehouse Storage Distribution Recruitment Recruiting Accounting Printing Packaging Pharmacy
Events Weddings Venues Productions Entertainment Rentals Advisors Advisory Consultants Collective Cooperative
Enterprises International Worldwide Fabrication Machining Mechanical HVAC Heating Cooling Lawn Pools
Cleaning Janitorial Painting Flooring Remodeling Renovations Restoration Solar Marine Aviation Automotive
Collision Towing Transit Couriers Movers Imports Exports Trading Brands Apparel Boutique Gallery Florist
Gifts Bookkeeping CPA CPAs Accountants Attorneys Lawyers Architects Engineering Surveying Inspections
Appraisal Escrow Mortgage Lending Wellness Physiotherapy Chiropractic Veterinary Optometry Hospice
Daycare Montessori Preschool Ministries Fellowship Alliance Association Society Coaching Training Talent
Films Pictures Records Audio Games Interactive Analytics Robotics Utilities Farms Ranch Dairy Orchards
Vineyards Winery Brewery Brewing Distillery Roasters Deli Bistro Pizzeria Tavern Resort Suites Motel
Ltd Limited PLC GmbH LLP PLLC
""")
PHONE_MINE: Final = pattern_on_use(
    r"\b(?:my|me|i'm|reach|call|cell|mobile|direct|line|phone|number|office|text)\b", re.IGNORECASE
)
PHONE_THEIRS: Final = pattern_on_use(
    r"\bthe number (?:on|for|of)\b|\b(?:their|your|his|her) (?:number|phone|line)\b|"
    # someone else's: "my accountant's number is", "Dana's cell" (not "our office's line")
    r"\b(?!(?:company|office|business|shop|store|clinic|practice|firm|studio|front desk)'s)[\w-]+'s "
    r"(?:(?:cell|direct|main|work|mobile) )?(?:number|phone|line|cell)\b",
    re.IGNORECASE,
)
# A number of the place the caller meant to reach, said earlier in its sentence: "I must've dialed wrong, it's
# supposed to be the animal clinic, 801 ...", "I was trying to call 503 ..." (unless "my"/"me" claims it)
PHONE_OTHER_PARTY: Final = pattern_on_use(
    r"\b(?:supposed to (?:be|call|reach|dial)|(?:trying|meant|wanted) to (?:reach|call|dial)|dialed)\b", re.I
)
# ... unless the caller claims it after: "trying to reach sales, call me at ..." ("my bank" does not)
PHONE_CLAIMED: Final = pattern_on_use(
    r"\b(?:call|reach|text) me\b|\bme (?:at|on)\b|\bmy (?:own )?(?:number|cell|phone|mobile|direct|line)\b",
    re.I,
)
# The agent asking how to reach the caller ("the best number?", "your details"), not "the wrong number"
ASKED_PHONE: Final = pattern_on_use(
    r"\b(?:your|a|the best|best|good|contact|callback|call-back|direct|cell|mobile) (?:phone|number|cell)\b|"
    r"\bphone number\b|\breach you\b|\bcall you\b|\bdetails\b|\bcontact (?:info|information)\b|"
    r"\b(?:name|email) and (?:a |the best |best |your )?(?:phone |contact )?number\b",
    re.IGNORECASE,
)
# The caller saying right after the number that it is theirs: "..., ask for Grant", "that's my cell"
PHONE_MINE_AFTER: Final = pattern_on_use(
    r"^\W*(?:ask for|that's my|that is my|it's my|my (?:cell|direct|mobile)|call me|text me|reach me)\b",
    re.IGNORECASE,
)


# Upper and lower case letters of Latin names ("Paweł", "Nguyễn", "Dvořák", "Đặng"). Python's re has no
# \p{Lu}: Latin-1 is split exactly; the extended blocks, where the cases alternate letter by letter, are
# taken whole on both sides, as ranges. Spelled out letter by letter, these classes made the name
# patterns' compile a third of the extractor's cold-start cost; a word opening with a small extended
# letter ("ł...") is all they let through, and English transcripts do not have one.
_LATIN_EXTENDED: Final = "\u0100-\u024f\u1e00-\u1eff"
_UP: Final = "A-Z\u00c0-\u00d6\u00d8-\u00de" + _LATIN_EXTENDED
_LO: Final = "a-z\u00df-\u00f6\u00f8-\u00ff" + _LATIN_EXTENDED
# a capitalised name word: "Peña", "Jürgen", "Élodie", "O'Shea", "Paweł", "Łukasz"
# (the tail takes any letter: a class of every Latin letter costs the cold start its compile time)
_CAP = rf"[{_UP}](?:['\u2019][{_UP}])?[{_LO}](?:[^\W\d_]|['\u2019-])*"
# A surname, with the particles some surnames open with: "de Vries", "van der Berg", "De la Cruz", "da Silva"
_PARTICLES: Final = "de|da|di|du|del|della|der|den|van|von|la|le|ter|ten|dos|das|bin|ibn"
_SURNAME = rf"(?:(?:(?i:{_PARTICLES})\s+){{1,2}}{_CAP}|{_CAP})"
# A title before a name: with one name after it that name is the surname ("I'm Doctor Tran")
TITLES: Final = word_set("Dr Doctor Prof Professor Mr Mrs Ms Miss Mister Mx")
_TITLE: Final = r"(?:\b(?:" + "|".join(longest_first(TITLES)) + r"))"
TITLE_BEFORE: Final = pattern_on_use(rf"{_TITLE}\.?\s+$")
NAME_CUE: Final = pattern_on_use(
    r"(?:\b(?:I'm|I am|this is|my name is|my name's|name's|ask for|call me|you've got|you have|[Hh]ere is|"
    r"you're (?:speaking|talking) (?:to|with))\b|"
    # "hi there, it's Dana from ...", "it's Ángel Ibáñez, from ...": one or two names, then where from
    r"^\W*(?:(?:hi|hey|hello|yeah|yes|yep|sure(?: thing)?|okay|ok|there|so|oh|um|uh|"
    r"good (?:morning|afternoon|evening))\W+)*[Ii]t's"
    rf"(?=[,\s]+[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?(?:\s+[{_UP}](?:[^\W\d_]|['-])+)?,?\s+"
    r"(?:from|with|at|over at|here)\b|"
    # "hey it's Tobias, quick question": one name, then the caller goes on about themselves
    rf"[,\s]+[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?,\s+(?:I|I'm|I've|I'd|we|we're|quick|just|calling|um|uh)\b))"
    r"[,\s]*(?:(?:uh|um|er)[,\s]+)*"
    # a surname after a comma only when no longer capitalised run follows: "this is Earl, Red Clay Transport"
    rf"(?:{_TITLE}\.?\s+)?({_CAP})(?:,\s+\1\s+({_CAP})|,\s+({_CAP})\b(?!\s+[{_UP}])|\s+({_SURNAME}))?"
)
_GREETING: Final = (
    r"(?:hi|hello|hey|hiya|howdy|yeah|yes|(?:good )?(?:morning|afternoon|evening)|um|uh|so|okay|ok|there)"
)
GREETING_NAME: Final = pattern_on_use(
    rf"^\W*(?:{_GREETING}\W+)+"
    rf"(?:{_TITLE}\.?\s+)?({_CAP})\s+({_SURNAME})(?:\s*[,.]|\s+(?=(?:from|with|at|over at|here)\b))"
)
# One name after a greeting, then where from: "hi there! Jasmine, from Blue Oak Realty"
GREETING_ONE_NAME: Final = pattern_on_use(rf"^\W*(?:{_GREETING}\W+)+({_CAP}),?\s+(?:from|with|over at)\b")
# "my first name is Ada and my last name is Okeke"
FIRST_LAST_IS: Final = pattern_on_use(
    rf"\b(?:(?:my|the) )?(?:first|given) name(?:'s| is|:)?\s+({_CAP})"
    rf"(?:[^.?!]{{0,30}}?\b(?:(?:my|the) )?(?:last|sur|family) ?name(?:'s| is|:)?\s+({_SURNAME}))?"
)
# The surname said alone, then the whole name: "Okafor. Chidi Okafor."
SURNAME_THEN_FULL: Final = pattern_on_use(rf"\b({_CAP})[.,]\s+({_CAP})\s+\1\b")
# A title and name opening the turn, then the caller on themselves: "Professor Adeyemi, I chair ..."
TITLED_OPENING: Final = pattern_on_use(
    r"^\W*(?:(?:hi|hey|hello|yeah|yes|good (?:morning|afternoon|evening))\W+)*"
    rf"{_TITLE}\.?\s+({_CAP})(?:\s+({_CAP}))?,\s+(?=(?:I|I'm|I am|calling|here)\b)"
)
# "Marco here, from ...", "it's Ray, Ray Donato", "the account is under Rita Gomez": names the caller gives
# ... at the start of a sentence after greetings or small talk: "hey there, good morning! Jared here from X"
HERE_NAME: Final = pattern_on_use(
    r"(?:^|[.!?]\s+)\W*(?:(?:hi|hey|hello|hiya|howdy|yeah|yes|so|uh|um|er|oh|okay|ok|there|folks|everyone|all|"
    r"good (?:morning|afternoon|evening|day)|morning|afternoon|evening)\W+)*"
    rf"(?:{_TITLE}\.?\s+)?({_CAP})(?:\s+({_SURNAME}))?\s+here\b"
)
# a phone greeting: "good afternoon, Seaside Property Management, Kenji speaking"
SPEAKING_NAME: Final = pattern_on_use(rf",\s+({_CAP})(?:\s+({_CAP}))?\s+(?:here|speaking)\b")
# The agent greeting the caller by a name the caller just said: "Hi Reggie." after "hey, Reggie, Polar ..."
ECHO_NAME: Final = pattern_on_use(
    r"^\W*(?i:hi|hello|hey|thanks|thank you|good (?:morning|afternoon|evening)|nice to meet you|welcome)"
    rf"\W+({_CAP})\b(?!\s+[{_UP}])"
)
# The agent greeting by two names that the caller said before a third: a given name of two words ("Mei Ling
# Tan here" answered "Hi Mei Ling.")
ECHO_PAIR: Final = pattern_on_use(
    r"^\W*(?i:hi|hello|hey|thanks|thank you|good (?:morning|afternoon|evening)|nice to meet you|welcome)"
    rf"\W+({_CAP})\s+({_CAP})\b(?!\s+[{_UP}])"
)
NAME_GIVEN: Final = pattern_on_use(
    r"\bmy (?:name|info|details|contact)\b|\bleave (?:my|a) (?:name|number)\b", re.I
)
REPEATED_NAME: Final = pattern_on_use(rf"\b({_CAP}),\s+\1\s+({_CAP})\b(?!\s+[{_UP}])")
UNDER_NAME: Final = pattern_on_use(
    rf"\b(?:account|order|booking|it)(?:'s| is)? under (?:the name )?({_CAP})\s+({_CAP})\b"
)
ROLE_THEN_NAME: Final = pattern_on_use(
    rf"\b(?:I'm|I am) (?:the|their|his|her|your|our) (?:\w+ ){{0,2}}\w+,\s+({_CAP})\s+({_CAP})\b"
    rf"(?!\s+[{_UP}])"
)
ANSWER_NAME: Final = pattern_on_use(
    rf"^\W*(?:(?:yeah|yes|sure|um|uh|it's|its|it is|oh|ok|okay|hi)\W+)*(?:{_TITLE}\.?\s+)?"
    rf"({_CAP})(?:,?\s+({_SURNAME}))?(?:,\s+\1\s+({_CAP}))?\s*(?:[,.!?]|$)"
)
BARE_NAME_SENTENCE: Final = pattern_on_use(rf"(?:^|[.?!]\s+)({_CAP})\s+({_SURNAME})\.(?:\s|$)")
# "yeah, how's it goin'. Rusty Coombs, Coombs Brothers Hauling.": a name opening a sentence, then the business
SENTENCE_NAME: Final = pattern_on_use(
    rf"(?:^|[.?!]\s+)({_CAP})\s+({_SURNAME}),\s+(?:(?:from|with|at|over at|here)\b|[{_UP}][{_LO}]+ [{_UP}])"
)
# "Park is family name, Jae-won is first name": the caller says which name is which
FAMILY_NAME: Final = pattern_on_use(rf"\b({_CAP}) is (?:my |the )?(?:family|last|sur) ?name\b")
# "Nguyen Thi Lan, Lan is my first name": the given name said last, the family name first
GIVEN_NAME: Final = pattern_on_use(rf"\b({_CAP}) is (?:my |the )?(?:first|given) name\b")


DEPARTMENTS: Final = word_set("""
sales marketing operations ops finance hr it engineering legal lending enrollment admissions support
success accounting procurement compliance
""")
ROLE_CLAUSE: Final = pattern_on_use(
    r"\bi (?:run|manage|head|lead|handle|oversee|work in|am in|'m in)\b[^,.;]{0,40}$", re.I
)
BUSINESS_IS: Final = pattern_on_use(
    # "my shop's called X" as well as "my shop is called X"
    r"\b(?:my|our|the) (?:" + "|".join(sorted(BUSINESS_NOUNS)) + r")(?: name)?(?: is|'s| 's)"
    r"(?: called| named)?\s*$",
    re.I,
)


BUSINESS_CALLED: Final = pattern_on_use(
    r"\b(?:" + "|".join(sorted(BUSINESS_NOUNS)) + r") (?:called|named)\s*$",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Found:
    value: str
    turn: int
    quote: str


def _join_words(tokens: list[Token]) -> str:
    """'m bell eighty - eight' -> 'mbell88'; 'p t' -> 'pt'; 'dot' -> '.'."""
    out: list[str] = []
    k = 0
    while k < len(tokens):
        w = tokens[k].low
        if w in UNITS or w in TENS:
            run = [tokens[k]]
            m = k + 1
            while m < len(tokens) and (
                tokens[m].low in UNITS or tokens[m].low in TENS or tokens[m].low == "-"
            ):
                run.append(tokens[m])
                m += 1
            nums = parse_numbers(run)
            out.append("".join(str(q.value) for q in nums))
            k = m
            continue
        if w == "dot":
            out.append(".")
        elif w == "underscore":
            out.append("_")
        elif w in {"dash", "hyphen"}:
            out.append("-")
        elif w != "-":
            out.append(w)
        k += 1
    return "".join(out)


def _skip_spelling_aside(tokens: list[Token], b: int) -> int:
    """Index before ", that's k-o-w-a-l-c-z-y-k," or a bare ", B-E-A-U," (a name spelled inside an email),
    else b."""
    k = b - 1
    letters = 0
    while k >= 0 and (tokens[k].low == "-" or (len(tokens[k].low) == 1 and tokens[k].is_word)):
        letters += tokens[k].low != "-"
        k -= 1
    words = [t.low for t in tokens[max(0, k - 1) : k + 1]]
    if letters < 2:
        return b
    if words[-1:] == ["spelled"] and k >= 1 and tokens[k - 1].low == ",":
        return k - 2
    if words in (["that", "'s"], ["that", "is"]) and k >= 2 and tokens[k - 2].low == ",":
        return k - 3
    if letters >= 3 and k >= 1 and tokens[k].low == ",":
        return k - 1  # a bare spelling between commas: "r beaulieu, B-E-A-U-L-I-E-U, at ..."
    return b


# How to write what came before, said between commas: "parish office, all one word, at ..."
SPELLING_NOTES: Final = (
    ("all", "one", "word"),
    ("one", "word"),
    ("all", "together"),
    ("no", "spaces"),
    ("no", "space"),
    ("all", "lowercase"),
    ("all", "lower", "case"),
    ("all", "small", "letters"),
)


def _skip_spelling_note(tokens: list[Token], b: int) -> int:
    """Index of the comma before ", all one word," ending at the comma tokens[b], else b."""
    for note in SPELLING_NOTES:
        k = b - len(note)
        if k >= 1 and tokens[k - 1].low == "," and tuple(t.low for t in tokens[k:b]) == note:
            return k - 1
    return b


def _letter_before(tokens: list[Token], b: int) -> Token | None:
    """The letter a dictation names right before "then": ", the letter h, then" or ", h as in Henry, then"."""
    k = b - 1
    if k >= 0 and tokens[k].low == ",":
        k -= 1
    if k >= 2 and tokens[k - 2].low in {"as"} and tokens[k - 1].low == "in":
        k -= 3  # "h as in Henry"
        return tokens[k] if k >= 0 and len(tokens[k].low) == 1 and tokens[k].is_word else None
    if k >= 1 and len(tokens[k].low) == 1 and tokens[k].is_word and tokens[k - 1].low == "letter":
        return tokens[k]
    return None


def _comma_spelled(tokens: list[Token], b: int) -> list[Token]:
    """Letters spelled between commas before tokens[b + 1]: "s, as in sam, k, w, o, n, g at ..."."""
    letters: list[Token] = []
    while b >= 1 and tokens[b].low == ",":
        k = b - 1
        if k >= 3 and tokens[k - 1].low == "in" and tokens[k - 2].low == "as":
            m = k - 4 if tokens[k - 3].low == "," else k - 3  # "s as in sam", "s, as in sam"
            if m < 0 or len(tokens[m].low) != 1 or not tokens[m].is_word:
                break
            letters.insert(0, tokens[m])
            b = m - 1
        elif len(tokens[k].low) == 1 and tokens[k].is_word:
            letters.insert(0, tokens[k])
            b = k - 1
        else:
            break
    return letters


def spoken_emails(text: str) -> list[tuple[int, str]]:
    """(position, email) for each email address in the utterance, written or spelled out aloud."""
    found = [(m.start(), m.group().lower().rstrip(".")) for m in WRITTEN_EMAIL.finditer(text)]
    tokens = [t for t in tokenize(text) if t.low not in FILLERS]
    for a, tok in enumerate(tokens):
        if tok.low != "at":
            continue
        # domain: words up to "dot <tld>"
        k = a + 1
        while k < len(tokens) and tokens[k].low == ",":
            k += 1
        dom_start = k
        while k < len(tokens) and tokens[k].low != "dot" and tokens[k].is_word and k - dom_start < 6:
            k += 1
        if k >= len(tokens) or tokens[k].low != "dot" or k == dom_start:
            continue
        tld_parts: list[str] = []
        m = k
        while m + 1 < len(tokens) and tokens[m].low == "dot":
            nxt = [tokens[m + 1]]
            n = m + 2
            while n < len(tokens) and len(tokens[n].low) == 1 and tokens[n].is_word and len(nxt[0].low) == 1:
                nxt.append(tokens[n])
                n += 1
            part = "".join(t.low for t in nxt)
            after = tokens[n] if n < len(tokens) else None
            word_tld = part in WORD_TLDS and (
                after is None or not after.is_word or after.low in WORD_TLD_ENDS
            )
            if part not in TLDS and not word_tld and not (len(part) == 2 and part.isalpha()):
                break
            tld_parts.append(part)
            m = n
            if n >= len(tokens) or tokens[n].low != "dot":
                break
        if not tld_parts:
            continue
        # local part: up to five words back from "at", stopping at punctuation or a connective
        b = a - 1
        local: list[Token] = []
        if b >= 0 and tokens[b].low == ",":
            b = _skip_spelling_aside(tokens, _skip_spelling_note(tokens, b))
            # a pause before "at": "h pruitt, at ...", "so b-o-s-h-e-a, at ..."
            if (
                b >= 1
                and tokens[b].low == ","
                and tokens[b - 1].is_word
                and tokens[b - 1].low not in LOCAL_STOPS
            ):
                b -= 1
        while b >= 0 and sum(t.low != "-" for t in local) < 7:
            t = tokens[b]
            if t.low == "-" and local and b > 0 and tokens[b - 1].is_word:
                local.insert(0, t)
                b -= 1
                continue
            if not t.is_word or t.low in LOCAL_STOPS:
                if t.low == "then":
                    # "h tanaka, that's the letter h, then tanaka": the letter named before "then" opens the
                    # local part; without one the part began earlier and no address beats half of one
                    letter = _letter_before(tokens, b)
                    local = [letter, *local] if letter is not None else []
                break
            local.insert(0, t)
            b -= 1
        if local and all(len(t.low) == 1 and t.is_word for t in local):
            local = _comma_spelled(tokens, b) + local
        if not local:
            continue
        email = f"{_join_words(local)}@{_join_words(tokens[dom_start:k])}.{'.'.join(tld_parts)}"
        found.append((tok.start, email))
    found.sort()
    return found


# Between digit groups of a number being dictated: pauses and separators
_DIGIT_BREAKS: Final = frozenset({",", ".", "...", "\u2026", "-", "\u2014", "\u2013", "(", ")"}) | FILLERS


def _is_digit(token: Token) -> bool:
    return token.low in DIGIT_WORDS or token.low.isdigit()


def _spoken_pair(tokens: Sequence[Token], m: int) -> tuple[str, int] | None:
    """Two digits said as one number inside a dictation ("five fifty-five", "twenty-one, thirty-four",
    "oh one nineteen"): the digits and the index after them; None for any other word."""
    w = tokens[m].low
    if w in TENS:
        tens = str(TENS[w] // 10)
        if m + 2 < len(tokens) and tokens[m + 1].low == "-" and 0 < UNITS.get(tokens[m + 2].low, 0) < 10:
            return tens + str(UNITS[tokens[m + 2].low]), m + 3
        if m + 1 < len(tokens) and 0 < UNITS.get(tokens[m + 1].low, 0) < 10:
            return tens + str(UNITS[tokens[m + 1].low]), m + 2
        return tens + "0", m + 1
    if 10 <= UNITS.get(w, 0) <= 19:
        return str(UNITS[w]), m + 1
    return None


def _digit_count(tokens: Sequence[Token]) -> int:
    """How many digits the words say, a tens or teens word counting two."""
    return sum(
        len(t.low)
        if t.low.isdigit()
        else 1
        if t.low in DIGIT_WORDS
        else 2
        if t.low in TENS
        else 2
        if 10 <= UNITS.get(t.low, 0) <= 19
        else 0
        for t in tokens
    )


def _digit_groups(tokens: Sequence[Token], k: int) -> tuple[list[tuple[str, bool]], int]:
    """Digit groups dictated from tokens[k] ("six two six, five five five, zero one nine, eh, ..."), each with
    whether a take-back came before it ("..., no, sorry, zero one two seven"); and the index after the run."""
    groups: list[tuple[str, bool]] = []
    cur = ""
    corrected = False
    m = k
    end = k
    while m < len(tokens):
        w = tokens[m].low
        if _is_digit(tokens[m]):
            if w.isdigit() and cur:
                groups.append((cur, corrected))
                cur, corrected = "", False
            cur += w if w.isdigit() else str(DIGIT_WORDS[w])
            if w.isdigit():
                groups.append((cur, corrected))
                cur, corrected = "", False
            end = m + 1
        elif m > k and (pair := _spoken_pair(tokens, m)) is not None:
            cur += pair[0]
            m = end = pair[1]
            continue
        elif w == "hundred" and len(cur) == 1 and m == end:
            # "eight hundred, five five five, ...": a toll-free prefix said as a number
            cur += "00"
            end = m + 1
        elif w in {"double", "triple"} and m + 1 < len(tokens) and tokens[m + 1].low in DIGIT_WORDS:
            cur += str(DIGIT_WORDS[tokens[m + 1].low]) * (2 if w == "double" else 3)
            m += 2
            end = m
            continue
        elif w in _DIGIT_BREAKS or w in CORRECTION_WORDS or w == "i":
            if cur:
                groups.append((cur, corrected))
                cur, corrected = "", False
            # a take-back only counts when digits follow it soon: "... one two one. no, sorry, zero ..."
            if w in CORRECTION_WORDS:
                if not any(map(_is_digit, tokens[m + 1 : m + 5])):
                    break
                corrected = True
        else:
            break
        m += 1
    if cur:
        groups.append((cur, corrected))
    return groups, end


def _dictated_number(groups: Sequence[tuple[str, bool]]) -> str:
    """The ten digits the groups settle on: a group taken back is replaced ("zero one two one, no, zero
    one two seven"), a group restarted longer after a pause replaces the cut one ("zero one nine, eh, zero
    one nine zero"), and a group said again after ten digits repeats their end ("..., zero one two seven.
    one two seven"); '' when they do not come to ten."""
    said: list[str] = []
    for digits, corrected in groups:
        total = sum(map(len, said))
        if said and total + len(digits) > 10:
            last = said[-1]
            if corrected and len(digits) <= len(last):
                said[-1] = last[: len(last) - len(digits)] + digits
            elif digits.startswith(last) and len(last) < len(digits) <= 10 - total + len(last):
                said[-1] = digits
            elif total == 10 and "".join(said).endswith(digits):
                continue
            else:
                break
        else:
            said.append(digits)
    number = "".join(said)
    return number if len(number) == 10 else ""


def _format_phone(digits: str) -> str:
    if len(digits) == 10:
        return f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"
    if len(digits) == 7:
        return f"{digits[:3]}-{digits[3:]}"
    return digits


# Two spoken digits with only a pause between them: the cheap gate before the token scan of phones_in
DIGITS_PAUSED: Final = pattern_on_use(
    r"\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)[\s,.\u2026-]+"
    r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b",
    re.I,
)


def trailing_digit_groups(text: str, asked: str | None) -> list[tuple[str, bool]]:
    """The digit groups ending a turn that gives the caller's number only in part ("two five six... five five
    five", then the rest in the next turn); [] when the turn does not end on one."""
    last_word = re.sub(r"^.*\W", "", text.rstrip(" .,?!\u2026-").lower())
    if not (last_word in DIGIT_WORDS or last_word.isdigit()):
        return []  # cheap gate: most turns end on a word
    if not ((asked and ASKED_PHONE.search(asked)) or PHONE_MINE.search(text)) or PHONE_THEIRS.search(text):
        return []
    tokens = tokenize(text)
    for k, tok in enumerate(tokens):
        after_digit = k > 0 and (_is_digit(tokens[k - 1]) or tokens[k - 1].low in {"double", "triple"})
        if not _is_digit(tok) or after_digit:
            continue
        groups, end = _digit_groups(tokens, k)
        if all(t.low in _DIGIT_BREAKS or t.low == "?" for t in tokens[end:]):
            return groups if 3 <= sum(len(g) for g, _ in groups) < 10 else []
    return []


def leading_digit_groups(text: str) -> list[tuple[str, bool]]:
    """The digit groups opening a turn ("oh one four seven. sorry, ..."): the rest of a number begun."""
    tokens = [t for t in tokenize(text) if t.low not in {"and", "then"}]
    k = 0
    while k < len(tokens) and tokens[k].low in _DIGIT_BREAKS:
        k += 1
    return _digit_groups(tokens, k)[0] if k < len(tokens) and _is_digit(tokens[k]) else []


def phones_in(text: str, asked: str | None) -> list[tuple[int, str]]:
    """Phone numbers the caller gives as theirs (not "the number on the box")."""
    out: list[tuple[int, str]] = []
    # "area code three oh three, then five five five, ...": the dictation words are no part of the number
    tokens = [t for t in tokenize(text) if t.low not in {"then", "area", "code"}]
    spans = [(q.i, q.j, str(q.value)) for q in parse_numbers(tokens) if q.kind == "phone"]
    if DIGITS_PAUSED.search(text) and _digit_count(tokens) >= 7:
        # digits said one by one with pauses between them ("..., zero, one, nine, nine"), which the number
        # parser splits: a run that settles on ten digits is a number too
        k = 0
        while k < len(tokens):
            if _is_digit(tokens[k]) and not any(i <= k <= j for i, j, _ in spans):
                groups, end = _digit_groups(tokens, k)
                if settled := _dictated_number(groups):
                    # the whole number replaces a part the parser read alone ("eight hundred, [555-0199]")
                    spans = [sp for sp in spans if not (k <= sp[0] and sp[1] <= end - 1)]
                    spans.append((k, end - 1, settled))
                    k = end
                    continue
            k += 1
        spans.sort()
    for i, j, value in spans:
        start = tokens[i].start
        before = text[:start]
        if PHONE_THEIRS.search(before[-60:]):
            continue
        sentence = re.split(r"[.?!]\s", before)[-1]
        other = PHONE_OTHER_PARTY.search(sentence)
        if other and not PHONE_CLAIMED.search(sentence, other.end()):
            continue
        end = tokens[j].end
        if (
            PHONE_MINE.search(before)
            or (asked and ASKED_PHONE.search(asked))
            or PHONE_MINE_AFTER.search(text[end:]) is not None
        ):
            # a take-back or restart inside the dictation: the digits it settles on
            groups = _digit_groups(tokens, i)[0]
            said = "".join(g for g, _ in groups)
            # the digits as said keep a leading zero the parsed value drops ("oh two oh, ...")
            value = said if said.lstrip("0") == value and said != value else value
            out.append((start, _format_phone(_dictated_number(groups) or value)))
    return out


def _ok_name(*parts: str | None) -> bool:
    return all(p is None or (p not in NOT_NAMES and p.lower() not in INTEGRATIONS) for p in parts)


# A message left for someone: "tell them Trudy called", "tell 'em Janet on Elm Street", "say it was Bo"
MESSAGE_NAME: Final = pattern_on_use(
    rf"\b(?:tell|let) (?:them|'em|him|her|whoever)(?: know)? (?:that )?(?:it was |it's )?({_CAP})"
    r"(?= (?:called|rang|phoned|was calling|is calling|on|from|at)\b|[,.!]|$)|"
    rf"\bsay (?:that )?(?:it was )?({_CAP}) (?:called|rang|phoned)\b"
)


# The agent asking who the caller is: the answer's opening capitalised words are the name
ASKED_NAME: Final = pattern_on_use(
    r"\bname\b|\bwho (?:am I|I'm|I am) (?:speaking|talking) (?:with|to)\b|\bwho(?:'s| is) (?:calling|this|"
    r"speaking)\b|\bwho do I have\b",
    re.I,
)
ASKED_FIRST: Final = pattern_on_use(r"\b(?:first|given|christian) name\b", re.I)
ASKED_LAST: Final = pattern_on_use(r"\b(?:last|sur|family) ?name\b", re.I)


def _untitled(first: str, last: str | None) -> tuple[str | None, str | None]:
    """A title is no first name: "Doctor Ramos here" gives the surname only."""
    return (None, last) if first in TITLES else (first, last)


# A name taken back at once in the same turn: "I am Doctor Tran... no, sorry, ... I am the manager, Linh Tran"
NAME_TAKEN_BACK: Final = pattern_on_use(
    r"[\s,.\u2026-]*(?:(?:uh|um|er|oh)[\s,.]+)*(?:no|sorry|I mean|I meant|wait|actually)\b", re.I
)


def names_in(text: str, asked: str | None) -> tuple[str | None, str | None] | None:
    """(first, last) the caller gives for themselves in this utterance; first is None after a title alone."""
    for m in NAME_CUE.finditer(text):
        first, last = m.group(1), m.group(2) or m.group(3) or m.group(4)
        if not _ok_name(first, last) or last in COMPANY_HEADS:
            continue  # "it's Acme Realty, from Austin" is a business
        if NAME_TAKEN_BACK.match(text, m.end()):
            again = names_in(text[m.end() :], asked)
            if again is not None:
                return again
        if TITLE_BEFORE.search(text[m.start() : m.start(1)]) and last is None:
            return None, first  # "I'm Doctor Tran": the surname
        family = FAMILY_NAME.search(text)
        if last and family and family.group(1) == first:
            return last, first  # "my name is Park Jae-won. Park is family name"
        given = GIVEN_NAME.search(text)
        if (
            given
            and given.group(1) != first
            and re.search(rf"\b{re.escape(first)}(?:\s+{_CAP}){{0,2}}\s+{re.escape(given.group(1))}\b", text)
        ):
            return given.group(1), first
        return _untitled(first, last)
    # "Okafor. Chidi Okafor." answers "your name?"
    full = SURNAME_THEN_FULL.search(text) if asked and ASKED_NAME.search(asked) else None
    if full and _ok_name(full.group(1), full.group(2)) and full.group(1) not in COMPANY_HEADS:
        return full.group(2), full.group(1)
    named = "name" in text.lower()
    # "<business>, <name> speaking" first: the greeting's capitalised pair is then the business
    for pattern in (
        SPEAKING_NAME,
        ROLE_THEN_NAME,
        FIRST_LAST_IS,
        GREETING_NAME,
        GREETING_ONE_NAME,
        SENTENCE_NAME,
        REPEATED_NAME,
        HERE_NAME,
        UNDER_NAME,
        TITLED_OPENING,
    ):
        if pattern is FIRST_LAST_IS and not named:
            continue
        m2 = pattern.search(text)
        if m2 is None:
            continue
        first2, last2 = _untitled(m2.group(1), m2.group(2) if m2.re.groups > 1 else None)
        if last2 is None and first2 and TITLE_BEFORE.search(text, 0, m2.start(1)):
            first2, last2 = None, first2  # "hi, Mr. Delgado here": the surname
        if (first2 or last2) and _ok_name(first2, last2) and last2 not in COMPANY_HEADS:
            return first2, last2
    if asked and ASKED_NAME.search(asked):
        m3 = ANSWER_NAME.search(text)
        if m3 and _ok_name(m3.group(1), m3.group(2), m3.group(3)):
            return m3.group(1), m3.group(3) or m3.group(2)
    m4 = BARE_NAME_SENTENCE.search(text)
    if m4 and NAME_GIVEN.search(text) and _ok_name(m4.group(1), m4.group(2)):
        return m4.group(1), m4.group(2)
    m5 = MESSAGE_NAME.search(text)
    said = (m5.group(1) or m5.group(2)) if m5 else None
    if said and _ok_name(said, None):
        return said, None
    return None


def _cap_phrases(text: str) -> list[tuple[int, int]]:
    """Spans of capitalised phrases: "Ruiz Kemp Realty", "Ortega and Sons", "Town of Millbrook"."""
    spans: list[tuple[int, int]] = []
    for m in re.finditer(
        # "St. Brendan's Academy", "Mt. Hood Dental": an abbreviation's period is inside the name
        # the pronoun "I" is no word of a name: "called Juniper and Jade and I sell wholesale"
        # "and" in other languages joins names too: "Paredes e Ibarra", "Ruiz y Asociados", "Roux et Fils"
        rf"\b(?:(?:St|Mt|Ft)\.\s+)?[{_UP}][\w'\u2019&-]*(?:\s+(?:(?:and|of|&|on|de|la|du|del|von|van|e|y|et|und)\s+)?"
        rf"(?!I\b)[{_UP}][\w'\u2019&-]*)*",
        text,
    ):
        end = m.end()
        # "The Granary at Fox Hollow": a name of the form "The <noun> at <place>" keeps its place
        if text.startswith("The ", m.start()):
            place = re.match(rf" at (?:the )?[{_UP}][\w'\u2019&-]*(?: [{_UP}][\w'\u2019&-]*)*", text[end:])
            if place:
                end += place.end()
        # "Smith, Jones and Partners": a surname, a comma, then the rest of a firm's name
        if (
            spans
            and re.fullmatch(r",\s+", text[spans[-1][1] : m.start()])
            and " " not in text[spans[-1][0] : spans[-1][1]]
            and re.search(r"\s(?:and|&)\s", text[m.start() : end])
            and text[m.start() : end].split()[-1] in COMPANY_HEADS
        ):
            spans[-1] = (spans[-1][0], end)
            continue
        spans.append((m.start(), end))
    return spans


_CALENDAR: Final = word_set("""
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december eastern central pacific mountain am pm
""")


# The agent asking which organisation this is: the answer's opening name is the company ("Which account is
# this?" -> "Calder Freight Forwarding, we've got forty users").
ASKED_COMPANY: Final = pattern_on_use(
    r"\bcompany\b|\b(?:which|what(?:'s| is)?(?: the)?(?: name of)?(?: the| your)?) (?:account|business|"
    r"organi[sz]ation|firm|practice|agency|brokerage|clinic|office|store|shop|school|restaurant)(?: name)?\b|"
    r"\b(?:account|business|organi[sz]ation|firm|practice|agency|office|store|shop) name\b|"
    r"\bwhere are you calling from\b|\bwho are you (?:with|calling (?:from|for))\b",
    re.I,
)
# A phone greeting that names the business before the person: "hey, Dale's Roofing, this is Wes"
GREETING_ONLY: Final = pattern_on_use(
    r"^\W*(?:(?:hi|hey|hello|yeah|yes|yep|oh|so|um|uh|good (?:morning|afternoon|evening)|there)\W+)*$", re.I
)
PERSON_FOLLOWS: Final = pattern_on_use(
    rf"^\s*,\s*(?:(?:this is|it's|I'm|I am|my name is|my name's)\s+[{_UP}]|"
    rf"[{_UP}][\w'-]*\s+(?:here|speaking)\b)"
)
# The caller who owns or runs the business names it: "I manage the Maison Verte", "we run Elm Street Bakery"
OWNER_VERBS: Final = word_set("own run manage operate founded started opened co-own")
# An apposition that says what the name is: "X, a trucking company", "X, is a small boutique hotel"
APPOSITION_HEADS: Final = (
    (BUSINESS_NOUNS - word_set("customers customer team office group"))
    | {h.lower() for h in COMPANY_HEADS}
    | word_set("""
hotel inn motel b&b bakery dealership firm brokerage practice cafe bar brewery winery farm ranch salon spa
gym studio franchise chain charity nonprofit co-op cooperative lab laboratory manufacturer distributor
wholesaler retailer boutique label publisher station carrier contractor
""")
)
APPOSITION: Final = pattern_on_use(
    r"\s*(?:,\s*(?:(?:it's|it is|is|that's|which is|we're|we are)\s+)?|\s+(?:is|it's)\s+)"
    r"(?:a|an|one of the)\s+(?:(?!(?:for|of|with|the|in|at|to|and|on|who|that)\b)[\w&-]+\s+){0,3}?(?:"
    + "|".join(re.escape(h) for h in longest_first(APPOSITION_HEADS))
    + r")\b",
    re.I,
)


# A description before the name: "I got a small used car lot, Big Lou's Auto Sales, in Baton Rouge"
DESCRIBED_HEADS: Final = APPOSITION_HEADS | word_set("lot yard garage operation outfit place venue")
# "a bakery called Flour Child", "a little florist called Petal and Stem": any thing the caller has, called X,
# except a person ("a guy called Bob", "my partner named Jonah")
DESCRIBED_CALLED: Final = pattern_on_use(
    r"\b(?:a|an|our|my) (?:[\w-]+ ){0,3}(?!(?:guy|man|woman|lady|person|friend|partner|colleague|husband|"
    r"wife|son|daughter|brother|sister|boss|rep|agent|someone|dog|cat|kid|customer|client)\b)[\w-]+ "
    r"(?:called|named)\s*$",
    re.I,
)
# A unit of an organisation before "at/for/with" the organisation
UNIT_NOUNS: Final = (BUSINESS_NOUNS | DEPARTMENTS) - word_set("customers customer") | word_set(
    "department desk division branch unit"
)


# Only a take-back between two names: "Inkwell... I mean, SignRiver", "Acme, sorry, Acme Freight"
RESTATED_NAME: Final = pattern_on_use(
    r"[\s,.\u2026-]*(?:(?:uh|um|er|oh)[\s,.]+)*(?:sorry|I mean|I meant|rather|no)[\s,.!-]+"
    r"(?:(?:uh|um|it's|its|it is)[\s,.]+)*",
    re.I,
)
COMPANY_CORRECTED: Final = pattern_on_use(
    r"\b(?:sorry|I mean|actually|changed (?:the|our) name|renamed|rebranded|now called|we're now|it's now)\b",
    re.I,
)


# "the company X" / ", company X,", "from the office X": a noun naming the kind of thing the name after it is
LABEL_NOUNS: Final = (DESCRIBED_HEADS - word_set("team group")) | word_set("organisation office")
CLAUSE_OPENS: Final = pattern_on_use(r"(?:^|[,.;:!?])\s*\w+\s*$")
LABEL_END: Final = pattern_on_use(r"\s*(?:[,.;:!?\u2026]|$|(?:in|from|out of|based|and|we|which|that)\b)")


# The caller saying what the name just said is: "X, that's the, like, the company name", "X is my business"
NAMED_AFTER: Final = pattern_on_use(
    r"\s*,?\s*(?:that's|that is|which is|is|it's)(?:[\s,]+(?:the|like|uh|um|our|my|a))*[\s,]+"
    r"(?:company|business|shop|studio|firm|brand|agency|store|practice)(?:'s)?(?:\s+name\b|\s*(?:[,.;!?]|$))",
    re.I,
)
# Words of a student's role: the school after "at/from/of" is where they study ("a junior at X")
STUDY_WORDS: Final = word_set("""
student students undergrad undergraduate freshman sophomore junior senior grad mba phd doctoral postgrad
""")
STUDIES_AT: Final = pattern_on_use(
    r"\b(?:i study|i'm studying|studying|enrolled|i'm in school)\b[^,.;]{0,40}$"
)
# Other ties than work, in the same clause: classes taken, a school gone to, a bank or insurer, clients served
# ("night classes at X", "graduated from X", "we bank with X", "our clients include X")
TIED_TO: Final = pattern_on_use(
    r"\b(?:(?:taking|take|took|taken) (?:\w+ )?(?:classes|courses|a class|a course|a module)|graduated|"
    r"went to (?!work)|alumn\w*|an alum|(?:kids?|children|son|daughter)s? (?:go(?:es)? to|attends?)|"
    r"bank(?:s|ed)?|insured|(?:clients|customers) (?:include|are)|(?:a )?(?:client|customer|member)s? "
    r"(?:of|at))\b[^,.;]{0,40}$"
)
# The word before such an organisation
TIE_WORDS: Final = word_set("at from of with by include includes attend attends")


# Leaving a vendor: "switching from X", "moving over from X"
LEFT_FROM: Final = word_set("switching switch switched moving move moved migrating migrate coming over away")
# Someone else's recommendation: "Kevin from X recommended you"
REFERRED: Final = pattern_on_use(
    r"[\s,]*(?:\w+\s+)?(?:recommended|referred|told|mentioned|suggested|said|gave)\b", re.I
)
# Places a caller calls from, never their company on their own (states, large cities)
PLACES: Final = word_set("""
Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois
Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri
Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington
Wisconsin Wyoming Chicago Houston Phoenix Philadelphia Dallas Austin Jacksonville Columbus Charlotte
Indianapolis Seattle Denver Boston Nashville Detroit Portland Memphis Louisville Baltimore Milwaukee
Albuquerque Tucson Fresno Sacramento Atlanta Miami Tampa Orlando Cleveland Pittsburgh Cincinnati Minneapolis
Toronto Vancouver Montreal Calgary London Manchester Dublin Sydney Melbourne
""") | {
    "New York",
    "Los Angeles",
    "San Diego",
    "San Antonio",
    "San Jose",
    "San Francisco",
    "Fort Worth",
    "El Paso",
    "Las Vegas",
    "Oklahoma City",
    "Kansas City",
    "New Orleans",
    "St. Louis",
    "Salt Lake City",
    "New Jersey",
    "New Mexico",
    "New Hampshire",
    "North Carolina",
    "South Carolina",
    "North Dakota",
    "South Dakota",
    "Rhode Island",
    "West Virginia",
    "Long Island",
}


def company_in(text: str, asked: str | None, person: set[str]) -> tuple[str, int] | None:
    """The caller's company in this utterance, with a confidence score (higher is surer)."""
    best: tuple[int, int, str] | None = None
    best_end = 0
    low = text.lower()
    for s, e in _cap_phrases(text):
        phrase = text[s:e].strip(" ,.'\u2019")
        words = phrase.split()
        if not words or (words[0] in NOT_NAMES and len(words) == 1):
            continue
        if words[0] in {"I", "I'm"} or any(w.lower().strip("'\u2019s") in INTEGRATIONS for w in words):
            continue
        if (
            set(words) <= person
            or phrase in NOT_NAMES
            or (len(words) == 1 and phrase.lower() in DEPARTMENTS | ROLE_WORDS)
        ):
            continue
        if re.match(r"\s+(?:" + "|".join(sorted(ROLE_WORDS)) + r")\b", text[e:], re.IGNORECASE):
            continue  # "HR manager", "Sales Director": a title, not a company
        sentence_start = s == 0 or re.search(r"[.?!]\s*$", text[:s]) is not None
        # a pause is no word: "I'm with, um... InkSwift"
        before = re.sub(r"\b(?:uh|um|er)\b|,|\.{2,}|\u2026|\s-+\s", " ", low[:s])
        before_words = before.split()
        if before_words and before_words[-1] == "the":  # "calling from the Riverside Unified School District"
            before_words = before_words[:-1]
            before = before.rstrip()[: -len("the")]
        prev = before_words[-1] if before_words else ""
        prev2 = before_words[-2] if len(before_words) > 1 else ""
        if (
            prev in {"at", "from", "of"} and (prev2 in STUDY_WORDS or STUDIES_AT.search(before) is not None)
        ) or (prev in TIE_WORDS and TIED_TO.search(low[:s]) is not None):
            continue  # "an MBA student at X School", "we bank with X": no company of theirs
        if prev == "from" and prev2 in LEFT_FROM:
            continue  # "we're switching from Adobe Sign": the vendor they leave
        if prev == "from" and REFERRED.match(text, e) and prev2.capitalize() not in person:
            continue  # "Kevin from Paperless Pro recommended you": someone else's company
        if phrase in PLACES:
            continue  # "I'm calling from Chicago"
        score = 0
        # "VP of lending at X", "director of enrollment for X", "I run customer success at X"
        role_at = prev in {"at", "for", "with"} and (
            any(w in ROLE_WORDS for w in before_words[-5:-1]) or ROLE_CLAUSE.search(before) is not None
        )
        # "my practice is X", "our shop's called X", "a podcast studio called X"
        named = (
            BUSINESS_IS.search(before) is not None
            or BUSINESS_CALLED.search(before) is not None
            or DESCRIBED_CALLED.search(before) is not None  # "a bakery called Flour Child"
        )
        if (
            role_at
            or named
            or (prev == "of" and prev2 in ROLE_WORDS)
            or prev in {"from"}
            or (prev == "company" and prev2 == "from")
            # "from the company Vogel Teile, we make ...", "we are your customer, company NordHire, ...": the
            # noun names what follows when the name ends the clause ("our company Facebook page" does not)
            or (
                prev in LABEL_NOUNS
                and (prev2 in {"the", "from", "our", "my"} or CLAUSE_OPENS.search(text, 0, s) is not None)
                and LABEL_END.match(text, e) is not None
            )
            or before.rstrip().endswith(
                ("calling from", "calling for", "on behalf of", "i represent", "we represent")
            )
            or (
                prev in {"with", "at", "for", "the"}
                and (
                    prev2 in ROLE_WORDS
                    or (prev2.endswith("s") and prev2[:-1] in ROLE_WORDS)  # "one of the partners at X"
                    or prev2 in {"i'm", "am", "over", "here", "with", "for", "registrar"}
                    or (prev2 == "work" and prev in {"at", "for"} and before_words[-3:-2] == ["i"])
                    or prev2.capitalize() in person
                    or (
                        before.rstrip().endswith(("for the", "with the", "at the"))
                        and (
                            len(before_words) > 2
                            and (before_words[-3] in ROLE_WORDS or before_words[-3].capitalize() in person)
                        )
                    )
                )
            )
            or (prev in {"own", "run", "of"} and prev2 in {"i", "owner", "founder"})
            or (prev in OWNER_VERBS and prev2 in {"i", "we"})
            or (not before_words and PERSON_FOLLOWS.match(text[e:]) is not None)
            or (GREETING_ONLY.match(text[:s]) is not None and PERSON_FOLLOWS.match(text[e:]) is not None)
            or APPOSITION.match(text, e) is not None
            or NAMED_AFTER.match(text, e) is not None  # "Left Bank Audio, that's the company name"
            # "a small nonprofit, the Riverbend Literacy Project"
            or (
                (prev in BUSINESS_NOUNS or prev in DESCRIBED_HEADS)
                and re.search(r",\s*(?:the\s+)?$", text[:s])
            )
            # "I'm the operations manager, Pinebrook Senior Living": a run longer than a person's name
            or (prev in ROLE_WORDS and len(words) >= 3 and re.search(r",\s*$", text[:s]))
            # "the clerk's office for the City of Fairhaven", "the front desk at X"
            # "the law offices of X" too
            or (prev in {"at", "for", "with", "of"} and (prev2 in UNIT_NOUNS or prev2[:-1] in UNIT_NOUNS))
            or (person and re.search(r",\s*$", text[:s]) and prev.capitalize() in person)
            # "this is Émile Rousseau. Rousseau Menuiserie, we ...": a run opening with the caller's name is a
            # business named after them
            or (
                len(words) >= 2
                and words[0] in person
                and not set(words) <= person
                and (sentence_start or re.search(r",\s*$", text[:s]) is not None)
            )
            or (
                asked
                and ASKED_COMPANY.search(asked) is not None
                and (prev in {"is", "it's", ""} or len(before_words) <= 2)
            )
        ):
            score = 3
        elif len(words) >= 2 and words[-1] in COMPANY_HEADS:
            score = 2
        elif len(words) >= 2 and re.search(r",\s*$", text[:s]) and re.match(r"\s*(?:[.!]|$)", text[e:]):
            score = 1
        elif (
            len(words) >= 2
            and sentence_start
            and re.match(r"\s*(?:[.!]|$)", text[e:])
            and not {w.strip(",.") for w in words} <= person
            and not any(w.lower().strip(",.") in _CALENDAR for w in words)
        ):
            score = 1  # a sentence that is only a capitalised name: "Summit Peak Recruiting. we've got ..."
        if score and sentence_start and score < 3 and len(words) < 2:
            score = 0
        if len(words) == 1 and phrase.isupper() and (score < 3 or prev not in {"at", "from", "with", "for"}):
            score = 0  # "HR", "CRM", "TV": an acronym needs a cue ("over at WKLM")
        if (
            not score
            and best is not None
            and len(words) <= 4
            and RESTATED_NAME.fullmatch(text, best_end, s) is not None
        ):
            score = best[0]  # "uh, Inkwell... I mean, SignRiver": the name said right after a take-back
        if score:
            # "at The Glasshouse on Pine": a capital The inside a sentence belongs to the name
            name = (
                phrase
                if phrase.startswith("The ") and not sentence_start
                else re.sub(r"^(?:the|The)\s+", "", phrase)
            )
            if best is None or score > best[0]:
                best, best_end = (score, s, name), e
            elif best is not None and COMPANY_CORRECTED.search(text, best[1], s):
                best, best_end = (
                    (best[0], s, name),
                    e,
                )  # "Brightsmile, well, sorry, ... it's Lakeview Dental now"
    return None if best is None else (best[2], best[0])


def echoed_name(text: str, reply: str | None) -> tuple[str, str | None] | None:
    """The name the agent greets the caller by, if the caller said it in this turn (and a surname after)."""
    m = ECHO_NAME.search(reply or "")
    if (
        m is None
        or m.group(1) in NOT_NAMES
        or m.group(1) in TITLES
        or not re.search(rf"\b{m.group(1)}\b", text)
    ):
        return None
    first = m.group(1)
    after = re.search(rf"\b{first}\s+({_CAP})\b", text)
    last = (
        after.group(1) if after and _ok_name(after.group(1)) and after.group(1) not in COMPANY_HEADS else None
    )
    return (first, last) if _ok_name(first) else None


def echoed_pair(text: str, reply: str | None) -> tuple[str, str] | None:
    """(given, surname) when the agent greets by the first two of three names the caller said."""
    m = ECHO_PAIR.search(reply or "")
    if m is None or not _ok_name(m.group(1), m.group(2)):
        return None
    after = re.search(
        rf"\b{re.escape(m.group(1))}\s+{re.escape(m.group(2))}\s+({_CAP})\b(?!\s+[{_UP}])", text
    )
    if after is None or not _ok_name(after.group(1)) or after.group(1) in COMPANY_HEADS:
        return None
    return f"{m.group(1)} {m.group(2)}", after.group(1)


def _fills_name_slot(
    name: tuple[str, str | None], question: str | None, out: dict[str, Found], found: Found
) -> bool:
    """A single name answering "your first name?" or "last name?" fills that slot; the single name said before
    ("Who am I speaking with?" "Pruitt." ... "And your first name?" "Harold.") is then the surname."""
    if name[1] is not None or not question or "first_name" not in out or "last_name" in out:
        return False
    if name[0] == out["first_name"].value:
        return False
    if ASKED_FIRST.search(question):
        out["last_name"] = out["first_name"]
        out["first_name"] = found
        return True
    if ASKED_LAST.search(question):
        out["last_name"] = found
        return True
    return False


def contact_from_turns(
    user_texts: Sequence[str], asked: Sequence[str | None], replies: Sequence[str | None] = ()
) -> dict[str, Found]:
    """Contact fields the caller speaks, the last stated email or phone winning."""
    out: dict[str, Found] = {}
    company_score = 0
    begun: list[tuple[str, bool]] = []  # digit groups of a number the caller's last turn ended on
    for n, text in enumerate(user_texts):
        question = asked[n] if n < len(asked) else None
        reply = replies[n] if n < len(replies) else None
        said = echoed_pair(text, reply) or names_in(text, question) or echoed_name(text, reply)
        name: tuple[str, str | None] | None = None
        if said is not None and said[0] is None:
            if said[1] and "last_name" not in out:  # "I'm Doctor Ramos": a surname, the first name unsaid
                out["last_name"] = Found(said[1], n, text)
        elif said is not None and said[0] is not None:
            name = (said[0], said[1])
        if name is not None and _fills_name_slot(name, question, out, Found(name[0], n, text)):
            name = None
        if name is not None:
            first, last = name
            prev_first = out.get("first_name")
            if prev_first is None or (last and "last_name" not in out and prev_first.value == first):
                out["first_name"] = Found(first, n, text)
                if last:
                    out["last_name"] = Found(last, n, text)
        if "first_name" in out and "last_name" not in out:
            apart = _surname_apart(text, out["first_name"].value)
            if apart is not None:
                out["last_name"] = Found(apart, n, text)
        if "first_name" in out and "last_name" not in out:
            # "... it's Giselle Marchetti": the surname after a first name already given
            # a longer capitalised run is a business named after them ("Okafor Baptiste Design"), not a name
            later = re.search(rf"\b{re.escape(out['first_name'].value)}\s+({_SURNAME})\b(?!\s+[{_UP}])", text)
            if later and _ok_name(later.group(1)) and later.group(1) not in COMPANY_HEADS:
                out["last_name"] = Found(later.group(1), n, text)
        # each word of the name: "Anke de Vries" is no company either
        person = {w for k, f in out.items() if k in ("first_name", "last_name") for w in f.value.split()}
        company = company_in(text, question, person)
        if company is not None and company[1] > company_score:
            out["company"] = Found(company[0], n, text)
            company_score = company[1]
        for _, email in spoken_emails(text):
            out["email"] = Found(email, n, text)
        phones = phones_in(text, question)
        for _, phone in phones:
            out["phone"] = Found(phone, n, text)
        # a number split over two turns: "two five six... five five five" / "Go ahead." / "oh one four seven"
        if not phones and begun and (settled := _dictated_number(begun + leading_digit_groups(text))):
            out["phone"] = Found(_format_phone(settled), n, text)
        begun = [] if phones else trailing_digit_groups(text, question)
    if "email" in out and company_score < 3:
        _company_from_email(user_texts, out)
    if "first_name" not in out and "email" in out:
        _name_from_email(user_texts, out, replies)
    if "first_name" not in out:
        _name_from_spelling(user_texts, out)
    return out


# The surname named as such: "last name Subramanian", "and the surname is Adeyemi", "family name Tanaka"
SURNAME_NAMED: Final = pattern_on_use(
    rf"\b(?i:last|sur|family) ?(?i:name)(?:'s|\s+is)?(?:\s+(?i:just))?[:,]?\s+({_SURNAME})\b"
)


def _surname_apart(text: str, first: str) -> str | None:
    """A surname given apart from the first name said before: named as the surname ("Ravi. last name
    Subramanian.", "Lindqvist is the last name") or spelled right after it ("Brandon. Kowalczyk.
    K-O-W-A-L-C-Z-Y-K."); a capitalised word alone ("Brandon. Lakeview Auto Group.") is none."""
    for found in (SURNAME_NAMED.search(text), FAMILY_NAME.search(text)):
        if (
            found
            and found.group(1) != first
            and _ok_name(found.group(1))
            and found.group(1) not in COMPANY_HEADS
        ):
            return found.group(1)
    for sp in SPELLED.finditer(text):
        word = sp.group().replace("-", "").lower()
        before = re.search(
            rf"\b({_CAP})[.,:]?\s+(?:(?:that's|that is|spelled|spelt)\s+)?$", text[: sp.start()]
        )
        if (
            before
            and before.group(1).lower() == word
            and before.group(1) != first
            and _ok_name(before.group(1))
            and before.group(1) not in COMPANY_HEADS
            # "from Zyla, Z-Y-L-A" spells a business
            and not re.search(
                r"\b(?i:from|with|at|of|for|called|named|company|business|firm)\W*$", text[: before.start()]
            )
        ):
            return before.group(1)
    return None


def _company_from_email(user_texts: Sequence[str], out: dict[str, Found]) -> None:
    """A capitalised run the email's domain spells is the company when no cue gave one: "I manage rentals,
    Lakeview Rentals, apartments mostly" with "brent at lakeview rentals dot net"; never the caller's name."""
    label = out["email"].value.split("@")[-1].split(".")[0].replace("-", "")
    if len(label) < 4:
        return
    person = {w for k, f in out.items() if k in ("first_name", "last_name") for w in f.value.split()}
    for n, text in enumerate(user_texts):
        if label[:3] not in text.lower():
            continue  # no run can spell the domain: skip the phrase pass
        for s, e in _cap_phrases(text):
            words = text[s:e].strip(" ,.'\u2019").split()
            while words and words[0] in NOT_NAMES:
                words = words[1:]  # "Yeah Lakeview Rentals" at a sentence's start
            # the whole run, never a part of it: "whitmore.edu" is no reason to cut "Whitmore University"
            squashed = re.sub(r"[^0-9a-z]", "", "".join(words).lower().replace("&", "and"))
            if squashed == label and not set(words) <= person and squashed not in INTEGRATIONS:
                out["company"] = Found(" ".join(words), n, text)
                return


SPELLED: Final = pattern_on_use(r"\b[A-Za-z](?:-[A-Za-z]){2,}\b")


def _spelled_words(text: str) -> set[str]:
    """Words the caller spells letter by letter: "F-E-R-R-E-I-R-A" -> "ferreira"."""
    return {m.group().replace("-", "").lower() for m in SPELLED.finditer(text)}


def _name_from_email(
    user_texts: Sequence[str], out: dict[str, Found], replies: Sequence[str | None] = ()
) -> None:
    """ "it's Jordan Pike, jordan dot pike ninety-two at ...": a capitalised pair the email spells; or a
    "first.last" local part one of whose words is confirmed as a name: the caller spells it
    ("rosa dot ferreira, F-E-R-R-E-I-R-A, at ...") or the agent calls them by the first ("Thanks, Rosa!")."""
    parts = re.findall(r"[a-z]+", out["email"].value.split("@")[0])
    if len(parts) < 2 or min(len(p) for p in parts[:2]) < 2:
        return
    pair = re.compile(rf"\b({re.escape(parts[0].capitalize())})\s+({re.escape(parts[1].capitalize())})\b")
    for n, text in enumerate(user_texts):
        m = pair.search(text)
        if m and _ok_name(m.group(1), m.group(2)):
            out["first_name"] = Found(m.group(1), n, text)
            out["last_name"] = Found(m.group(2), n, text)
            return
    local = out["email"].value.split("@")[0]
    if not re.fullmatch(r"[a-z]{2,}[._][a-z]{2,}", local):
        return
    first, last = parts[0].capitalize(), parts[1].capitalize()
    spelled = {w for t in user_texts for w in _spelled_words(t)}
    greeted = any(r and re.search(rf"\b{first}\b", r) for r in replies)
    if _ok_name(first, last) and (spelled & {parts[0], parts[1]} or greeted):
        found = out["email"]
        out["first_name"] = Found(first, found.turn, found.quote)
        out["last_name"] = Found(last, found.turn, found.quote)


def _name_from_spelling(user_texts: Sequence[str], out: dict[str, Found]) -> None:
    """A word the caller spells and also says capitalised is their name, with the capitalised word after it
    as the surname ("it's just me, Ines Carvalho Photography ... I-N-E-S")."""
    spelled = {w for t in user_texts for w in _spelled_words(t)}
    emails = {p for f in (out.get("email"),) if f for p in re.findall(r"[a-z]+", f.value.split("@")[0])}
    for n, text in enumerate(user_texts):
        for sp in SPELLED.finditer(text):
            # a pair whose second word is spelled right after it is given name and surname: "Kim Ng, N-G"
            word = sp.group().replace("-", "").lower()
            if word in emails:
                continue
            pair = re.search(
                rf"\b({_CAP})\s+({re.escape(word.capitalize())}),?\s+(?:(?:that's|that is|spelled)\s+)?$",
                text[: sp.start()],
            )
            if pair and _ok_name(pair.group(1), pair.group(2)) and pair.group(2) not in COMPANY_HEADS:
                out["first_name"] = Found(pair.group(1), n, text)
                out["last_name"] = Found(pair.group(2), n, text)
                return
    for word in spelled - emails:
        pattern = re.compile(rf"\b({re.escape(word.capitalize())})(?:\s+({_CAP}))?\b")
        for n, text in enumerate(user_texts):
            m = pattern.search(text)
            if m is None or not _ok_name(m.group(1)):
                continue
            last = m.group(2) if m.group(2) and _ok_name(m.group(2)) else None
            out["first_name"] = Found(m.group(1), n, text)
            if last and last not in COMPANY_HEADS:
                out["last_name"] = Found(last, n, text)
            return
