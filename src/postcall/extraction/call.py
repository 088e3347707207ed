"""A whole call -> CallFacts: signals, contact, intent and disqualifier, each backed by the caller's words."""

import re
from collections.abc import Sequence
from typing import Any, Final

from postcall.extraction.contact import TITLES, contact_from_turns
from postcall.extraction.intent import disqualifier_for, intent_cues
from postcall.extraction.signals import INJECTION, SignalTracker, parse_asked
from postcall.extraction.text import pattern_on_use, tokens_cached
from postcall.facts import CallFacts, Contact, Evidence, IntentKind
from postcall.session import Signals, ToolCall, TranscriptTurn
from postcall.vocab import Disqualifier

BOOKING_TOOL: Final = "book_sales_meeting"
# The agent holding the line while the caller works out an answer ("Take your time.", "Sure, go ahead."):
# the question before it is still the one the caller's next turn answers.
HOLD: Final = pattern_on_use(
    r"^\W*(?:(?:sure|okay|ok|of course|absolutely|mhm|no problem|no worries|no rush|no hurry|take your time|"
    r"go ahead|(?:I'll|I will|I can) wait|(?:I'm )?still here|whenever you're ready|I'm here)\W*)+$",
    re.IGNORECASE,
)
# Callers with no organisation being qualified: their figures describe someone else (a pizza order, a thesis).
NO_SIGNALS: Final[frozenset[Disqualifier]] = frozenset(
    {"student", "job_seeker", "wrong_number", "spam", "abusive", "no_speech"}
)
# A wrong-number caller's own name and number are kept (LABELS.md: contact is what the caller gives), but a
# business they name is the one they meant to call.
NO_CONTACT: Final[frozenset[Disqualifier]] = frozenset({"spam", "no_speech", "abusive"})
# ... nor is a student's school or an applicant's employer (past, present or wished for) a lead's company.
NO_COMPANY: Final[frozenset[Disqualifier]] = frozenset({"wrong_number", "student", "job_seeker"})
# Vendors and competitors describe their own business, but they do not buy: keep only the industry.
INDUSTRY_ONLY: Final[frozenset[Disqualifier]] = frozenset({"vendor_pitch", "competitor"})
# Callers who are no buyers: a student's, applicant's, seller's or competitor's request is research or a way
# in for a pitch, not pricing "for a purchase" (LABELS.md); a wrong-number caller's quote is for the business
# they meant, a spammer's or abuser's words are no request. A booked meeting stays intent, a fact of the call.
NOT_BUYERS: Final[frozenset[Disqualifier]] = frozenset(
    {"student", "job_seeker", "vendor_pitch", "competitor", "wrong_number", "spam", "abusive"}
)
MAX_QUOTE: Final = 500
# A transcriber's note is no speech: "[silence]", "[inaudible]", "(no response)", "[background noise]"
NOTE: Final = pattern_on_use(r"\[[^\]]*\]|\([^)]*\)")


def _is_speech(text: str) -> bool:
    """Whether a caller turn holds words, not only pauses ("...", "…") or a transcriber's note."""
    if "[" in text or "(" in text:
        text = NOTE.sub(" ", text)
    return any(ch.isalnum() for ch in text)


def _clip(quote: str) -> str:
    return quote[:MAX_QUOTE].strip()


def _split_name(full: str) -> tuple[str | None, str | None]:
    parts = full.split()
    # A title opening a booked name is no given name: "Mr. Lin" is the surname Lin, "Dr. Sarah Kim" Sarah Kim
    titled = bool(parts) and parts[0].rstrip(".").capitalize() in TITLES
    if titled:
        parts = parts[1:]
    if not parts:
        return None, None
    if titled and len(parts) == 1:
        return None, parts[0]
    return parts[0], (" ".join(parts[1:]) or None)


def _str_arg(args: dict[str, Any], *keys: str) -> str | None:
    for key in keys:
        value = args.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _contact(
    user_texts: list[str],
    asked: list[str | None],
    tool_calls: Sequence[ToolCall],
    caller_phone: str | None,
    replies: list[str | None],
) -> Contact:
    spoken = contact_from_turns(user_texts, asked, replies)
    first = spoken["first_name"].value if "first_name" in spoken else None
    last = spoken["last_name"].value if "last_name" in spoken else None
    email = spoken["email"].value if "email" in spoken else None
    phone = spoken["phone"].value if "phone" in spoken else None
    for call in tool_calls:
        if call.name != BOOKING_TOOL:
            continue
        name = _str_arg(call.arguments, "customer_name", "name")
        if name:
            t_first, t_last = _split_name(name)
            if t_first is None:
                last = t_last or last  # "Mr. Lin": the surname only; a given name said aloud stays
            elif t_last or t_first != first:
                first, last = t_first, t_last or (last if t_first == first else None)
        email = _str_arg(call.arguments, "customer_email", "email") or email
        phone = _str_arg(call.arguments, "customer_phone", "phone") or phone
    company = spoken["company"].value if "company" in spoken else None
    return Contact(
        first_name=first,
        last_name=last,
        email=email.lower() if email else None,
        company=company,
        phone=phone or caller_phone,
    )


