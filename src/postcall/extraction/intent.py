"""Buying intent and disqualifiers (LABELS.md), from the caller's words and the agent's offers as context."""

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from postcall.extraction.text import pattern_on_use, word_set
from postcall.facts import IntentKind
from postcall.vocab import Disqualifier

# ASCII classes and case folding run about a third faster; every word these patterns look for is ASCII
_I = re.IGNORECASE | re.ASCII

INTENT_PATTERNS: Final[tuple[tuple[IntentKind, re.Pattern[str]], ...]] = (
    (
        "demo",
        pattern_on_use(
            # "their demo bookings", "demo requests": demo modifying a noun is no request
            r"\bdemo\b(?! (?:bookings?|requests?|calls booked|numbers|rates?|volume)\b)|"
            r"\bwalk (?:me|us) through (?:it|the product|how it works)\b|\bsee it in action\b|"
            r"\bshow (?:me|us) how it works\b|\bwalkthrough\b|"
            # "can someone show us?", "see how your tool handles X"; "show me how to resend" is support
            # the product itself is what is shown ("walk me through what your plan includes" is research)
            r"\b(?:can|could) (?:you|someone|somebody|one of you|your team) (?:show|walk) (?:me|us)"
            r"(?: (?:around|through (?:it|(?:the|your) (?:product|platform|tool|app|software))))?"
            r"(?: on a (?:call|zoom|video call|screen ?share))?\s*(?:[?.!,]|$)|"
            r"\bsee how (?:your|the|this) (?:[\w-]+ ){0,2}(?:works|handles|would work|would handle|looks)\b|"
            # a time arranged to see the product: "set up a time to see the product"
            r"\b(?:set up|book|schedule|arrange|find) (?:a )?time to (?:see|look at|go over|walk through)\b",
            _I,
        ),
    ),
    (
        "sales",
        pattern_on_use(
            r"\b(?:have|get|can|could) (?:a |someone|somebody|"
            r"one of your)?\s*(?:sales ?(?:rep|person|team)?\s*)?"
            r"(?:from sales )?call me\b|\b(?:talk|speak|chat) (?:to|with) "
            r"(?:(?:someone|somebody|a person|one of you) (?:in|on|from) )?"
            # "speak with a salesperson", "talk to your sales team"
            r"(?:a |your |the )?sales(?: ?(?:person|people|rep|representative|team|department))?\b|"
            r"\bsales (?:rep|person|call|team) (?:call|reach|contact)\b|"
            r"\bconnect me (?:with|to) (?:your )?"
            r"sales\b|\b(?:want|wants|ready|looking|going|plan(?:ning)?|(?:'d|would) (?:like|love)) (?:to )?"
            r"(?:buy|purchase|sign up|"
            r"subscribe|upgrade)\b|\b(?:we|I)(?:'d| would| will|'ll) be (?:buying|purchasing)\b|"
            r"\bsign (?:me |us )?up\b|\bput my card in\b|\bbuy (?:it|this|the \w+ software|a plan)\b|"
            r"\bready to (?:move forward|get started|go ahead|commit|switch(?: over)?|sign|pay)\b|"
            # committing in other words: paperwork or payment for the purchase, a place on a plan, a callback
            # from sales ("send over a contract so we can get going", "put me down for the business plan")
            r"\b(?:(?:can|could|would|will) you (?:please )?(?:send|email|get) (?:me |us )?(?:over )?|"
            r"(?:send|email) (?:me|us) (?:over )?)(?:a|an|the|your) (?:contract|order form|invoice|"
            r"sign-?up link|payment link|paperwork)\b(?! (?:I|we) (?:signed|sent|got))|"
            r"\b(?:I'll|I will|we'll|we will|happy to|can I|can we|could I|could we|want to|like to) "
            r"pay (?:for it |it |you |for the year )?(?:today|now|upfront|up front|by card|annually|"
            r"with (?:a )?(?:credit )?card|for (?:a|the) (?:full )?year)\b|"
            r"\bput (?:me|us) down for\b|\bwhere do (?:I|we) sign\b|\bget the ball rolling\b(?! on)|"
            r"\bhow (?:soon|quickly|fast) can (?:we|I) (?:get )?(?:start(?:ed)?|onboard(?:ed)?|set up|going|"
            r"live|up and running)\b|"
            r"\bcall ?back from (?:someone (?:in|from) )?(?:sales|a rep|a salesperson|your sales)\b|"
            r"\b(?:have|get|ask) (?:sales|your sales(?: team| people| dept)?|a rep|someone from sales) "
            r"(?:to )?(?:ring|call|phone|buzz|reach|contact|email|text) (?:me|us)\b|"
            r"\b(?:on|get on|jump on|hop on) a call with (?:a|your|one of your) (?:rep|sales\w*|"
            r"account exec\w*|specialist)\b|"
            r"\b(?:set up|open|create) (?:an |a )?(?:account|workspace|subscription) (?:for (?:my|our) "
            r"(?:team|company|business|office|firm|staff)|with you)\b|"
            # "we're buying either way", not "I am purchasing manager" nor "we're buying a new truck"
            r"\b(?:we're|I'm|we are|I am) (?:buying|purchasing|signing up)"
            r"(?=\s*(?:[,.!?]|$)|\s+(?:it|this|either way|today|now|regardless|anyway|for sure|from you|"
            r"no matter|with you)\b)|"
            r"\b(?:how (?:do|can) (?:we|I)|want to|like to|ready to) get (?:started|set up)\b|"
            r"\b(?:have|can|could) (?:someone|somebody) (?:from (?:your team|sales) )?(?:reach out|follow up|"
            r"get in touch|contact me)\b|\b(?:set up|schedule|book) (?:a|an) (?:call|meeting) with\b|"
            # someone of theirs to contact us: "please have a salesperson reach out", "book me in with a rep"
            r"\b(?:someone|somebody|a (?:sales ?person|salesperson|sales rep|rep|representative)|"
            r"one of your (?:reps|salespeople|sales people|team)|your (?:sales )?team)\b"
            # a call from support is about a problem, not buying
            r"(?![^.?!]{0,25}\b(?:support|tech|technical|billing|help ?desk|(?-i:IT)|customer service)\b)"
            r"[^.?!]{0,25}\b"
            r"(?:(?:call|ring|reach out|contact|get in touch|follow up)\b[^.?!]{0,20}\b(?:me|us)|"
            r"give (?:me|us) a (?:call|ring|shout|buzz))\b|"
            r"\b(?:book|schedule|set|put) (?:me|us) (?:in |up )?with (?:one of your|a|your) "
            r"(?:reps?|sales|team|specialists?|experts?|consultants?)\b|"
            # ready to pay: "pull the trigger", "how do we pay?"
            r"\bpull the trigger\b|\bhow (?:do|can|would) (?:we|I) pay\b|\btake my (?:money|card)\b|"
            # a purchase on a condition: "if it's decent I'm buying", "we're in if the price is right"
            r"\bif (?:the )?(?:it's|its|it is|price|pricing|cost|number|numbers|deal)\b[^.?!]{0,30}?"
            r"\b(?:I'm|I am|we're|we are|I'll|we'll|I will|we will) (?:buying|sold|taking it|take it|"
            r"signing up|sign up|going with you|switching|in\b(?! (?:the|a|an|my|our|for)\b))|"
            r"\b(?:I'm|I am|we're|we are|I'll|we'll) (?:buying|in|taking it|take it|signing up|sign up)\b"
            r"[,\s]{0,3}(?:\w+ ){0,2}?if (?:the )?(?:price|pricing|cost|number|numbers|it's (?:decent|"
            r"affordable|cheap|reasonable|fair|right))\b",
            _I,
        ),
    ),
    (
        "pricing",
        pattern_on_use(
            r"\b(?:what(?:'s| is| are) (?:the |your )?(?:price|pricing|cost)|how much (?:does|"
            r"is|would|will|it|for)|"
            # a bare "how much?" after saying what they need
            r"how much(?=(?:,? (?:roughly|then|exactly|though))?\s*\?)|"
            r"(?:send|email|get) (?:me |us )?(?:the |your |some )?pricing|pricing for|"
            r"know the price|price for|(?:send|email|give|tell) (?:me |us )?(?:the |your |a )?(?:price|"
            r"prices|cost)|"
            r"how much it cost|what (?:does|would|will) (?:it|that|this) (?:\w+ )?cost|"
            r"what do you (?:charge|cost)|"
            # a question whose object is what we charge: "what would twenty seats run us", "your rates for X"
            r"how much (?:do|are|can|should|did)\b(?=[^.?!]*\b(?:charge|cost|pay|run)\b)|"
            # "charge" as what we do, not a line on a bill ("what's this charge on my invoice?")
            r"what (?:would|will|does|do|is|are|'s)\b[^.?!]{0,40}\b"
            r"(?:run (?:us|me)|cost|(?:you|they) charge)\b|"
            # "what's the Team plan go for?"
            r"what(?:'s| does| do| would| will)\b[^.?!]{0,30}\bgo for\b|"
            r"(?:your|the) (?:rates?|fees?|prices?) (?:for|per)\b|"
            r"(?:ballpark|rough idea of|estimate|idea of|sense of) (?:the |your )?(?:cost|price|pricing)\b|"
            r"(?:cost|price|rate|charge|fee)s? per (?:seat|user|licen[cs]e|head)\b|"
            r"discount if (?:we|I) (?:sign up|buy|get|commit|go with|take)|"
            # the price wanted in passing: "I just wanna know what it costs", "tell me what it'd run me";
            # not the caller's own costs ("I know what it costs us to print")
            r"(?:(?:wanna|want to|need to|like to|trying to|just|let me|let us) (?:know|find out|see|hear)|"
            r"find out|tell me|tell us|wondering|curious|figure out|ask you) "
            r"(?:what|how much) (?:it|this|that|your \w+|the \w+ plan|you(?: guys)?) ?"
            r"(?:costs?|would cost|'d cost|will cost|runs?|would run|'d run|goes for|charge)\b"
            r"(?!\s+(?:us|me|them|our \w+)\s+to\b)|"
            r"what kind of (?:money|price|cost|budget|numbers?)\b|how much (?:are|am) (?:we|I) looking at\b|"
            r"what(?:'s| is) the damage\b|"
            r"(?:give|get|send) (?:me|us) (?:a )?(?:number|figure|ballpark|rough number)\b"
            r"(?! (?:to call|I can|where|for support|to reach))|"
            r"what (?:you|y'all|you guys|your company) (?:charge|charges|ask)\b|"
            # "what would the monthly be?", "what's the annual for five users?"
            r"what(?:'s| is| would| will| does) (?:the |our |my )?(?:monthly|annual|yearly)"
            r"(?: (?:bill|fee|cost|price|charge|rate))?(?: (?:be|come to|run))?\b"
            r"(?! (?:volume|limit|cap|allowance|documents))\b)\b",
            _I,
        ),
    ),
    (
        "quote",
        pattern_on_use(
            r"\b(?:a|formal|the|official|written) quote\b|\bquote for\b|"
            # a formal offer to take to whoever signs off: "a formal offer to take to the board"
            r"\b(?:formal|written|official) (?:offer|proposal|pricing)\b(?=[^.?!]{0,40}\b(?:board|boss|"
            r"procurement|finance|management|partners?|CFO|CEO|approval|sign[- ]off)\b)|"
            r"\b(?:send|get|email) (?:me|us) a proposal\b",
            _I,
        ),
    ),
    (
        "trial_extension",
        pattern_on_use(
            r"\bextend (?:the |my |our |your )?(?:free )?trial\b|\btrial extension\b|"
            r"\bextend it\b(?=.*\btrial\b)|"
            r"\btrial\b.*\bextend\b|\bmore time on (?:the|my|our) trial\b",
            _I,
        ),
    ),
    (
        "timeline",
        pattern_on_use(
            r"\b(?:pick|choose|chosen|decide|decided|select|selected|buy|bought|purchase|purchased|paid|sign|signed|"
            r"switch|under contract|contracted|"
            r"have (?:it|one|this|a \w+ tool) picked|picked|roll(?:ed|ing)? (?:[\w-]+ ){0,3}out|"
            r"implement(?:ed)?|"
            r"in place|live|up and running|finali[sz]e|finali[sz]ed|finali[sz]ing|close|closing|settle on|"
            r"go with|commit|onboard(?:ed|ing)?|get started|make (?:a|the|our) (?:decision|purchase|choice)|"
            r"decision|vendor)\b"
            r"[^.?!]{0,60}\b(?:this (?:fiscal )?quarter|(?:our|the|this) (?:fiscal )?quarter[- ]end|"
            r"end of (?:this |our |the )?(?:fiscal )?quarter|this month|"
            r"before (?:the )?(?:fiscal )?(?:quarter|month) (?:ends|is out|closes|is over)|"
            r"(?:before|by the time) (?:our|the|this) (?:fiscal )?(?:quarter|month) "
            r"(?:ends|closes|is out|is over|wraps))\b|"
            # a choice of vendor within weeks: "making a decision in the next couple of weeks", "we'll pick a
            # tool within three weeks" (not "closing on a property next week": only verbs of choosing)
            r"\b(?:pick|choose|decide|decision|select|settle on|go with|sign up|switch|make (?:a|the|our) "
            r"(?:choice|purchase))\b[^.?!]{0,40}\b(?:(?:in|within|over) the next "
            r"(?:few |couple(?: of)? |two |three |four |five |six |\d+ )?(?:weeks|days)|"
            r"(?:in|within) (?:a|one|two|three|four|five|six|a few|a couple(?: of)?|\d+) weeks?|next week|"
            r"by the end of (?:this|the) month)\b",
            _I,
        ),
    ),
)
# A request frame: a verb of asking or wanting aimed at us, then a buying object ("please send me one formal
# quotation", "could we get a price list", "we'd like a demonstration"). A producing verb between them makes
# the object the caller's own document ("we need to send proposals faster"), and so does "our/their".
_REQUEST_OBJECTS: Final[dict[str, IntentKind]] = {
    "quote": "quote",
    "quotes": "quote",
    "quotation": "quote",
    "quotations": "quote",
    "proposal": "quote",
    "estimate": "quote",
    "pricing": "pricing",
    "prices": "pricing",
    "price": "pricing",
    "costing": "pricing",
    "costs": "pricing",
    "demo": "demo",
    "demonstration": "demo",
}
REQUEST_FRAME: Final = pattern_on_use(
    r"\b(?:(?:send|email|mail|give|share|forward|prepare|quote|show) (?:me|us)|"
    r"(?:write|draw|work|draft) (?:me|us) up|"
    r"(?:can|could|may|might) (?:I|we) (?:get|have|see|request|ask for|book|schedule|arrange)|"
    r"(?:I|we)(?:'d| would) (?:like|love|need|want|appreciate)|(?:I|we) (?:need|want|require|request)|"
    r"(?:and|so) (?:want|need|would like|'d like|require)|"
    r"(?:I'm|we're|I am|we are) (?:looking for|after|wanting|hoping for|asking for|requesting)|"
    r"(?:requesting|please (?:send|share|give|provide|prepare|arrange|email))|(?:put|pull) together)\b"
    r"(?P<gap>(?:(?!\b(?:to (?:send|sign|get out|do|make|write|create|track|manage|store|file|handle|process|"
    r"draft|chase)|our|their|his|her)\b)[^.?!]){0,40}?)"
    r"\b(?:(?:a|an|one|the|your|some|full|formal|official|written|detailed|proper)\s+){0,3}"
    r"(?:(?!(?:our|their|his|her|its|client|customer)\b)[\w-]+\s+)?(?P<obj>quotes?|quotations?|proposal|"
    r"estimate|pricing|prices|price(?= (?:list|sheet|breakdown))|costing|demo|demonstration)\b"
    # the object modifying a noun is a thing the caller makes: "a proposal template", "the pricing page"
    r"(?!\s+(?:tools?|templates?|software|apps?|systems?|pages?|forms?|features?|workflows?|process|documents?|"
    r"builders?|generators?|modules?|approvals?|turnaround|signing|signatures?|requests?|numbers?)\b)",
    _I,
)
# A request in any words: a request form (a question, "can you", "I'd like", "is there someone", "send
# over") together with a concept of buying from us (a price, buying, seats, a product tour, a trial turned
# back on), unless the concept is the caller's own ("our clients' best price"), declined, or part of a fault.
REQUEST_FORM: Final = pattern_on_use(
    r"\?|\b(?:can|could|would|will) (?:you|I|we|someone|somebody)\b|\b(?:I|we)(?:'d| would) (?:like|love)\b|"
    r"\b(?:I|we) (?:need|want)\b|\bis there (?:someone|somebody|anyone|a way)\b|"
    r"\bhow (?:do|can|would) (?:I|we)\b|"
    r"\b(?:send|get|give|email|set) (?:me|us|over)\b|\blet's\b|\bplease\b|\bready to\b|\bwant to\b|"
    # sent on someone's behalf: "my boss asked me to get a price sheet"
    r"\b(?:asked|told|wants|needs) (?:me|us) to (?:get|grab|request|ask for|find out)\b",
    _I,
)
BUYING_CONCEPTS: Final[tuple[tuple[IntentKind, re.Pattern[str]], ...]] = (
    (
        "trial_extension",
        pattern_on_use(
            r"\btrial\b[^.?!]*\b(?:extend|longer|more time|another (?:week|few days)|"
            r"turn it back on|reactivate|re-?open|back on)\b",
            _I,
        ),
    ),
    (
        "demo",
        pattern_on_use(
            r"\b(?:product tour|tour of (?:the|your) (?:product|platform|app|tool)|screen ?share|"
            r"walk ?through|run-?through|see (?:it|the product|the platform)(?: (?:live|in action|working))?|"
            # "a quick tour of how it works", not "we run bus tours" nor "a tour of our office"
            r"(?:a|quick|short|brief|little) tour\b(?! of (?:our|my|the) (?:office|plant|site|facility|"
            r"building|property|home|house|venue|factory))|"
            r"(?:someone|somebody|you) guiding (?:me|us)|guided (?:tour|session|walkthrough)|"
            r"live (?:session|walkthrough|walk-through|demonstration)|"
            r"show (?:me|us|my (?:team|partner|boss|staff|people|colleagues?)|our (?:team|staff))"
            r"(?! how to| where))\b",
            _I,
        ),
    ),
    (
        "quote",
        pattern_on_use(
            r"\b(?:order form|enterprise (?:contract|agreement|plan|deal)|contract with you|"
            r"price (?:it |this )?out)\b",
            _I,
        ),
    ),
    (
        "pricing",
        pattern_on_use(
            r"\b(?:price|prices|pricing|priced|cost|costs|set (?:us|me) back|best price|"
            r"rates|fees|rate (?:card|sheet)|discounts?|"
            # the terms of our price: "a setup fee?", "pay monthly instead of annually?", "billed annually?",
            # "cheaper if we pay for the year?", "how much extra for X?", "do you charge per envelope?"
            r"(?:setup|set-up|onboarding|hidden|monthly|annual|per-user|per-seat|cancellation) fee|"
            r"pay (?:monthly|annually|yearly|quarterly|upfront|up front|per (?:month|year|user|seat))|"
            r"(?:be |get |is it )?billed (?:monthly|annually|yearly|quarterly|per (?:user|seat))|"
            r"cheaper if (?:we|I) (?:pay|sign|commit|buy|go|take)|how much extra|"
            r"(?:do|would|will|does) (?:you|it) charge (?:per|by)|"
            r"(?:minimum |contract )(?:contract )?term|included in (?:the|your) [\w-]+ (?:tier|plan))\b",
            _I,
        ),
    ),
    (
        "sales",
        pattern_on_use(
            r"\b(?:buy|buying|purchase|purchasing|subscribe|sign up|get on a plan|move forward|"
            r"next steps?|go ahead|onboard(?:ing)?|licen[cs]es|seats)\b",
            _I,
        ),
    ),
)
# A question about how we run things is research, not a request: "how do you decide your pricing tiers?",
# "why is the team plan priced per seat?", "do most of your customers buy ten seats?"
ABOUT_US: Final = pattern_on_use(
    r"\bhow (?:do |does |did )?(?:you|your)\b|\bwhy\b|\byour (?:customers|clients|users)\b|"
    r"\bhow many (?:businesses|companies|customers|clients|people) (?:use|buy|have)\b",
    _I,
)
NOT_OURS: Final = pattern_on_use(
    r"\b(?:our|their|his|her|my) (?:clients?|customers?|patients?|buyers?|tenants?|members?|students?)\b|"
    r"\b(?:another|other|a different|the old|our old|our current) (?:vendor|provider|company|tool)\b|"
    r"\b(?:our|their) (?:own )?(?:prices|pricing|rates|fees|order forms?|costs)\b",
    _I,
)


# one pass over a sentence finds the first buying concept of any kind
_ANY_CONCEPT: Final = pattern_on_use(
    "|".join(f"(?P<{kind}>{pattern.pattern})" for kind, pattern in BUYING_CONCEPTS), _I
)


def _buying_request(sentence: str) -> IntentKind | None:
    if not REQUEST_FORM.search(sentence):  # the cheaper test first: most sentences ask nothing
        return None
    m = _ANY_CONCEPT.search(sentence)
    if m is None or m.lastgroup is None:
        return None
    kind: IntentKind = m.lastgroup  # type: ignore[assignment]
    # the caller's own things only in the concept's clause: "we send our clients quotes, ..., what's the
    # monthly cost?" asks our price
    clause = _clause_at(sentence, m.start())
    if NOT_OURS.search(clause) or ABOUT_US.search(sentence):
        return None
    if kind != "trial_extension" and SUPPORT.search(sentence):
        return None  # "what's the next step with my broken sync?" is a support question
    if DECLINE.search(re.split(r"[,;]|\bbut\b", sentence[: m.start()])[-1][-40:]):
        return None
    return kind


def _clause_at(sentence: str, pos: int) -> str:
    """The comma- or semicolon-bounded part of the sentence around pos."""
    start = max(sentence.rfind(",", 0, pos), sentence.rfind(";", 0, pos)) + 1
    ends = [e for e in (sentence.find(",", pos), sentence.find(";", pos)) if e >= 0]
    return sentence[start : min(ends) if ends else len(sentence)]


# A turn that is only a request noun answers "how can I help?": "pricing", "a demo, please", "quote".
BARE_REQUEST: Final = pattern_on_use(
    r"^\W*(?:(?:um|uh|hi|hey|yeah|yes|so|i need|i want|i'd like|looking for|need)\W+){0,3}"
    r"(?:some |a |your )?(?P<kind>pricing|prices|price|demo|quote|sales)(?:\W+please)?\W*$",
    _I,
)
_BARE_KINDS: Final[dict[str, IntentKind]] = {
    "pricing": "pricing",
    "prices": "pricing",
    "price": "pricing",
    "demo": "demo",
    "quote": "quote",
    "sales": "sales",
}
# "I'm on your trial and it expires tomorrow. can you extend it?": the trial may be named a sentence earlier.
# A question mark in between ("it ends, I think, Thursday? and I wanted to ask if you could extend it") is a
# hedge, not a new topic.
TRIAL_EXTENSION: Final = pattern_on_use(
    # "push the trial end date back a week", "bump the trial out a few days"
    r"\b(?:push|move|bump|shift) (?:the |our |my )?trial(?: end date| expiry| deadline)? "
    r"(?:\w+ ){0,2}(?:back|out)\b|"
    r"\btrial\b.{0,240}?\b(?:extend|lengthen|prolong) "
    r"(?:it|that|this|the (?:trial|deadline|end date|period))\b|"
    r"\btrial\b.{0,240}?\b(?:a few|a couple(?: of)?|another|one|two|three|\w+ more) (?:days?|weeks?) "
    r"(?:more|longer|extra)\b|"
    r"\btrial\b.{0,240}?\b(?:a few|a couple(?: of)?|a|one|two|three|some) (?:more|extra) (?:days?|weeks?)\b",
    _I | re.S,
)
# The trial named in an earlier turn, by the caller or the agent ("we're on your trial" ... "could you extend
# it two weeks?"): the same asks without the word, in a sentence that asks.
TRIAL_LATER: Final = pattern_on_use(
    r"\b(?:extend|lengthen|prolong) (?:it|that|this|the (?:deadline|end date|period))\b|"
    r"\b(?:a few|a couple(?: of)?|another|one|two|three|\w+ more) (?:days?|weeks?) (?:more|longer|extra)\b|"
    r"\b(?:have|get|give (?:me|us)) (?:another|an extra|one more|a few more|a couple more) "
    r"(?:days?|weeks?)\b|"
    r"\b(?:a few|a couple(?: of)?|a|one|two|three|some) (?:more|extra) (?:days?|weeks?)\b",
    _I,
)
# A buying object named first and asked for after as "one" ("they need a written quote, so could you send me
# one?", "I've heard about the demo, I'd like one"); not the caller's own ("our quote", "their proposal").
ONE_REQUEST: Final = pattern_on_use(
    r"\b(?:(?:could|can|would|will) you (?:please )?|please |"
    r"(?:I|we)(?:'d| would) (?:like|love|need) (?:you to )?)"
    r"(?:send|email|mail|give|prepare|put together|draw up|write up|do|get) (?:me|us) one\b|"
    r"\b(?:I|we)(?:'d| would) (?:like|love) one\b|\b(?:could|can|may) (?:I|we) (?:get|have|see|book) one\b",
    _I,
)
ONE_OBJECT: Final = pattern_on_use(
    r"\b(?:(?P<own>our|their|his|her|my) (?:[\w-]+ )?)?(?P<obj>quote|quotation|proposal|estimate|demo|"
    r"demonstration)\b",
    _I,
)
# Declines and non-buying framing in the same sentence cancel an intent cue ("I'll think about the demo").
DECLINE: Final = pattern_on_use(
    r"\b(?:no|nah|not|don't|won't|think about|maybe later|no thanks|not interested|not buying|rather not|"
    r"no need)\b",
    _I,
)
# A price asked out of curiosity, said so in the same turn: "I'm curious what you charge. just curious, we're
# not buying anything till next year" is no request for a purchase.
NOT_BUYING: Final = pattern_on_use(
    r"\b(?:not|n't|no plans? to|never) (?:\w+ )?(?:buy|buying|purchas\w*|sign(?:ing)? up|switch\w*)\b|"
    r"\bjust (?:curious|browsing|looking around|wondering)\b",
    _I,
)
# The caller producing the document right before it: "we send a quote to every client", "we write up a quick
# quote for each job" is their own quote, not a request (for a request, and for "could you send me one?").
OWN_DOCUMENT: Final = pattern_on_use(
    r"\b(?:we|I|they|our \w+)\s+(?:\w+\s+)?(?:(?:send|write|make|do|give|prepare|create|draft|email|issue)s?"
    r"(?:\s+(?:out|up))?|(?:put|get)s?\s+out|puts?\s+together|draws?\s+up)\s+"
    # to whom: "we give every client a quote", "we send our buyers a proposal"
    r"(?:(?:each|every|all|our|my|their|them|him|her)\b\s*(?:\w+\s+)?)?"
    r"(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2})?$",
    _I,
)
DEFERRED: Final = pattern_on_use(
    r"\b(?:next (?:year|fiscal|budget|calendar|spring|summer|fall|autumn|winter)|in (?:a few|several|"
    r"(?:three|four|five|six|nine|twelve|[3-9]|1[0-2])) months|down the road|some ?time later)\b",
    _I,
)
# A yes to the agent's offer, in any words: "that'd be great", "go for it", "count me in", "mm-hm, Thursday
# works", "I would, yes", "why not"
AFFIRM: Final = pattern_on_use(
    r"^\W*(?:(?:oh|um|uh|well|hmm|ah)\W+)*(?:yes|yeah|yep|yup|sure|absolutely|definitely|please|ok(?:ay)?|"
    r"let's|sounds (?:good|great|perfect|lovely)|that works|perfect|great|"
    r"that(?:'d| would) be (?:great|good|perfect|lovely|helpful|awesome|nice|fine|wonderful|ideal)|"
    r"go for it|why not|(?:I|we)(?:'d| would) (?:like|love) (?:that|one|to)|"
    r"(?:I|we) would(?=\s*(?:[,.!]|$|yes\b))|book it|"
    r"set it up|count (?:me|us) in|(?:I'm|we're) in|for sure|mm-?hm+|uh-?huh|alright|all right|"
    r"works for (?:me|us)|cool|certainly|of course|lovely|do it)\b",
    _I,
)
NOT_AN_OFFER_ANSWER: Final = pattern_on_use(
    r"\bjust (?:the )?(?:email|info|information|website|material)\b|"
    r"\b(?:info|information|material|overview)\b",
    _I,
)
# The agent offering something ("Would you like a demo?", "Shall I set up a call with sales?"), not asking
# which line the caller wanted ("Were you trying to reach support? This is the sales line.")
OFFER: Final = pattern_on_use(
    r"\b(?:would you like|do you want|want me to|shall I|should I|can I|could I|may I|I can|I could|happy to|"
    r"interested in|like me to|like to|how about|want to)\b",
    _I,
)
OFFER_KINDS: Final[tuple[tuple[IntentKind, re.Pattern[str]], ...]] = (
    ("demo", pattern_on_use(r"\bdemo\b", _I)),
    ("sales", pattern_on_use(r"\bsales\b|\bcall with\b", _I)),
    ("quote", pattern_on_use(r"\bquote\b", _I)),
    ("pricing", pattern_on_use(r"\bpricing\b|\bprice\b", _I)),
)