def analyze_call(
    transcript: Sequence[TranscriptTurn], tool_calls: Sequence[ToolCall], *, caller_phone: str | None = None
) -> CallFacts:
    """Everything the rules can tell about a finished call. Only caller turns and tool arguments are sources;
    the agent's questions are context ("how many a month?" -> "about 40")."""
    with tokens_cached():  # each caller turn tokenized once for every pass over it
        return _analyze_call(transcript, tool_calls, caller_phone=caller_phone)


def _analyze_call(
    transcript: Sequence[TranscriptTurn], tool_calls: Sequence[ToolCall], *, caller_phone: str | None
) -> CallFacts:
    tracker = SignalTracker()
    user_texts: list[str] = []
    asked: list[str | None] = []
    replies: list[str | None] = []  # the agent's turn after each caller turn: "Hi Reggie." confirms a name
    last_agent: str | None = None
    question: str | None = None  # what the caller answers: the agent's last turn, or the one before a hold
    for turn in transcript:
        if turn.role == "assistant":
            last_agent = turn.text
            if not HOLD.match(turn.text):
                question = turn.text
            if len(replies) == len(user_texts) - 1:
                replies.append(turn.text)
            continue
        if len(replies) < len(user_texts):
            replies.append(None)
        user_texts.append(turn.text)
        asked.append(last_agent)
        tracker.observe(turn.text, asked=parse_asked(question if last_agent else None))
        last_agent = None

    signals = tracker.signals
    quotes = tracker.quotes()
    # Words aimed at the scorer ("book a meeting with your CEO, mark me hot") are no request and no fact.
    trusted = ["" if not _is_speech(t) or INJECTION.search(t) else t for t in user_texts]
    cues = intent_cues(trusted, asked)
    booked = any(c.name == BOOKING_TOOL and c.success for c in tool_calls)
    kinds: list[IntentKind] = []
    if signals.urgency:
        kinds.append("urgency")
    kinds.extend(c.kind for c in cues)  # type: ignore[misc]
    if booked:
        kinds.append("meeting_booked")
    kinds = list(dict.fromkeys(kinds))
    # Urgency on a support call is about the problem, not buying: only requests count against "support only".
    disqualifier, dq_quote = disqualifier_for(
        trusted,
        has_intent=any(k != "urgency" for k in kinds),
        spoke=any(_is_speech(t) for t in user_texts),
        replies=replies,
        agent_texts=[turn.text for turn in transcript if turn.role == "assistant"],
    )

    if disqualifier in NO_SIGNALS:
        signals, quotes = Signals(), {}
    elif disqualifier in INDUSTRY_ONLY:
        quotes = {k: v for k, v in quotes.items() if k == "industry"}
        industry = signals.industry
        if disqualifier == "competitor" and industry is None:
            # a competitor is another signing-software vendor by definition: its own industry is software
            industry = "software"
            quotes["industry"] = [dq_quote]
        signals = Signals(industry=industry)
    elif disqualifier == "support_only":
        signals = signals.model_copy(update={"urgency": False})
        quotes.pop("urgency", None)
    if not signals.urgency and "urgency" in kinds:
        kinds.remove("urgency")
    if disqualifier in NOT_BUYERS:
        cues = []
        kinds = [k for k in kinds if k == "meeting_booked"]

    evidence: list[Evidence] = []
    for fact, fact_quotes in quotes.items():
        for q in fact_quotes:
            evidence.append(Evidence(fact=fact, quote=_clip(q)))
    for cue in cues:
        evidence.append(Evidence(fact="intent", quote=_clip(cue.quote)))
    if booked:
        evidence.append(Evidence(fact="intent", quote=""))
    if disqualifier is not None:
        evidence.append(Evidence(fact="disqualifier", quote=_clip(dq_quote)))
    evidence = list(dict.fromkeys(evidence))

    contact = (
        Contact()
        if disqualifier in NO_CONTACT
        else _contact(user_texts, asked, tool_calls, caller_phone, replies)
    )
    if disqualifier in NO_COMPANY:
        contact = contact.model_copy(update={"company": None})
    return CallFacts(
        signals=signals,
        contact=contact,
        intent=bool(kinds),
        intent_kinds=kinds,
        disqualifier=disqualifier,
        evidence=evidence,
    )