# What a buyer asks our people for: "whoever handles your sales" is a request, "... your facilities" a pitch
_BUYERS_DESK: Final = (
    r"(?:sales|pricing|billing|support|accounts?|demos?|onboarding|enterprise|"
    r"new (?:customers|accounts|business))\b"
)
DISQUALIFIERS: Final[tuple[tuple[Disqualifier, re.Pattern[str]], ...]] = (
    (
        "spam",
        pattern_on_use(
            r"\bpress (?:one|two|three|nine|zero|\d)\b|\bfinal notice\b|\bto be removed from\b|"
            r"\bto opt out\b|"
            r"\bthis is a message for the (?:business )?owner\b|\bmerchant (?:processing|services) rates?\b|"
            r"\bthis is an important message\b|\bimmediate action is required\b|"
            r"\byour (?:car's )?extended warranty\b|"
            r"\bbadge number\b|\barrest warrant\b",
            _I,
        ),
    ),
    (
        "competitor",
        pattern_on_use(
            r"\bcompetitive research\b|\bI work (?:on|in|at|for) (?:the )?(?:\w+ )?(?:team )?"
            r"(?:at|for) (?:another|a competing|a rival) \S+ (?:software )?company\b|"
            # "we're with your competitor" is a buyer on a rival's product
            r"\bwork for (?:another|a competing|a rival)\b|\bcompetitor\b(?<!with your competitor)"
            r"(?<!using your competitor)(?<!on your competitor)(?<!from your competitor)"
            r"(?<!leaving your competitor)(?<!with a competitor)(?<!using a competitor)"
            r"(?<!used to work at a competitor)(?<!used to work for a competitor)|"
            r"\bcompetitive (?:analysis|intel\w*)\b|"
            r"\bwe (?:also )?(?:do|make|sell|build|offer) (?:e-?signatures?|e-?sign(?:ing)? software)\b|"
            r"\bhow your \w+ (?:compares|stacks up)\b|"
            r"\bwe (?:also )?(?:do|make|sell|build|offer) (?:[\w-]+ ){1,3}(?:and|&) e-?sign\w*"
            r"(?: software| platform| tools?)? (?:as well|too)\b|"
            r"\b(?:we're|we are) (?:\w+ly |kind of |sort of |pretty much )?in the same space\b|"
            r"\bcomparison (?:sheet|chart|matrix|grid|spreadsheet|page)\b|\bbattle ?cards?\b",
            _I,
        ),
    ),
    (
        "student",
        pattern_on_use(
            # "student" heading a compound is a job: "a student advisor"
            r"\b(?:I'm|I am) (?:a |an )?(?:grad(?:uate)? |college |phd |mba |undergrad )?student\b"
            r"(?! (?!at|in|and|who|doing|from|working|with|of|here|there|myself|right|so|but)[a-z]+\b)|"
            r"\bmy (?:thesis|dissertation|class project|homework)\b|\b(?:a|my|our) (?:class|school|course) "
            r"(?:project|assignment|paper)\b|\bI'm a (?:junior|senior|sophomore|freshman) (?:at|in)\b|"
            r"\bwriting (?:a|my) "
            r"(?:paper|thesis|dissertation)\b|"
            r"\bfor (?:a|my|our) class\b(?! (?:trips?|photos?|parents?|rosters?))|"
            r"\bin (?:a|an|my) (?:[\w-]+ ){0,2}(?:class|course|seminar)\b|"
            r"\bundergrad(?:uate)? (?:class|course|program|project)\b|\b(?:our|my|a) case study\b|"
            r"\bmy (?:professor|instructor|teacher)\b|"
            # a pupil: "I go to Westbrook High", "I'm in ninth grade", "me and two classmates"
            r"\bI (?:go to|attend) (?:the )?(?-i:(?:[A-Z][\w'-]* ){1,3}"
            r"(?:High|Middle|Elementary|College|University|Academy))\b|"
            r"\b(?:I'm|I am) in (?:the )?(?:sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}th) "
            r"grade\b|"
            r"\b(?:I'm|I am) (?:in (?:high|middle) school|a (?:high|middle) school "
            r"(?:student|junior|senior|sophomore|freshman))\b|"
            r"\b(?:me and|I and|with) (?:my |a few |some |a couple of |two |three |four |five )?"
            r"classmates?\b|"
            # an exercise set by a class: "we're supposed to call a real company and ask about prices"
            r"\b(?:supposed|required|assigned) to (?:call|contact|interview|ask|reach out to) (?:a|an|one) "
            r"(?:real |local |actual )?(?:company|business|startup|firm)\b",
            _I,
        ),
    ),
    (
        "job_seeker",
        pattern_on_use(
            r"\bare you (?:guys )?hiring\b|"
            r"\b(?:if|whether) (?:you|you're|you guys|y'all|[A-Z]\w+) (?:is |are )?hiring\b|"
            r"\bis [A-Z]\w+ hiring\b|\bcareers? page\b|\bopen (?:roles|positions)\b|\bjob post(?:ing)?\b|"
            r"\blooking for (?:a |an )?(?:[\w-]+ ){0,2}(?:job|role|position)\b|"
            r"\blooking for an? \w+ (?:or \w+ )?role\b|\bmy (?:resume|cv)\b|"
            r"\bjob (?:opening|openings|application)\b|\bapply for (?:a|the) (?:job|role)\b|"
            r"\b(?:is|are) (?:your (?:company|team|firm|business)|you folks) (?:\w+ )?hiring\b|"
            r"\bwho(?:ever)? (?:does|handles|is in charge of) (?:the )?hiring\b|"
            r"\bfollow up on my application\b",
            _I,
        ),
    ),
    (
        "vendor_pitch",
        pattern_on_use(
            r"\b(?:show your team what we do|we(?:'ve)? helped (?:over )?\d+|your website'?s? "
            # our head of X or whoever handles our X, but not a buyer's own title ("I'm the head of sales at
            # X") nor a buyer asking for our sales people ("whoever handles your sales")
            r"(?:is )?not ranking|"
            # one of our department heads, not a buyer's own desk ("your head of sales" about a plan)
            rf"your (?:head|director|vp|chief|manager) of (?!{_BUYERS_DESK}|customer)\w+|"
            r"(?:speak|talk|connect me|put me through|reach) (?:with |to )?the head of "
            r"(?:marketing|procurement)|"
            rf"whoever handles your(?! {_BUYERS_DESK})|"
            # a provider whose customers are us ("we provide home care services" is a buyer's own trade)
            r"we (?:provide|offer) (?:\w+ ){0,3}(?:services|staff) (?:to|for) (?:you|your|companies|"
            r"businesses|firms|teams|brands|startups|software)\b|"
            r"free audit|the audit is free|partnership opportunit\w+|"
            r"(?:an |our )?(?:intro|introductory) offer|"
            r"whoever (?:handles|runs|manages|is in charge of|takes care of)\b"
            rf"(?! (?:your |the )?{_BUYERS_DESK})|"
            r"(?:offer|pitch|sell) (?:you|your (?:team|company))|"
            r"(?:we|I) can (?:help|fill|get|grow|boost|increase|bring|drive|double|triple) your|"
            r"(?:are you|who is|who's) the decision[- ]maker|our case studies|"
            # a seller asking for our owner: "is the owner available?", "can I speak to the business owner"
            r"(?:is|(?:can|could|may) I (?:speak|talk) (?:to|with)) (?:the|your) (?:business )?owner|"
            r"your (?:\w+ )?team (?:would|might) be (?:open|interested)|open to a (?:quick )?(?:chat|call|"
            r"conversation)|"
            r"we work with (?:over |more than )?\d+(?: plus|\+)? (?:\w+ )?(?:companies|businesses|brands|"
            r"clients)|"
            # a track record or an offer of work on our product: "we could localize your whole app"
            r"we(?:'ve| have) (?:done (?:it|this|that|the same)|worked) for (?:more than |over )?[\w,-]+ "
            r"(?:[\w-]+ ){0,2}(?:companies|businesses|brands|clients)|"
            r"(?:we|I) (?:can|could) (?!use|try|buy|afford|test|see|need|sign|integrate|connect|replace|"
            r"embed|link|add|show|send|share|recommend|demo)\w+ "
            r"(?:the whole |your (?:whole |entire )?)(?:product|app|website|site|platform|software|content)|"
            r"(?:our|my) (?:\w+ )?(?:discount|promotion|promo|special offer) (?:ends|expires)|"
            r"(?:email|number|contact|name) (?:of|for) your head of \w+)\b",
            _I,
        ),
    ),
    (
        "wrong_number",
        pattern_on_use(
            r"\bwrong number\b(?! of\b)|\bthis isn't [A-Z]|\bis this not [A-Z]|\bisn't this [A-Z]|"
            r"\bthis is not [A-Z]\w+'s\b|\bfor pickup\b|\breschedule my (?:cleaning|appointment)\b|"
            r"\bis this [A-Z]\w*'s [A-Z]|\bso you (?:guys )?(?:don't|do not) (?:do|sell|fix|carry|make)\b|"
            r"\bmisdial\w*|\bdialed the wrong\b",
        ),
    ),
)
# Frames of who the caller is and what they want, read from the sentence's structure rather than fixed
# phrases; checked after the phrase lists above, each narrowed so that a buyer's sentence does not fit.
# Scams (pay in gift cards or be punished): words a buyer may use about their own trade ("we sell gift cards",
# "our letters warn about legal action"), so they count only for a caller who asks to buy nothing.
SCAM: Final = pattern_on_use(
    r"\bgift ?cards?\b|\blegal action\b|\b(?:will|would) be (?:suspended|revoked|terminated|shut "
    r"down)\b|\bunpaid (?:\w+ ){0,2}(?:fee|fees|balance|taxes)\b",
    _I,
)
_PEOPLE_ORGS: Final = r"(?:companies|businesses|firms|teams|brands|startups|organi[sz]ations|agencies|shops)"
FRAMES: Final[tuple[tuple[Disqualifier, re.Pattern[str]], ...]] = (
    (
        "spam",
        # a prize or selection offered to "you": "you've been selected for a free cruise", "stay on the line"
        pattern_on_use(
            r"\byou(?:'ve| have)? (?:been (?:selected|chosen|pre-?approved)|won|qualif(?:y|ied) for)\b|"
            r"\bstay on the line\b|\bclaim your (?:\w+ )?(?:prize|reward|gift|voucher)\b|"
            r"\bcongratulations,? you\b|"
            # our credentials asked for, or a warranty, an infection or an account of ours at risk: "confirm
            # your social security number", "your vehicle's extended warranty", "a virus on your network"
            r"\b(?:confirm|verify|provide|give (?:me|us)|read (?:me|out)|tell (?:me|us)) (?:\w+ )?"
            r"(?:your |the )?(?:social security|ssn|bank (?:account|routing)|routing|card number|"
            r"credit card number|pin|password|login|one-time code|verification code|security code)\b|"
            r"\byour (?:car|vehicle|auto|truck)(?:'s)? (?:extended )?warranty\b|"
            r"\b(?:your )?(?:auto|car|vehicle|extended) warranty\b[^.?!]{0,30}\bexpir\w*|"
            r"\byour (?:\w+ )?(?:account|computer|network|system|license|licence|server|website)s? "
            r"(?:has|have|was|were|is|are)(?: been)? (?:compromised|hacked|infected|expired|breached)\b|"
            r"\bremote access to your\b|\bdetected (?:a |some )?(?:virus|malware|suspicious \w+)\b|"
            r"\byour (?:business|company) (?:is|has been) (?:eligible|approved|selected|pre-?approved) for\b",
            _I,
        ),
    ),
    (
        "competitor",
        # the caller's own organisation makes a signing product: "we sell a signing tool too"
        pattern_on_use(
            r"\b(?:we|we're|we are|our (?:company|startup|team)(?:'s| is)?) (?:also )?"
            r"(?:sell|sells|make|makes|build|builds|develop|"
            r"develops|offer|offers|launched|launch|launching|building|developing|selling|making) "
            r"(?:a|an|our own|its own) (?:[\w-]+ ){0,2}(?:signing|signature|"
            r"e-?sign\w*) (?:tool|product|app|platform|solution|software)\b|"
            r"\b(?:compares?|stacks? up|measures? up) (?:to|against|with) ours\b|"
            # the caller's company is one: "we're an e-signature company too", "a signing startup ourselves"
            # (a bare "signing company" may be a notary service: it needs "too" or "ourselves")
            r"\b(?:we're|we are|I'm with|I work (?:at|for)) (?:also )?(?:a|an) (?:[\w-]+ ){0,2}"
            r"(?:e-?sign\w*|electronic signature|digital signature) "
            r"(?:company|vendor|provider|startup|platform|business)\b|"
            r"\b(?:we're|we are) (?:also )?(?:a|an) (?:[\w-]+ ){0,2}(?:signing|signature) (?:company|vendor|"
            r"provider|startup|platform|business)\b(?=[^.?!]{0,30}\b(?:too|as well|ourselves)\b)|"
            # no article, but "also" or "too" says it is a product like ours: "we make signing software too"
            r"\bwe (?:also )?(?:sell|make|build|develop) (?:[\w-]+ ){0,2}(?:signing|signature|e-?sign\w*) "
            r"(?:tools|products|apps|platforms|solutions|software),? (?:too|as well)\b|"
            r"\bwe also (?:sell|make|build|develop) (?:[\w-]+ ){0,2}(?:signing|signature|e-?sign\w*) "
            r"(?:tools|products|apps|platforms|solutions|software)\b|"
            # "we're in e-signature too", "benchmarking how other vendors package their plans"
            r"\b(?:we're|we are) (?:also )?in (?:the )?e-?sign\w*(?: space| business| market)?,? "
            r"(?:too|as well)\b|"
            r"\b(?:we're|we are) also in (?:the )?(?:e-?sign\w*|signing|signature|document signing) "
            r"(?:space|business|market|game)\b|"
            r"\bbenchmark\w* (?:how )?(?:other |competing |rival )?(?:vendors|competitors|providers|pricing|"
            r"plans|packag\w*)\b",
            _I,
        ),
    ),
    (
        "student",
        # study purpose: "for my master's program", "a school report", "research for my thesis"
        pattern_on_use(
            r"\bfor (?:my|our|a) (?:[\w'-]+ ){0,2}(?:class|module|degree|thesis|dissertation|capstone|"
            r"assignment|homework|coursework|seminar|professor)\b(?! (?:trips?|photos?|parents?|rosters?))|"
            r"\bfor (?:my|a|our|the) (?:master'?s|bachelor'?s|mba|phd|doctoral|graduate|undergrad\w*) "
            r"(?:program\w*|degree|course)\b|\bfor (?:school|uni)\b|"
            r"\b(?:school|class|course|university|college|semester|capstone|term) "
            r"(?:report|project|paper|assignment|presentation)\b|"
            r"\b(?:I'm|I am) (?:a |an )?(?:first|second|third|fourth|final)[- ]year\b|"
            r"\bmy (?:master'?s|bachelor'?s|mba|phd|doctoral) "
            r"(?:program\w*|course|thesis|research|project)\b",
            _I,
        ),
    ),
    (
        "job_seeker",
        # the caller wants work with us: "applying for the AE opening", "send you my portfolio"
        pattern_on_use(
            r"\b(?:apply|applying|applied) (?:for|to) (?:the |a |an |your |that |this )?(?:[\w-]+ ){0,3}"
            r"(?:job|role|position|opening|internship|vacancy|posting)\b|"
            r"\b(?:job|role|position|opening|internship|vacancy|posting)s? "
            r"(?:I saw|you posted|you (?:have|had) (?:up|open|listed)|(?:posted|listed|advertised) on)\b|"
            r"\blooking for (?:work|employment|a job|an internship|freelance work|(?:some )?gigs?)\b|"
            r"\b(?:saw|seen|noticed|found|came across) (?:a|an|the|your) (?:[\w-]+ ){0,2}(?:posting|job ad|"
            r"job listing|opening|vacancy)\b|"
            r"\b(?:role|position|opening|job|vacancy)\b[^.?!]{0,30}\bstill open\b|"
            r"\b(?:send|submit|forward|email) (?:you )?(?:over )?my (?:resume|cv|portfolio|application)\b|"
            r"\binterview(?:ing)? for (?:the|a|an) (?:[\w-]+ ){0,3}(?:role|position|job|opening)\b",
            _I,
        ),
    ),
    (
        "wrong_number",
        # the caller meant another place: "I think I have the wrong place", "I must have dialed wrong"
        pattern_on_use(
            r"\b(?:have|got|called|dialed|reached) the wrong (?:place|office|company|business|line|store|"
            r"shop|clinic|person|people)\b|\bdial(?:ed|led)? wrong\b|"
            r"\bwrong (?:place|office|business) to call\b|"
            # a kind of business that is plainly not us: "I think I was trying to reach a pharmacy"
            r"\b(?:trying|meaning|meant|hoping|wanted) to (?:reach|call|ring|dial) (?:a|the|my) "
            r"(?:[\w'-]+ ){0,2}"
            r"(?:pharmacy|clinic|doctor|doctor's|dentist|restaurant|pizzeria|pizza place|hospital|bank|salon|"
            r"garage|vet|plumber|hotel|airline|taxi|cab company|pharmacist|landlord)\b",
            _I,
        ),
    ),
    (
        "vendor_pitch",
        # the caller sells to us: the beneficiary is "you" or "companies like yours"
        pattern_on_use(
            rf"\b{_PEOPLE_ORGS} like yours\b|"
            r"\bwho (?:handles|runs|manages|is in charge of|takes care of|looks after|does) (?:the )?"
            r"(?:[\w-]+ ){1,2}(?:for|at) your (?:office|company|business|team|firm)\b|"
            r"\b(?:we're|we are) offering (?:a |an )?(?:free|complimentary|discounted|special)\b|"
            r"\b(?:I'm|I am) (?:calling|reaching out|ringing) (?:today )?(?:to|because|about) "
            r"(?:offer|introduce|tell you about|share|pitch|partner|help (?:you|your)|show you)\b|"
            r"\bwe noticed (?:that )?your (?:site|website|reviews?|listing|ads?|google|rankings?|profile|app|"
            r"page|online)\b|"
            # "we book qualified meetings for SaaS sales teams": a service sold to businesses of our kind
            r"\bwe (?:generate|provide|deliver|supply|sell|offer|book|source|run) (?:[\w-]+ ){0,3}(?:for|to) "
            r"(?:SaaS|software|tech) (?:companies|businesses|firms|startups|(?:sales |product )?teams)\b",
            _I,
        ),
    ),
)
# Who the caller is and what they want, in more words (round 11): the caller's own role (a student, an
# applicant), a seller whose beneficiary is us, a recorded threat, another signing vendor. Each is narrowed so
# that buyers describing their own business ("we help clinics with billing", "I'm a recruiter at X staffing",
# "we're hiring five reps") do not fit.
_OUR_SIDE: Final = (
    r"(?:you|your (?:company|team|business|office|firm|website|site|brand|app|product|platform|marketing|"
    r"sales|staff|employees|customers|clients|reps|SEO|listing|reviews))"
)
ROLE_FRAMES: Final[tuple[tuple[Disqualifier, re.Pattern[str]], ...]] = (
    (
        "student",
        pattern_on_use(
            # "I'm an MBA candidate", "I'm a business major", "I study marketing at Lakeland"
            r"\b(?:I'm|I am) (?:a |an )?(?:mba|phd|doctoral|master'?s|graduate|grad) candidate\b|"
            r"\b(?:I'm|I am) (?:a |an )?[\w-]+ major\b|"
            r"\bI(?:'m| am)? stud(?:y|ying) (?:[\w-]+ ){1,3}(?:at|in) (?:the )?(?-i:[A-Z])|\bmajoring in\b|"
            r"\b(?:our|my) (?:professor|prof|lecturer|instructor|teacher|tutor)\b|"
            r"\b(?:has|have|had|need|needs) to (?:interview|profile|analy[sz]e|research|study|pick) "
            r"(?:a|an|one) (?:[\w-]+ ){0,2}(?:company|startup|business|firm)\b|"
            r"\bwriting (?:up )?(?:a|an|my|our) (?:case|paper|essay|thesis|dissertation)(?: study)? "
            r"(?:on|about)\b|\bassigned (?:us|me) (?:to|a)\b|"
            # "I'm a law student researching ...", "I'm a junior in the X program"
            r"\b(?:I'm|I am) (?:a |an )?(?:[\w-]+ )?(?:student|undergrad|junior|sophomore|freshman)\b"
            r"(?=\s*(?:[,.;!?]|$)|\s+(?:at|in|and|who|doing|from|researching|studying|writing|looking|trying|"
            r"working|interested|here|myself|so|but|with)\b)",
            _I,
        ),
    ),
    (
        "job_seeker",
        pattern_on_use(
            # "any entry-level positions", "any open sales positions"
            r"\b(?:any|open) (?:[\w-]+ ){0,2}(?:openings|internships?|vacancies|positions)\b"
            r"(?! (?:on|in) (?:your|the) (?:calendar|schedule)| for (?:a|the) (?:demo|call|meeting))|"
            r"\b(?:love|like|want|wanted|hoping|hope|keen|interested) (?:in |to )?"
            r"(?:work|working|intern|interning) (?:for|at) "
            r"(?:you\b|your (?:company|team|firm)|(?-i:[A-Z])\w+)|"
            r"\b(?:want|love|like|hoping|looking) to join (?:your|the) (?:team|company)\b|"
            r"\b(?:my|a) (?:r[eé]sum[eé]|CV|cover letter)\b|"
            r"\binterview(?:ed)? with (?:your|you|the) (?:recruiter|hiring|talent|HR|team)\b|"
            r"\byour (?:recruiter|recruiting team|talent team|hiring manager)\b|"
            # "throw my hat in the ring", "do you take applications", "I have an interview with you Thursday"
            r"\bthrow (?:my|our) hat in\b|\b(?:take|accept|taking|accepting) applications\b|"
            r"\b(?:have|got|had) an interview (?:with|at) (?:you|your)\b|"
            r"\b(?:contract|outsource)s? out (?:any |some )?(?:[\w-]+ )?work\b|"
            # an application followed up, work offered to us, openings heard of: "I applied online last week",
            # "do you ever need contractors?", "you might have openings in support", "a career change"
            r"\bI (?:applied|interviewed)\b(?! (?:for|to) (?:a |the )?(?:loan|grant|permit|licen[cs]e|patent|"
            r"mortgage|credit|visa))|"
            r"\b(?:do|would) you (?:\w+ )?(?:need|hire|take on) (?:any )?(?:freelance\w*|contractors|interns|"
            r"apprentices|temps)\b|"
            r"\b(?:might|may|could) have (?:some |any |a few )?(?:job )?(?:openings|vacancies|open roles|"
            r"open positions|roles|positions)\b|"
            r"\b(?:anything|something|a role|a spot|a place|room|an opening) for "
            r"(?:someone|a person|somebody) with\b|\bcareer (?:change|switch|move)\b|"
            r"\b(?:takes?|taking) on (?:apprentices|interns|trainees|graduates)\b|\bapprenticeships?\b|"
            r"\bwho(?:ever)? (?:handles|does|is in charge of) (?:the )?(?:recruiting|recruitment|talent)\b",
            _I,
        ),
    ),
    (
        "vendor_pitch",
        pattern_on_use(
            # a verb of serving whose object is us: "we can save you 30%", "I'd love to audit your site"
            r"\b(?:we|I)(?:'d| would| can| could| will)?(?: love to| like to| be able to)? "
            r"(?:help|save|build|redesign|optimi[sz]e|audit|clean|grow|boost|scale|improve|streamline|insure|staff|supply|provide|"
            rf"host|outsource|rank) {_OUR_SIDE}\b|"
            rf"\b(?:give|offer|send) {_OUR_SIDE} (?:a |an )?(?:free|complimentary|no-cost)\b|"
            r"\b(?:would|could|might) (?:you|your (?:company|team|business)|(?-i:[A-Z])\w+) (?:really )?"
            r"benefit from\b|"
            r"\b(?:you|your (?:company|team|business)|(?-i:[A-Z])\w+) (?:would|could|might) (?:really )?"
            r"benefit from (?:our|a|an|my)\b|"
            r"\byour (?:website|site|app|brand|marketing|SEO|listing|reviews|office) (?:could|would|might) "
            r"(?:really )?(?:use|benefit)\b|"
            r"\b(?:speak|talk) (?:with|to) (?:your|the) (?:marketing|hr|it|procurement|purchasing|finance|"
            r"operations|facilities|office|payroll) (?:manager|director|head|lead|team|person|department)\b|"
            r"\bwe help (?:[\w-]+ ){0,2}(?:companies|businesses|firms|startups) (?:like|such as) "
            r"(?:you|yours)\b|"
            # their clients are businesses of our kind: "we help software companies rank on page one"
            r"\bwe (?:help|serve|work with) (?:SaaS|software|tech|B2B) "
            r"(?:companies|businesses|firms|startups|brands)\b|"
            r"\bwe speciali[sz]e in (?:[\w-]+ ){1,3}for (?:SaaS|software|tech|B2B) "
            r"(?:companies|businesses|firms|startups|brands)\b|"
            # an offer made to us: a promotion, samples, an introduction, a free service named to our business
            r"\b(?:running|have|got) a (?:promotion|promo|special|sale|deal) (?:on|for)\b|"
            r"\b(?:for|to) (?:businesses|companies|offices) (?:in your area|near you|like yours)\b|"
            r"\bintroduce (?:you to )?our\b|"
            r"\bsend your (?:team|office|staff) (?:some )?(?:samples|swag|a gift)\b|"
            r"\b(?:give|offer|send) (?-i:[A-Z])\w+ (?:a |an )?(?:free|complimentary|no-cost)\b|"
            # a deal offered to us: "we'd like to offer Docketly a bulk deal on toner"
            r"\boffer (?:you|(?-i:[A-Z])\w+) (?:a |an )?(?:[\w-]+ )?(?:deal|discount|package|bundle)\b|"
            # our own web presence found wanting: "your site isn't showing up for ... searches"
            r"\byour (?:site|website|listing|page|ads?)\b[^.?!]{0,20}\b(?:isn't|is not|aren't|not) "
            r"(?:showing up|ranking|appearing) "
            r"(?:for|on (?:google|page|the first page)|in (?:search|google))\b|"
            r"\bwe noticed (?:that )?your (?:company|team|business|growth|hiring)\b|"
            # a service done to our things: "we could translate your interface", "your team needs hardware"
            r"\b(?:we|I) (?:could|can|would|will) (?:\w+ )?(?:translate|redesign|rebuild|handle|manage|"
            r"take over|take care of|improve|fix|update|host|clean|insure|supply|localize|localise)\b"
            r"[^.?!]{0,20}\byour\b|"
            r"\byour (?:team|office|company|staff) (?:needs?|could use|might need|would need|is looking for) "
            r"(?:any|some|more|new)\b|"
            r"\b(?:who|whoever) (?:looks after|handles|manages|takes care of|is in charge of|does) "
            r"(?:that|this|it|[\w-]+)(?: [\w-]+)? (?:at|on|for) your (?:end|side)\b|"
            r"\bhave (?-i:[A-Z])\w+ sponsor\b|"
            # our own operations, which only a seller brings up: "cut your office's electricity bill",
            # "your employees would love", "happy with your current business insurance", "invite Docketly to"
            r"\byour (?:office'?s?|employees|staff'?s?|workforce) (?:[\w-]+ ){0,2}(?:bill|bills|costs?|"
            r"electricity|energy|insurance|payroll|benefits|wellness|coffee|snacks|furniture|printers?|cleaning|"
            r"would love|would benefit|deserve)\b|"
            r"\b(?:happy|satisfied) with your current\b|\binvite (?:you|your team|(?-i:[A-Z])\w+) to "
            r"(?:exhibit|speak|sponsor|join our|attend our|partner)\b|"
            r"\bsponsor (?:an? |our |my )?(?:episode|event|show|podcast|newsletter)\b|"
            # a recruiter selling people to us: "place candidates with you", "do you need any engineers?"
            r"\bplace (?:candidates|talent|people|engineers|developers|staff) (?:with|at) (?:you|your)\b|"
            r"\bdo you (?:guys )?need any (?:more )?(?:engineers|developers|designers|temps|contractors|"
            r"salespeople|sales reps)\b|"
            # work offered on our own things: "we'd love to redo your website", "could replace your phone
            # assistant", "beat what you pay for toner", "samples for your team", "candidates for you"
            r"\b(?:we|I|that|which|it|service|team|product|tool|platform|software|company|agency|firm|crew)"
            # the object is ours right after the verb ("replace DocuSign with your product" is a buyer's)
            r"(?:'d| would| could| can| will)(?: love to| like to| be able to)? (?:\w+ )?"
            r"(?:redo|revamp|refresh|replace|modernize|modernise|take over|cater|stock|furnish|beat|halve|"
            r"lower|reduce|localize|localise|protect|automate|film|photograph|rebrand|overhaul) "
            r"(?:(?:all|every|the whole of) )?"
            r"(?:your|what you)\b|"
            r"\bdrop off (?:a |some )?(?:menus?|samples?|brochures?|flyers?|catalogs?|catalogues?|info)\b|"
            r"\b(?:samples|swag|goodies|treats|a gift) for your (?:team|office|staff)\b|"
            r"\b(?:candidates|talent|engineers|developers|reps|salespeople) for you\b|"
            r"\b(?:like|love|want|invite) (?:you|your (?:company|team)|(?-i:[A-Z])\w+) to "
            r"(?:sponsor|advertise|exhibit)\b|"
            rf"\b(?:the person|the guy|someone|somebody|anyone) (?:who|that) (?:handles|runs|manages|does|"
            rf"looks after|buys|orders|takes care of) your (?!{_BUYERS_DESK})\w+|"
            # a free check of a business's systems, the seller's foot in the door ("a free vulnerability
            # scan", "a complimentary penetration test"); not a buyer's own offer to their clients
            r"\b(?:free|complimentary|no-cost|no-obligation|zero-cost) (?:[\w-]+ ){0,2}?(?:vulnerability|"
            r"security|penetration|pen|compliance|cloud|cost|it|network|website|site|seo|tax|payroll|insurance|"
            r"benefits|energy|utility|telecom|phone|cyber|risk|data) (?:[\w-]+ )?(?:scan|audit|assessment|"
            r"review|test|check|analysis|health check|evaluation)s?\b"
            r"(?! (?:to|for|with) (?:our|my|all our) (?:clients|customers))|"
            # our industry as the seller's market: "companies in the e-signature space", "SaaS firms"
            rf"\b{_PEOPLE_ORGS} in (?:the |your )?(?:e-?sign\w*|e-?signature|signing|SaaS|software|tech|"
            r"legal ?tech|document) (?:space|industry|market|sector|world|vertical)\b|"
            r"\bwe (?:help|serve|work with|partner with|support) (?:over |more than |almost |nearly )?"
            r"(?:[\w,+-]+ ){0,3}?(?:SaaS|software|tech|B2B|fintech) "
            r"(?:companies|businesses|firms|startups|brands|teams|platforms)\b",
            _I,
        ),
    ),
    (
        "spam",
        pattern_on_use(
            r"\b(?:will be|is being|is going to be|are going to be) (?:deactivated|suspended|terminated|"
            r"cancell?ed|removed|disabled|closed|delisted|flagged)\b|"
            r"\bverify (?:your|the) (?:business|account|listing|profile|information|identity|details)\b|"
            r"\b(?:this is an?|an) (?:automated|recorded|pre-?recorded|courtesy) (?:message|call)\b|"
            # an authority's threat or an expiry only paying now avoids
            r"\bthis is (?:the )?(?:IRS|internal revenue|social security)\b|"
            r"\bwarrant (?:out )?(?:in|for) your\b|"
            r"\b(?:is about to|will soon|is going to) expire\b[^.?!]{0,40}\brenew\b|\brenew now\b|"
            r"\bto avoid (?:losing|suspension|penalt\w+|disconnection)\b|"
            r"\bcard services\b|\bregarding your (?:credit card|car|vehicle|computer|warranty|loan|debt)\b|"
            r"\bsuspicious activity\b|\b(?:don't|do not|please don't) hang up\b|"
            r"\bfinal (?:notice|reminder)\b|\byour (?:vehicle|car)'?s? (?:service contract|warranty)\b|"
            r"\bpre-?approved for\b",
            _I,
        ),
    ),
    (
        "competitor",
        pattern_on_use(
            r"\b(?:I|we) (?:work|am|'m|are|'re)(?: for| at| with)? (?:one of )?your "
            r"(?:competitors?|competition)\b|"
            r"\b(?:another|a rival|a competing|a fellow) (?:e-?sign\w*|signing|signature|document signing) "
            r"(?:company|vendor|provider|startup|platform|tool|business|product)\b|"
            # the caller's employer makes signing software: "a company that builds document signing software"
            r"\b(?:I'm|I am|I work) (?:from|at|with|for|on) (?:[\w-]+ ){0,5}(?:a|an) "
            r"(?:company|startup|firm) (?:that|which) (?:builds?|makes?|sells?|develops?) (?:[\w-]+ ){0,2}"
            r"(?:signing|signature|e-?sign\w*) (?:software|tools?|products?|apps?|platforms?)\b|"
            # an employer whose name carries "Sign": "I'm an analyst at SignEasy"
            r"\b(?:I'm|I am|I work)\b[^.?!]{0,40}\b(?:at|for|from) "
            r"(?-i:(?:[A-Z]\w*)?Sign(?:[A-Z]\w*)?|[A-Z]\w+ Sign)\b",
            _I,
        ),
    ),
)
# Sellers in more words (round 12 probes): companies of our size as the seller's market, time with one of our
# buyers of services, help offered to us, a price set against our own staff, our executives' contacts. Its own
# substring pre-check keeps it off most calls (the vendor frame's "your" trigger is in nearly every call).
SELLER_MORE: Final = pattern_on_use(
    rf"\b{_PEOPLE_ORGS} (?:of )?your size\b|"
    r"\b(?:minutes|meeting|call|chat|time|intro) with (?:your|whoever (?:handles|runs|manages|does|"
    r"looks after) your|the person (?:who|that) (?:handles|runs|manages) your) (?:hr|human resources|"
    r"marketing|procurement|purchasing|facilities|payroll|benefits|insurance|office manager|risk|ceo|"
    r"cto|cfo|coo|ciso|cio|founder|owner|decision[- ]makers?|it|security|engineering|"
    rf"(?:head|director|vp|chief|manager) of (?!{_BUYERS_DESK}|customer)\w+)\b|"
    r"\b(?:I'm|I am|we're|we are) (?:just )?(?:offering|looking|trying|here|hoping) to help "
    r"(?:you|your)\b|"
    r"\b(?:cheaper|faster|better|for less) than (?:your|you) (?:own )?(?:team|staff|developers|"
    r"in-house|people|employees|current (?:provider|vendor|agency|supplier|carrier|broker))\b|"
    r"\b(?:email|number|contact|direct line) (?:of|for) your (?:ceo|cto|cfo|coo|founder|owner|hr|"
    r"marketing|procurement|purchasing)\b|"
    r"\byour (?:ceo|cto|cfo|coo|founder|owner)'?s? (?:email|number|contact|direct line)\b|"
    # "connect me to whoever does your hiring" (not "whoever handles your sales": a buyer's request)
    r"\b(?:connect|put|transfer|patch) me (?:through )?(?:to|with) (?:whoever|the person (?:who|that)|"
    r"someone (?:who|that)) (?:handles|does|runs|manages|is in charge of|looks after|makes) your "
    rf"(?!{_BUYERS_DESK})",
    _I,
)
# A service made for us, or us invited to join: "we'd love to make a brand film for Docketly", "we'd like
# Docketly to join as a member"; the target must be "you" or our name (not "a workflow for our team")
SERVICE_FOR: Final = pattern_on_use(
    r"\b(?:we|I)(?:'d| would) (?:love|like) to (?:make|create|produce|build|design|shoot|film|write|redesign|"
    r"host|cater|photograph) (?:[\w-]+ ){0,3}?for (\w+)\b|"
    r"\b(?:we|I)(?:'d| would) (?:love|like) (\w+) to (?:join|become|sign up|be)(?: us)?(?: as)? "
    r"(?:a |an |our )?(?:member|sponsor|exhibitor|speaker|panelist)s?\b",
    _I,
)
SERVICE_TRIGGERS: Final = ("'d love", "'d like", "would love", "would like")
SELLER_MORE_TRIGGERS: Final = (
    "whoever",
    "the person",
    "someone who",
    "someone that",
    "your size",
    "with your",
    "with whoever",
    "with the person",
    "help you",
    "than you",
    "of your",
    "for your",
    "your ceo",
    "your cto",
    "your cfo",
    "your coo",
    "your founder",
    "your owner",
)

# A study as the reason to call, read only when the caller asks for nothing we sell ("my classmates and I are
# putting together a presentation", "my senior capstone"); a buyer who mentions a classmate still buys.
STUDY: Final = pattern_on_use(
    r"\b(?:my|our) (?:[\w-]+ ){0,2}(?:classmates?|capstone|thesis|dissertation|coursework|homework|syllabus|"
    r"term paper|class project|group project)\b",
    _I,
)
# Who the caller is, from several concept words together when no single phrase says it: a caller asking for
# nothing we sell who speaks of an MSc, a supervisor and research is a student; of a role, applying and a CV
# an applicant. Each group is one concept; the caller needs words from enough distinct groups.
STUDENT_CONCEPTS: Final[tuple[re.Pattern[str], ...]] = tuple(
    pattern_on_use(p, _I)
    for p in (
        r"\b(?:msc|mba|phd|doctoral|doctorate|bsc|masters?|master's|bachelor'?s|undergrad\w*|postgrad\w*|"
        r"grad student|"
        r"year (?:one|two|three|four|[1-4]) of (?:uni|university|college|my degree)|(?:first|second|third|"
        r"final)[- ]year)\b",
        r"\b(?:uni|university|college|campus)\b",
        r"\b(?:module|course|class|classes|seminar|lecture|studies|studying|major|degree|programme)\b",
        # "my supervisor", not "the intake supervisor"; "for my research", not "on paper"
        r"\b(?:my|our) (?:supervisor|professor|prof|lecturer|tutor|instructor|advisor)\b|"
        r"\b(?:professors|lecturers)\b",
        r"\b(?:thesis|dissertation|capstone|assignment|coursework|homework|essay|(?:a|my|our) (?:paper|"
        r"presentation|report)|(?:my|our|for) (?:research|study))\b",
    )
)
JOB_CONCEPTS: Final[tuple[re.Pattern[str], ...]] = tuple(
    pattern_on_use(p, _I)
    for p in (
        r"\b(?:job|jobs|role|position|opening|vacancy|internships?|career|careers|employment|posting|"
        r"contractor|freelancer|gig|(?:you're|you are|you were) hiring)\b",
        r"\b(?:apply|applying|applied|application|applicant|considered for|interview|interviewing|hire me|"
        r"submitted|(?:taking|hiring|accepting) (?:interns|applicants|new people))\b",
        r"\b(?:cv|resume|résumé|portfolio|linkedin|cover letter)\b",
        r"\b(?:between jobs|laid off|looking for work|unemployed|recent grad|new grad|anything for me|"
        r"work for you|join (?:your|the) team|freelance|on a contract basis|contract work|need any help)\b",
    )
)
# The caller speaks for an organisation of their own: "we're a college", "I also run a tutoring business".
# Not a noun in another phrase ("we have a project in my business class", "we have to interview a company")
# nor a bare "our group", a student's project group ("our medical group" has a modifier).
_ORG_GAP: Final = (
    r"(?:(?!(?:to|in|for|about|with|on|at|from|of|study|project|class|student|school|research)\s)[\w'-]+ )"
)
OWN_ORG: Final = pattern_on_use(
    r"\b(?:we're|we are|we've got|we have|I run|I own|I manage|I also run|I also own|I've got|I have|our) "
    rf"(?:a |an |the |my |our )?(?:{_ORG_GAP}{{0,3}}(?:business|company|firm|shop|practice|agency|office|"
    r"clinic|school|college|university|district|staff|store|studio|department|nonprofit|organi[sz]ation|"
    rf"startup|brokerage|restaurant|team of)|{_ORG_GAP}{{1,3}}group|group(?= of\b))\b"
    r"(?! (?:class|classes|course|project|assignment|presentation|major|degree|programm?e?|case study)\b)|"
    # employed there: "I'm the intake supervisor at Compass Home Health"
    r"\b(?:I'm|I am) (?:the|a|an) (?:[\w-]+ ){0,2}"
    r"(?!(?:student|junior|senior|sophomore|freshman|undergrad\w*|intern|major|candidate|"
    r"(?:first|second|third|fourth|final)[- ]year|grad|postgrad\w*|phd|mba|masters?|pupil)\b)[\w-]+ "
    r"(?:at|for|with) (?:the )?(?-i:[A-Z])|"
    # a family member's business they call for: "I'm calling for my mom's bakery"
    r"\b(?:calling|here|asking) (?:for|on behalf of) (?:my|our) [\w-]+'s (?:[\w-]+ ){0,2}(?:business|company|"
    r"firm|shop|practice|agency|office|clinic|store|studio|restaurant|bakery|salon|cafe|farm|garage)\b",
    _I,
)


def _concepts(spoken: Sequence[str], groups: Sequence[re.Pattern[str]]) -> int:
    return sum(1 for g in groups if any(g.search(t) for t in spoken))


# Substrings one of which every alternative of a role frame needs: most calls skip the frame's regex.
ROLE_TRIGGERS: Final[dict[Disqualifier, frozenset[str]]] = {
    "student": word_set(
        """undergrad junior sophomore freshman candidate major stud prof lecturer instructor teacher tutor
        interview profile analy research pick writing assigned capstone thesis dissertation classmate homework
        coursework syllabus"""
    ),
    "job_seeker": word_set(
        """opening internship vacanc work intern join resum résum interview recruit hiring talent hat
        application contract outsource cv cover position applied freelanc apprentic career anything something
        a role a spot a place room"""
    ),
    "vendor_pitch": word_set(
        """help save build redesign optimi audit clean grow boost scale improve streamline insure staff supply
        provide host outsource rank free complimentary no-cost benefit use speak talk serve speciali promo
        special sale deal businesses companies offices introduce send offer give noticed translate handle
        manage take fix update localiz localis needs need looks whoever sponsor your happy satisfied invite
        place no-obligation zero-cost startups firms partner space sector industry vertical redo revamp
        refresh replac moderni upgrade cater stock furnish beat match halve lower reduce secure protect
        automate film photograph rebrand overhaul drop samples swag goodies treats gift candidates talent
        engineers developers reps salespeople like love want invite person guy someone somebody anyone"""
    ),
    "spam": word_set(
        """deactivat suspend terminat cancel remov disabl closed delist flagged verify automated recorded
        courtesy irs internal social warrant expire renew avoid card regarding suspicious hang final vehicle
        car approved"""
    ),
    "competitor": word_set("competitor competition another rival competing fellow sign"),
}
ABUSE: Final = pattern_on_use(
    r"\bf\W*\*+\W*\w*|\bfuck\w*|\bshit\w*|\buseless\b|\bpiece of (?:junk|crap|garbage)\b|"
    r"\bgo to hell\b|\bshut up\b|\bmake you sorry\b|\bidiot\w*|\bstupid\b|\bscammers?\b|"
    r"\bi'?m gonna find (?:you|your)\b|\blose my number\b|\bscrew you\b|\bmorons?\b|\bjerks\b|\blosers\b|"
    r"\bpiss off\b|\bget lost\b|\bgarbage\b|\btrash\b|\bworthless\b|\bdrop dead\b|\btie up your line\b|"
    r"\bclowns?\b|\bpathetic\b|\bincompetent\b|\bstop calling (?:me|my|us|our)\b|\bare a joke\b|"
    r"\breport you\b|"
    # names for people who prey on others, and curses: "you parasites", "bunch of crooks", "rot in hell"
    r"\b(?:parasites?|crooks|leeches|vultures|bloodsuck\w*|scumbags?|lowlifes?|low-lifes?|con ?artists?|"
    r"bastards?|assholes?|a-?holes|imbeciles?|cretins?|dimwits?|dumbass\w*|jackass\w*|numbskulls?|"
    r"tin can|bucket of bolts)\b|"
    r"\b(?:you|bunch of|pack of|band of) (?:\w+ )?(?:thieves|liars|frauds|rats|snakes|weasels|crooks|"
    r"cheats|hacks|losers|idiots|clowns|animals|pests)\b|"
    r"\b(?:rot|burn) in hell\b|\bshove it\b|\bdamn you\b|\bto hell with (?:you|ya|y'all|all of you)\b|"
    r"\bup yours\b|\bget bent\b|\bbite me\b|\bgo (?:jump off|die)\b",
    _I,
)
# A threat of harm to us or our things is abusive on its own: "I'll put a brick through your window",
# "I'll burn your office down", "you better watch your back"
THREAT: Final = pattern_on_use(
    r"\b(?:brick|rock|bat) through\b|"
    r"\b(?:smash|wreck|trash|torch|burn)(?:ing)? (?:up |down )?(?:your|every|all (?:of )?your) "
    r"(?:\w+ )?(?:windows?|office|place|building|cars?|store|shop|door)\b|"
    r"\bburn (?:your|that) (?:\w+ )?(?:office|place|building|store|shop)s? down\b|"
    r"\b(?:watch|better watch) your back\b|"
    r"\bI know where (?:you|y'all|you people) (?:live|work|are)\b|"
    r"\bI know where your (?:office|building) is\b|"
    r"\b(?:kick|smash|punch) your (?:ass|face|teeth|head)\b|\bbeat (?:you|the \w+ out of you)\b|"
    r"\bhurt (?:you|someone there|one of you)\b|\byou(?:'ll| will) (?:regret|be sorry)\b",
    _I,
)
EXISTING: Final = pattern_on_use(
    r"\b(?:already (?:a )?(?:customers?|clients?)|existing (?:customers?|clients?)|current (?:customers?|"
    r"clients?)|"
    r"we are already customer|on your platform|on your \w+ plan|our account|my account|our subscription|"
    r"(?:we're|we are|we've been) already (?:on|using|with) (?:you|your|[A-Z]\w+)|"
    r"(?:already|currently) (?:use|using|on) (?:you\b|your (?:software|product|app|tool|platform|service))|"
    r"we use your (?:software|product|app|tool|platform|service)(?: already)?|"
    # "we're a customer and ...", "we've been your customer for two years", "we already pay you"
    r"(?:we're|we are|I'm|I am) (?:a |an )?(?:paying |existing |current |long-?time |loyal )?"
    r"(?:customer|client|subscriber)s?(?! of(?! (?:yours|you|you guys|y'all)\b))(?! at)|"
    r"(?:(?:been|we're|we are) (?:your|a|an)|(?:is|are) (?:a|an)) (?:paying |existing |current |long-?time |"
    r"loyal )?"
    r"(?:customer|client|subscriber|user)s?(?! of(?! (?:yours|you|you guys|y'all)\b))|"
    # "we use you guys for waivers", "long-time user here", "been on it two years"
    r"(?:we|I) (?:still |already |currently )?use you(?: guys| folks| all)?\b(?! as)|"
    r"long-?time (?:user|customer|client|subscriber)s?|"
    # the caller's own account, plan or workspace with us: "an admin on our company account", "our team
    # account", "we're on the pro tier", "since your last update", "I manage our firm's subscription"
    r"(?:our|my) (?:company|team|firm|business|office|work|shared|org|organi[sz]ation)(?:'s)? "
    r"(?:account|workspace|subscription|plan)(?! (?:with|at|on|in|for) (?!you))|"
    r"(?:admin|administrator|account owner|owner|admins) (?:on|of|for) (?:our|my|the) (?:\w+ )?"
    r"(?:account|workspace|subscription)|"
    r"(?:I'm|I am) (?:the|an|our) account (?:owner|admin|administrator|holder)|"
    r"(?:we're|we are|I'm|I am) on (?:the|your) [\w-]+ (?:tier|plan)|our workspace\b|"
    r"since your (?:last |latest |recent |new )?(?:update|release|upgrade|change)|"
    r"(?:I|we) (?:manage|run|handle|own|look after) (?:our|my) (?:\w+'s )?(?:subscription|account|workspace)|"
    r"(?:been|we're|we are|I'm|I am) (?:a |an )?(?:paying |existing |current |loyal )?"
    r"(?:customer|client|subscriber|user)s? "
    r"of (?:yours|you guys|y'all)\b|"
    r"(?:been|we're|we are|I'm|I am) (?:on|using|with) (?:it|you|you guys|y'all|this) (?:for )?"
    r"(?:about |almost |nearly |over |like )?"
    r"(?:a|an|one|two|three|four|five|six|several|a few|a couple(?: of)?|\d+|many) "
    r"(?:years?|months?)|"
    r"we (?:already )?pay (?:you|for your)\b(?! to)|been with you(?: guys)?|"
    # "we have a subscription with you", "we've been using your app for a year"
    r"(?:subscription|account|contract|plan) with (?:you|your company)|pay for (?:the|our) \w+ plan|"
    r"one of your (?:customers|clients|users|subscribers)|signed up with you|"
    r"(?:we've|we have|I've|I have) been (?:using|on) "
    r"(?:you\b|your (?:software|product|app|tool|platform|service)))\b",
    _I,
)
SUPPORT: Final = pattern_on_use(
    r"\b(?:password|log ?in|can(?:not|'t) (?:enter|access|get into)|not working|"
    r"broken|bug|error|sync|syncing|fix(?:ed)?|support|reset|locked out|isn't working|doesn't work|"
    r"stopped (?:working|syncing|sending|loading)|"
    r"how (?:do|can) (?:I|we) (?:change|edit|add|remove|set|turn|move|update|reset|undo|get the)|templates?|"
    r"(?:aren't|isn't|are not|is not|not) (?:landing|showing up|arriving|coming through)|landing in spam|"
    r"lost (?:all )?(?:the |our |my |their )?(?:\w+ )?(?:fields|data|documents|settings)|"
    r"keeps (?:sending|failing|asking|doing|crashing)|"
    # a fault said with any verb: "nobody can download", "the field keeps disappearing", "how to add a user"
    r"(?:can't|cannot|can no longer|unable to|won't let (?:me|us)) (?:download|upload|open|see|find|send|"
    r"sign|save|print|log|access|add|remove|edit|export|import|connect|get)|keeps \w+ing|"
    r"(?:nobody|no one|none of us)\b[^.?!]{0,30}\bcan (?:download|upload|open|see|find|send|sign|save|"
    r"print|log|access|edit|get)|disappear\w*|vanish\w*|"
    r"(?:know|show me|tell me) how to (?:add|remove|change|edit|set|reset|move|export|download|delete|"
    r"update)|"
    # "none of our envelopes are going out", "the link expired", "how do I resend it"
    r"(?:aren't|isn't|are not|is not|not|won't|don't|doesn't) (?:going out|going through|loading|opening|"
    r"sending|syncing|saving|uploading|downloading|arriving)|"
    r"stopped (?:coming|arriving|showing up|going out|updating)|"
    r"none of (?:our|the|my|us)\b[^.?!]{0,30}\b(?:going out|going through|sending|loading|arriving|working|"
    r"showing up)|"
    r"won't (?:load|open|work|sync|send|save|upload|download|let)|double[- ]charged|charged (?:us )?twice|"
    r"double[- ]billed|billed (?:us )?twice|"
    r"overcharged|transfer (?:the )?(?:account )?ownership|"
    r"(?:charge|charges|line item) on (?:our|my|the) (?:invoice|bill|card|statement)|"
    r"billing (?:question|issue|problem|error)|never (?:got|received|arrived|came|showed)|"
    r"(?:didn't|did not|hasn't|haven't|never) (?:get|receive|arrive|come through|show up)|"
    r"can't figure out how|can(?:no|')t find (?:the|where|how)|"
    r"(?:is|got|was|been|gets) (?:locked|frozen|suspended|disabled)|"
    r"(?:is|are|comes? out|coming out|shows? up|showing up) (?:all )?(?:blank|empty|missing|gone|corrupted|"
    r"garbled)|all gone|"
    r"expired|re-?send\w*|(?:change|update|edit) (?:the|our|my) (?:billing|payment|card|credit card|email|"
    r"address|admin|owner|password|login|company name|logo)\b)\b",
    _I,
)

ASKS_FOR_OTHER: Final = pattern_on_use(
    r"\b(?:is this|am I speaking (?:to|with)|have I reached) (?:the )?[A-Z]\w*|"
    r"\b(?:trying|looking|meaning|meant) to (?:reach|call|get hold of)\b",
)
WRONG_NUMBER_REPLY: Final = pattern_on_use(r"\bwrong number\b|\bmisdial", _I)
IS_THIS_OTHER: Final = pattern_on_use(
    r"\b(?i:is this|is that|am I speaking (?:to|with)|have I reached|did I reach|is this not) (?:the )?"
    r"([A-Z][\w'&-]+)"
)
# The agent correcting who answered: "I'm sorry, this is Docketly, ...", "No, you've reached Docketly"
IDENTITY_CORRECTED: Final = pattern_on_use(
    r"\b(?:no|sorry|afraid|actually)\b,? (?:but )?(?:this is|you've reached|you have reached|you're speaking "
    r"(?:to|with))\b|\b(?:this isn't|this is not|we're not|we are not|we aren't)\b",
    _I,
)
# "oh sorry, I was trying to reach Lakeside Pizza": an apology and a business the agent never named
SEEKS_OTHER: Final = pattern_on_use(
    r"\b(?:trying|meaning|meant|wanted|hoping) to (?:reach|call|get hold of|ring)|\blooking for (?=\S+'s\b)"
)
SEEK_TARGET: Final = pattern_on_use(
    r"\s*(?:the |Dr\.? )?([A-Z][\w'&-]++)(?! (?:support|sales|integration|help|team|billing|rep)\b)"
)
# The business the agent answers for: "Thanks for calling Docketly!"
OUR_NAME: Final = pattern_on_use(
    r"\b(?:calling|this is|welcome to|you've reached|you have reached)\s+([A-Z][\w'&-]+)"
)
# The agent telling the caller who they reached: "Sorry, this is Docketly, an e-signature company"
AGENT_CORRECTS: Final = pattern_on_use(
    r"\b(?i:sorry|afraid|actually|no)\b,? (?i:but )?(?i:this is|you've reached|you have reached|"
    r"you've called|you have called|you're speaking (?:to|with)) (?i:actually )?(?:the )?([A-Z][\w'&-]+)"
)
# The agent setting us against the business the caller named: "This is Docketly, not Comcast."
AGENT_NOT_THEM: Final = pattern_on_use(
    r"\b(?i:this is|you've reached|you have reached|you're speaking (?:to|with)) (?:the )?([A-Z][\w'&-]+)"
    r"[^.?!]{0,30}?,? (?i:not|rather than) (?:the )?([A-Z][\w'&-]+)"
)
# The agent asking whether the caller meant someone else: "Were you trying to reach a different business?"
AGENT_ASKS_OTHER: Final = pattern_on_use(
    # "get hold of", not "are you looking to get started"
    r"\b(?:were|are) you (?:trying|looking|hoping|meaning) to "
    r"(?:reach|call|get (?:a)?hold of|get through to)\b|"
    r"\b(?:a different|another|the wrong) (?:number|business|company|office|place|practice|clinic)\b",
    _I,
)
# The caller's company makes signing part of its own product ("we're building signatures into our own
# app", "developing our own e-sign module"), or sets itself against us ("we plan to compete with you"). Not a
# buyer doing the same with our product ("adding e-signatures to our app through your API").
_SIGNING: Final = r"(?:e-?signatures?|e-?sign\w*|signing|signatures?|electronic signatures?)"
OWN_SIGNING: Final = pattern_on_use(
    r"\b(?:build\w*|add\w*|bak\w*|integrat\w*|develop\w*|launch\w*|roll\w* out|ship\w*|put\w*|"
    r"creat\w*|embed\w*|bring\w*|work\w* on) "
    rf"(?:[\w-]+ ){{0,3}}?{_SIGNING} (?:[\w-]+ )?(?:into|in|to|inside|within) (?:our|its|their) own "
    r"(?:[\w-]+ )?(?:product|platform|app|software|tool|system|suite|offering)s?\b|"
    r"\b(?:build\w*|develop\w*|launch\w*|releas\w*|ship\w*|roll\w* out|mak\w*|creat\w*|working on|"
    r"bak\w*|add\w*|introduc\w*) (?:[\w-]+ ){0,3}?(?:our|its|their|an?) (?:own|in-house|built-in|native|"
    rf"home-?grown) (?:[\w-]+ )?{_SIGNING} (?:feature|module|product|tool|solution|offering|capability|"
    r"functionality|platform|app|service)s?\b|"
    r"\b(?:compete|competing) (?:directly |head[- ]on )?(?:with|against) you\b|"
    # our rivals' view of the market ("a competitive teardown"), not a buyer's "competitive review" of vendors
    r"\bcompetitive (?:landscape|deck|benchmark\w*|teardown)\b",
    _I,
)
WITH_OUR_PRODUCT: Final = pattern_on_use(
    r"\b(?:your|you guys'?|Docketly'?s?) (?:api|sdk|embed\w*|integration|product|platform|tool|service)\b|"
    r"\b(?:with|through|using|via|on top of) (?:you|you guys|Docketly)\b|\bwhite[- ]?label\w*\b",
    _I,
)
# " own " as a word: "down", "known" and "town" hold the letters too
OWN_SIGNING_GATE: Final = (" own ", "in-house", "built-in", "native", "homegrown", "home-grown", "compet")
# Substrings one of which every alternative of ABUSE and THREAT needs: most calls skip both patterns
ABUSE_GATE: Final = (
    "*",
    "fuck",
    "shit",
    "useless",
    "piece of",
    "in hell",
    "to hell",
    "the hell",
    "hell with",
    "shut up",
    "you sorry",
    "be sorry",
    "idiot",
    "stupid",
    "scam",
    "gonna find",
    "lose my number",
    "screw you",
    "moron",
    "jerk",
    "loser",
    "piss",
    "get lost",
    "garbage",
    "trash",
    "worthless",
    "drop dead",
    "tie up",
    "clown",
    "pathetic",
    "incompetent",
    "stop calling",
    "a joke",
    "report you",
    "parasit",
    "crook",
    "leech",
    "vulture",
    "bloodsuck",
    "scum",
    "lowlife",
    "low-life",
    "con artist",
    "conartist",
    "bastard",
    "asshole",
    "a-hole",
    "ahole",
    "imbecil",
    "cretin",
    "dimwit",
    "dumbass",
    "jackass",
    "numbskull",
    "tin can",
    "bucket of bolts",
    "thieves",
    "liars",
    "frauds",
    "rats",
    "snakes",
    "weasels",
    "cheats",
    "hacks",
    "animals",
    "pests",
    "shove it",
    "damn you",
    "up yours",
    "get bent",
    "bite me",
    "go jump",
    "go die",
    "brick",
    "rock through",
    "bat through",
    "smash",
    "wreck",
    "torch",
    "burn",
    "your back",
    "know where",
    "kick your",
    "punch your",
    "beat you",
    "beat the",
    "hurt you",
    "hurt someone",
    "hurt one",
    "regret",
)
# A rival named as what the caller uses or leaves is a buyer's tool, not their employer: "I'm on a trial with
# another e-sign company", "we pay a competing signing vendor", "switching from a rival signing tool"
RIVAL_IN_USE: Final = pattern_on_use(
    r"\b(?:us(?:e|es|ed|ing)|(?:we're|we are|I'm|I am|currently|still|been) on|trial|trialing|trialling|"
    r"tried|trying|test(?:ed|ing)|pay(?:ing)?|paid|(?:contract|subscription|account|plan) (?:with|at)|"
    r"stuck|hate|replac\w*|cancel\w*|leav(?:e|ing)|left|dump\w*|"
    r"quit\w*|ditch\w*|currently|(?:switch\w*|mov\w*|migrat\w*|coming|away|over) from)\b[^.?!]{0,30}$",
    _I,
)
# The agent saying who answered and that it cannot help, in any order and without "sorry, but" first: "You've
# reached Docketly, we make e-signature software. I can't help with that.", "This is an e-signature company,
# so I'm afraid I can't help with that." Read only for a caller who asked nothing of ours (OUR_TOPICS).
AGENT_NAMES_US: Final = pattern_on_use(
    r"\b(?i:this is|you've reached|you have reached|you've called|you have called|"
    r"you're (?:speaking|talking) (?:to|with))\s+(?i:actually\s+)?"
    r"(?:(?i:an? )?(?i:e-?sign\w*|electronic signature|document signing) "
    r"(?i:company|service|provider|platform|business)|(?:the )?([A-Z][\w'&-]+))|"
    r"\b(?i:we (?:make|do|sell|build|are) (?:an? )?(?:e-?sign\w*|electronic signature|document signing))"
)
AGENT_CANT_HELP: Final = pattern_on_use(
    r"\b(?:can't|cannot|can not|unable to|not able to|won't be able to) (?:help|assist)\b|\bwrong number\b|"
    r"\bnot (?:the )?(?:\w+ )?(?:you're|you are) (?:looking for|trying to reach)\b",
    _I,
)
OUR_TOPICS: Final = pattern_on_use(
    r"\b(?:sign\w*|e-?sign\w*|contracts?|documents?|docs|pdfs?|forms?|templates?|envelopes?|pricing|price|"
    r"demo|quote|trial|plan|seats?|users?|integrat\w*|docketly|software|account|subscription|"
    # a caller describing their own business is a prospect, whatever they asked first
    r"we're an?|we are an?|employees|staff)\b",
    _I,
)
APOLOGY: Final = pattern_on_use(r"\b(?:sorry|oops|my bad|my mistake|apologies|whoops)\b", _I)


@dataclass(frozen=True, slots=True)
class Cue:
    kind: str
    turn: int  # index into the caller's utterances
    quote: str


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.findall(r"[^.?!]+[.?!]*", text) if s.strip()]


def intent_cues(user_texts: Sequence[str], asked: Sequence[str | None]) -> list[Cue]:
    """Requests for a demo, sales, pricing, a quote, a trial extension, a buying timeline this quarter.

    `asked[i]` is the agent's turn before user_texts[i]: "yes" to "would you like a demo?" is a request.
    """
    cues: list[Cue] = []
    trial_named = False  # the caller spoke of a trial in an earlier turn
    for n, text in enumerate(user_texts):
        for sentence in _sentences(text):
            for kind, pattern in INTENT_PATTERNS:
                m = pattern.search(sentence)
                if not m:
                    continue
                head = re.split(r"[,;]|\bbut\b", sentence[: m.start()])[-1]
                if DECLINE.search(head[-40:]) or (kind == "demo" and DECLINE.search(sentence)):
                    continue
                if kind in {"quote", "pricing"} and OWN_DOCUMENT.search(head):
                    continue
                # a request put off past the quarter is no intent now: "you can call me back next year"
                if kind in {"sales", "demo"} and DEFERRED.search(sentence, m.end()):
                    continue
                cues.append(Cue(kind, n, sentence))
            if not any(c.turn == n and c.quote == sentence for c in cues):
                frame = REQUEST_FRAME.search(sentence)
                head = re.split(r"[,;]|\bbut\b", sentence[: frame.start()])[-1] if frame else ""
                if (
                    frame
                    and not DECLINE.search(head[-40:])
                    and not DECLINE.search(frame.group("gap"))
                    # "our planners put together a proposal for each couple": the caller's own document
                    and not OWN_DOCUMENT.search(sentence, 0, frame.start("obj"))
                ):
                    cues.append(Cue(_REQUEST_OBJECTS[frame.group("obj").lower()], n, sentence))
                else:
                    concept = _buying_request(sentence)
                    if concept is not None:
                        cues.append(Cue(concept, n, sentence))
        if any(c.turn == n and c.kind == "pricing" for c in cues) and NOT_BUYING.search(text):
            cues = [c for c in cues if not (c.turn == n and c.kind == "pricing")]
        before = asked[n] if n < len(asked) else None
        if not any(c.turn == n for c in cues):
            one = _one_request(text)
            if one is not None:
                cues.append(Cue(_REQUEST_OBJECTS[one[0].lower()], n, one[1]))
        if (trial_named or (before is not None and "trial" in before.lower())) and not any(
            c.kind == "trial_extension" and c.turn == n for c in cues
        ):
            for sentence in _sentences(text):
                m1 = TRIAL_LATER.search(sentence)
                if m1 and REQUEST_FORM.search(sentence) and not DECLINE.search(sentence[: m1.start()][-30:]):
                    cues.append(Cue("trial_extension", n, sentence))
                    break
        trial_named = trial_named or "trial" in text.lower()
        bare = BARE_REQUEST.match(text)
        # only as the answer to the opening "how can I help?" ("sales" may answer "which team are you on?")
        if bare and (n == 0 or (before and "help" in before.lower())) and not any(c.turn == n for c in cues):
            cues.append(Cue(_BARE_KINDS[bare.group("kind").lower()], n, text.strip()))
        if TRIAL_EXTENSION.search(text) and not any(
            c.kind == "trial_extension" and c.turn == n for c in cues
        ):
            m2 = TRIAL_EXTENSION.search(text)
            cues.append(Cue("trial_extension", n, _sentence_of(text, m2.start() if m2 else 0)))
        question = asked[n] if n < len(asked) else None
        if (
            question
            and "?" in question
            and OFFER.search(question)
            and AFFIRM.search(text)
            and not NOT_AN_OFFER_ANSWER.search(text)
        ):
            first = _sentences(text)[0] if _sentences(text) else text.strip()
            for kind, pattern in OFFER_KINDS:
                if pattern.search(question) and not DECLINE.search(first.lower().replace("why not", "")):
                    cues.append(Cue(kind, n, first))
                    break
    return cues


def _one_request(text: str) -> tuple[str, str] | None:
    """("quote", sentence) for "..., a written quote, so could you send me one?": the object named first."""
    m = ONE_REQUEST.search(text)
    if m is None:
        return None
    objects = list(ONE_OBJECT.finditer(text, 0, m.start()))
    # ... nor a document the caller makes ("we give every client a quote, and I'd love one that looks nicer")
    if not objects or objects[-1].group("own") or OWN_DOCUMENT.search(text, 0, objects[-1].start()):
        return None
    sentence = _sentence_of(text, m.start())
    if DECLINE.search(re.split(r"[,;]|\bbut\b", text[: m.start()])[-1][-40:]):
        return None
    return objects[-1].group("obj"), sentence


# An organisation the caller only plays or imagines: "for the project we're supposed to pretend we're a
# hundred-person company", "imagine we're a law firm", "as if we were a small agency".
PRETEND_BEFORE: Final = pattern_on_use(
    r"\b(?:pretend\w*|imagin\w+|suppos(?:e|ing)|hypothetical(?:ly)?|role-?play\w*|make-?believe|fictional|"
    r"as if|as though)\b[^.?!]{0,40}$",
    _I,
)


def _own_org(text: str) -> bool:
    """The caller speaks for an organisation of their own somewhere in `text`, not one they pretend to be."""
    return any(
        PRETEND_BEFORE.search(text, max(0, m.start() - 60), m.start()) is None for m in OWN_ORG.finditer(text)
    )


def disqualifier_for(
    user_texts: Sequence[str],
    has_intent: bool,
    *,
    spoke: bool | None = None,
    replies: Sequence[str | None] = (),
    agent_texts: Sequence[str | None] = (),
) -> tuple[Disqualifier | None, str]:
    """The first disqualifier the caller's words show, and the quote; ('no_speech', '') for a silent call.
    `spoke` says whether the caller said anything at all, when some texts were set aside; `replies[i]` is the
    agent's turn after user_texts[i]; `agent_texts` all the agent's turns (a business it names is ours)."""
    spoken = [t for t in user_texts if t.strip()]
    if not spoken:
        return (None, "") if spoke else ("no_speech", "")
    # a student or applicant who also runs an organisation and asks to buy is a buyer ("I'm a grad student
    # but I also run a tutoring business, I'd like pricing")
    buyer_with_org = has_intent and any(_own_org(t) for t in spoken)
    for kind, pattern in DISQUALIFIERS:
        if buyer_with_org and kind in {"student", "job_seeker"}:
            continue
        for text in spoken:
            m = _hit(kind, pattern, text)
            if m:
                return kind, _sentence_of(text, m.start())
    if not has_intent:
        for text in spoken:
            m = SCAM.search(text)
            if m:
                return "spam", _sentence_of(text, m.start())
    # "is this Reliable Rooter?" answered "you have the wrong number": the caller asked for another business
    for kind, pattern in FRAMES:
        if buyer_with_org and kind in {"student", "job_seeker"}:
            continue
        for text in spoken:
            m = _hit(kind, pattern, text)
            if m:
                return kind, _sentence_of(text, m.start())
    low = "\n".join(spoken).lower()
    if any(g in low for g in OWN_SIGNING_GATE):
        for text in spoken:
            for m in OWN_SIGNING.finditer(text):
                sentence = _sentence_of(text, m.start())
                if not WITH_OUR_PRODUCT.search(sentence.replace(m.group(), " ")):
                    return "competitor", sentence
    for kind, pattern in ROLE_FRAMES:
        if not any(trigger in low for trigger in ROLE_TRIGGERS[kind]):
            continue
        if buyer_with_org and kind in {"student", "job_seeker"}:
            continue
        for text in spoken:
            m = _hit(kind, pattern, text)
            if m:
                return kind, _sentence_of(text, m.start())
    if any(trigger in low for trigger in SELLER_MORE_TRIGGERS):
        for text in spoken:
            m = SELLER_MORE.search(text)
            if m:
                return "vendor_pitch", _sentence_of(text, m.start())
    ours = {m.group(1).lower() for t in agent_texts[:1] if t for m in OUR_NAME.finditer(t)}
    if any(trigger in low for trigger in SERVICE_TRIGGERS):
        for text in spoken:
            for m in SERVICE_FOR.finditer(text):
                if (m.group(1) or m.group(2)).lower() in {"you", "your"} | ours:
                    return "vendor_pitch", _sentence_of(text, m.start())
    if not has_intent:
        for text in spoken:
            m = STUDY.search(text)
            if m:
                return "student", _sentence_of(text, m.start())
        if not any(_own_org(t) for t in spoken):
            # a degree word or a supervisor and one more concept, or any three
            student = _concepts(spoken, STUDENT_CONCEPTS)
            if (
                student >= 2 and _concepts(spoken, STUDENT_CONCEPTS[:1] + STUDENT_CONCEPTS[3:4])
            ) or student >= 3:
                return "student", _first_hit(spoken, STUDENT_CONCEPTS)
            if _concepts(spoken, JOB_CONCEPTS) >= 2:
                return "job_seeker", _first_hit(spoken, JOB_CONCEPTS)
    names_us = _names_us_pattern(ours)
    existing = (
        None
        if has_intent
        else next((t for t in spoken if EXISTING.search(t) or (names_us and names_us.search(t))), None)
    )
    if not has_intent and existing is None:
        # the agent says who the caller reached: they wanted someone else
        for text, reply in zip(user_texts, replies, strict=False):
            m3 = AGENT_CORRECTS.search(reply or "")
            # "Sorry, you've reached Docketly. Could you repeat that?" after a caller who spoke of signing
            # forms is a prospect misheard, not a wrong number
            if (
                text.strip()
                and m3
                and m3.group(1).lower().removesuffix("'s") in ours
                and not OUR_TOPICS.search(text)
            ):
                return "wrong_number", _sentence_of(text, 0)
            if text.strip() and reply and AGENT_ASKS_OTHER.search(reply):
                return "wrong_number", _sentence_of(text, 0)
            m5 = AGENT_NAMES_US.search(reply or "")
            if (
                text.strip()
                and m5
                and (m5.group(1) is None or m5.group(1).lower().removesuffix("'s") in ours)
                and AGENT_CANT_HELP.search(reply or "")
                and not OUR_TOPICS.search(text)
            ):
                return "wrong_number", _sentence_of(text, 0)
            m4 = AGENT_NOT_THEM.search(reply or "")
            if m4 and m4.group(1).lower() in ours and re.search(rf"\b{re.escape(m4.group(2))}\b", text):
                return "wrong_number", _sentence_of(text, text.find(m4.group(2)))
    for text, reply in zip(user_texts, replies, strict=False):
        m = ASKS_FOR_OTHER.search(text)
        if m and reply and WRONG_NUMBER_REPLY.search(reply):
            return "wrong_number", _sentence_of(text, m.start())
    agent_words = {w.lower() for r in agent_texts for w in re.findall(r"[\w'&-]+", r or "")}
    # "is this Parkview Animal Hospital?" answered "sorry, this is Docketly": a business we never named
    for text, reply in zip(user_texts, replies, strict=False):
        m = IS_THIS_OTHER.search(text)
        if (
            m
            and m.group(1).lower().removesuffix("'s") not in agent_words
            and reply
            and IDENTITY_CORRECTED.search(reply)
        ):
            return "wrong_number", _sentence_of(text, m.start())
    for text in spoken:
        m = SEEKS_OTHER.search(text)
        target = SEEK_TARGET.match(text, m.end()) if m else None
        named = target.group(1).lower().removesuffix("'s") if target else ""
        if m and target and APOLOGY.search(text) and named not in agent_words:
            return "wrong_number", _sentence_of(text, m.start())
    rude = any(g in low for g in ABUSE_GATE)
    abuse = [(t, m) for t in spoken for m in ABUSE.finditer(t)] if rude else []
    threat = next(((t, m) for t in spoken if (m := THREAT.search(t))), None) if rude else None
    if threat is not None:
        return "abusive", _sentence_of(threat[0], threat[1].start())
    if len(abuse) >= 3 or (len(abuse) >= 2 and len(spoken) <= 4):
        return "abusive", _sentence_of(abuse[0][0], abuse[0][1].start())
    if not has_intent:
        support = next((t for t in spoken if SUPPORT.search(t)), None) if existing is not None else None
        if support is not None:
            m2 = SUPPORT.search(support)
            return "support_only", _sentence_of(support, m2.start() if m2 else 0)
    return None, ""


def _hit(kind: Disqualifier, pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match of a disqualifier's pattern; a rival the caller uses is no competitor's employer."""
    if kind != "competitor":
        return pattern.search(text)
    for m in pattern.finditer(text):
        if not RIVAL_IN_USE.search(text, max(0, m.start() - 60), m.start()):
            return m
    return None


def _names_us_pattern(ours: set[str]) -> re.Pattern[str] | None:
    """The caller as our customer by our name: "we've been using Docketly", "our Docketly account"."""
    if not ours:
        return None
    name = "(?:" + "|".join(re.escape(n) for n in sorted(ours)) + ")"
    return re.compile(
        rf"\b(?:using|uses|use|on|with|subscribed to|paying for|customers? of|clients? of) {name}\b|"
        rf"\b{name} (?:users?|customers?|clients?|admins?|subscribers?|account)\b|"
        rf"\b(?:our|my|a|the) {name} (?:account|subscription|plan|workspace|admin|login|seats?)\b",
        _I,
    )


def _first_hit(spoken: Sequence[str], groups: Sequence[re.Pattern[str]]) -> str:
    for text in spoken:
        for g in groups:
            m = g.search(text)
            if m:
                return _sentence_of(text, m.start())
    return spoken[0].strip()


def _sentence_of(text: str, pos: int) -> str:
    for m in re.finditer(r"[^.?!]+[.?!]*", text):
        if m.start() <= pos < m.end():
            return m.group().strip()
    return text.strip()
