"""Closed-vocabulary lexicons: integrations (with informal names) and industries (with role words)."""

import re
from collections.abc import Iterable
from typing import Final, cast

from postcall.extraction.text import pattern_on_use, word_set
from postcall.vocab import Industry, Integration

_I = re.IGNORECASE
# Case matters for words that are also plain English: "Box" vs "the box", "Slack" vs "pick up the slack".
INTEGRATION_PATTERNS: Final[tuple[tuple[Integration, str], ...]] = (
    # "our sales force is nine people" is the sales staff, not the CRM
    (
        "salesforce",
        r"(?i:\b(?:salesforce|sfdc|sales cloud|financial services cloud)\b)|\bSales ?[Ff]orce\b|"
        r"\bsales force\b(?<!our sales force)(?<!the sales force)(?<!my sales force)(?<!a sales force)"
        r"(?<!whole sales force)(?<!entire sales force)(?<!their sales force)(?<!your sales force)",
    ),
    ("hubspot", r"(?i:\bhub ?spot\b)"),
    ("pipedrive", r"(?i:\bpipe ?drive\b)"),
    ("zoho", r"(?i:\bzoho\b(?! sign))"),
    ("microsoft_dynamics", r"(?i:\b(?:microsoft|ms) dynamics\b)|\bDynamics\b"),
    ("google_drive", r"(?i:\b(?:google drive|g ?drive|google docs)\b)"),
    ("dropbox", r"(?i:\bdrop ?box\b(?! sign))"),
    ("box", r"(?<![Dd]rop)(?<![Dd]rop )\bBox\b(?! [Ss]ign)|\bbox\.com\b|\bbox dot com\b"),
    ("onedrive", r"(?i:\bone ?drive\b)"),
    ("sharepoint", r"(?i:\bshare ?point\b)"),
    (
        "slack",
        r"\bSlack\b|(?i:\bslack(?= (?:channels?|messages?|workspace|notifications?|pings?|bots?)\b))|"
        # lowercase after a preposition of medium: "we live in slack" ("pick up the slack" has an article)
        r"slack\b(?:(?<=\bin slack)|(?<=\bon slack)|(?<=\bvia slack)|(?<=\bover slack)|(?<=\bthrough slack))",
    ),
    (
        "microsoft_teams",
        r"(?i:\b(?:microsoft|ms) teams\b)|\bTeams\b|"
        # lowercase after a preposition of medium: "we talk in teams chat"
        r"(?:(?<=\bin )|(?<=\bon )|(?<=\bvia )|(?<=\bover ))"
        r"(?i:teams(?= (?:channels?|chats?|calls?|meetings?)\b))",
    ),
    ("zapier", r"(?i:\bzapp?ier\b|\bzaps\b)"),
    ("quickbooks", r"(?i:\bquick ?books\b|\bqbo\b)|\bQB(?= (?i:online|desktop|pro|enterprise)\b)"),
    # speech-to-text hears Xero as "Zero": capitalised as a name, used or used for the books
    (
        "xero",
        r"(?i:\bxero\b)|\bZero\b(?= (?:for|and) (?:the |our )?(?:accounting|books|bookkeeping|invoic\w+|"
        r"payroll)\b)|(?:(?<=\buse )|(?<=\busing )|(?<=\bon )|(?<=\bin )|(?<=\binto ))Zero\b(?! (?:percent|"
        r"dollars|of|to|people|documents|contracts|days|hours)\b)",
    ),
    # "we stripe the parking lots" is the verb
    ("stripe", r"(?i:\bstripe\b(?! (?:the|a|an|our|their|parking|lots?|lines?|roads?|floors?)\b))"),
    ("paypal", r"(?i:\bpay ?pal\b)"),
    ("gmail", r"(?i:\bg ?mail\b|\bgoogle mail\b)"),
    # lowercase (as speech-to-text writes it) only before a product noun: "our outlook calendar"
    (
        "outlook",
        r"\bOutlook\b|(?i:\boutlook(?= (?:calendars?|inbox(?:es)?|e-?mails?|mail|contacts|add-?ins?|"
        r"plug-?ins?)\b))|"
        # lowercase in a medium or beside office tools: "it's all in outlook and excel"
        r"outlook\b(?:(?<=\bin outlook)|(?<=\binto outlook)|(?<=\bvia outlook)|(?<=\bthrough outlook)|"
        r"(?<=\bfrom outlook))(?! (?:is|for|on)\b)|"
        r"\boutlook(?= (?:and|&) (?:excel|word|teams|onedrive)\b)",
    ),
    ("notion", r"\bNotion\b|(?i:\bnotion(?= (?:pages?|docs?|databases?|workspace|boards?)\b))"),
    # "we run projects in Monday" (a day is "on Monday")
    (
        "monday",
        r"(?i:\bmonday(?:\.com| dot com| crm| boards?| work ?os)\b)|"
        r"\bMonday\b(?:(?<=\bin Monday)|(?<=\binto Monday)|(?<=\buse Monday)|(?<=\busing Monday)|"
        r"(?<=\bwith Monday))(?!'s| morning| night| at)|"
        r"monday\b(?:(?<=\buse monday)|(?<=\busing monday))"
        r"(?!'s| mornings?| nights?| at| afternoons?| evenings?)",
    ),
    ("airtable", r"(?i:\bair ?table\b)"),
)
# One pass over the text for all of them; the group name is the integration.
# Every alternative starts a word: the lookahead lets the engine skip other positions quickly.
INTEGRATIONS_ANY: Final = pattern_on_use(
    r"(?=\b\w)(?:" + "|".join(f"(?P<{name}>{p})" for name, p in INTEGRATION_PATTERNS) + ")"
)
# "Drive" alone names Google Drive only when the caller is talking Google ("Gmail, Drive, all of it").
GOOGLE_DRIVE_BARE: Final = pattern_on_use(
    r"\bDrive\b|(?:(?<=\band )|(?<=, ))drive\b(?! (?:to|home|out|over|up|down|in|around|by)\b)"
)
GOOGLE_CONTEXT: Final = pattern_on_use(r"\b(?:google|gmail|g suite|gsuite|workspace)\b", _I)
# A tool the caller does not use: "not Salesforce", "we don't use X", "pitched us X", "used to work at X".
INTEGRATION_NEGATORS: Final = pattern_on_use(
    r"\b(?:not|don't|do not|doesn't|never|no longer|aren't|isn't|without|instead of|moving off|moved off|"
    r"leaving|off of|switching (?:away )?from|switched from|pitched|work(?:ed)? (?:at|for)|used to work|"
    r"(?:sell|sold|consult(?:ed)?|interned) (?:for|at)|"
    r"used to (?:use|be on|be in|be|have)|we were on|previously used|"
    r"(?:mov|migrat|switch|transition)(?:ing|ed) (?:\w+ ){0,3}(?:off of|off|away from|from)|"
    # a tool out of reach or nearly bought: "we're too small for Stripe", "we almost bought Salesforce"
    r"too (?:small|big|expensive|pricey|cheap) for|(?:can't|cannot|couldn't) (?:afford|justify)|"
    r"priced out of|"
    r"(?:were|was) (?:going to|gonna|about to) (?:buy|get|go with|switch to|sign (?:up )?with)|"
    # "dropped into SharePoint" is where the files go
    r"dump(?:ed|ing)(?!(?: \w+){0,3} (?:in|into|onto|to)\b)|replac(?:ed|ing)|swapp(?:ed|ing) out|"
    r"(?:almost|nearly) (?:\w+ )?(?:bought|went with|signed (?:up )?(?:with|for)|chose|switched to|"
    r"moved to|purchased|got)|"
    # hearsay: "I heard Salesforce is good"
    r"\bheard(?: (?:good|great) things about| that)?(?=\s*$)|"
    # ("we dropped the files into Dropbox" is where they go)
    r"got rid of|dropped(?!(?: \w+){0,3} (?:in|into|onto|to)\b)|cancell?ed|ditch(?:ed|ing)?|hate|left|"
    r"stopped using|quit|abandoned|"
    # someone else's tool: "my old boss used HubSpot"
    r"(?:my|his|her|their|our|the) (?:old|former|previous|last|ex)[- ]?(?:boss|manager|employer|company|job|"
    r"coworkers?|colleagues?|firm|owners?|management|team|admin)|"
    # someone else's business: "my brother-in-law's company uses HubSpot"
    r"(?:my|his|her|their|a) (?:[\w-]+ )?(?:friend|brother|sister|cousin|dad|mom|father|mother|wife|husband|"
    r"brother-in-law|sister-in-law|neighbou?r|buddy|boss|client|customer)'s (?:[\w-]+ )?(?:company|business|"
    r"office|"
    r"firm|shop|team|place))\b[^,.;?!]{0,40}$",
    _I,
)

# Signed files not arriving in a tool say it is in use: "the copies aren't landing in OneDrive".
DELIVERY_FAILED: Final = pattern_on_use(
    r"(?:\bnot|n't)\s+(?:\w+ )?(?:landing|showing up|showing|syncing|saving|going|arriving|coming through|"
    r"getting|uploading|posting|pushing)\b[^,.;?!]{0,20}$",
    _I,
)

# A count before a role word: "twelve", "thirty-odd", "a dozen", "40".
_COUNT = (
    r"(?:\d+|dozen|hundred|odd|several|few|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"\w+teen|\w+ty(?:-\w+)?)"
)
# Words before "shop"/"store" that do not make it a retail business.
_NOT_RETAIL = (
    r"machine|body|auto|tire|mechanic|repair|coffee|dev|print|one-man|one-woman|one-person|two-person|small|"
    r"little|tiny|big|busy|local|family|independent|whole|sandwich|pizza|donut|barber|tattoo|sweat|"
    r"one-stop|app|design|web|creative|welding|paint|cabinet|frame|cream|closed|set|talk|shut|motorcycle|"
    r"lube|ad|ads|digital|marketing|seo|pr|media|video|photo|software|design|"
    r"sign"
)
# One to three capitalised words of a business name, none a software vendor ("Zoho Books" is a tool).
_VENDOR = r"(?!(?:Zoho|Quick|Google|Microsoft|Apple|Amazon|Adobe|Square|Shopify|Xero|Wave|Fresh|Intuit)\b)"
_NAME = rf"\b{_VENDOR}[A-Z][\w']+(?: {_VENDOR}[A-Z][\w']+){{0,2}}"
# (industry, pattern, strong): strong hits are self-descriptions; weak ones only decide when nothing strong
# is said. Longer phrases come first so "property management" beats "management consulting".
INDUSTRY_PATTERNS: Final[tuple[tuple[Industry, re.Pattern[str], bool], ...]] = tuple(
    (cast(Industry, ind), pattern_on_use(p, _I), strong)
    for ind, p, strong in (
        (
            "logistics",
            r"\bfreight\b|\btrucking\b|\blogistics?\b(?! software| platform| app)|\b3pl\b|"
            r"\blast-mile\b|\bdelivery (?:company|service|business)\b|"
            r"\bthird[- ]party (?:logistics|warehous\w*|fulfill?ment)\b|"
            r"\bfulfill?ment (?:center|centre|company|house|warehouse|business)s?\b|"
            # "we are warehouse, we store and ship goods for other companies"
            r"\b(?:we're|we are) (?:an? )?(?:\w+ )?warehouse\b|\bwarehousing\b|"
            r"\bwe (?:store|warehouse) (?:and \w+ )?(?:goods|products|inventory|freight|pallets|cargo)\b|"
            r"\bmoving (?:and storage )?company\b|\bmoving and storage\b|\bshipping company\b|"
            r"\bcourier\b|\bbroker freight\b|\bhaul(?:ing|ers?|s|age)?\b(?! away)|"
            r"\b(?:freight |ocean |air )?forward(?:ing|ers?)\b|"
            r"\bdrayage\b|\bcustoms brok\w+|\bcold storage\b|\bdistribution (?:center|centre|warehouse|"
            r"company)\b|\bfleet of (?:\w+ )?(?:trucks|vans|rigs|lorries)\b|\b(?:reefer|semi|box) trucks\b",
            True,
        ),
        (
            "real_estate",
            r"\bproperty management\b|\bproperty managers?\b|(?-i:\b[A-Z][a-z]+ (?:Property|"
            r"Properties) (?:Group|Management)\b)|"
            r"\bmanage (?:\w+ ){0,3}(?:units|rentals|apartments|apartment buildings|doors|flats|"
            r"rental properties)\b|"
            # a letting agent: "we let and manage flats", "Harbourside Lettings"
            r"\bwe (?:\w+ (?:and|&) )?let (?:\w+ )?(?:flats|houses|homes|apartments|properties)\b|"
            r"(?-i:\b[A-Z][a-z]+ (?:Lettings|Realty|Estates)\b)|"
            r"\breal ?estate\b|\bapartment (?:complex(?:es)?|communities)\b|"
            r"\brealty\b|\brealtors?\b|\b(?:estate|lettings?) (?:agents?|agency|agencies)\b|"
            r"(?<!freight )(?<!insurance )(?<!customs )(?<!mortgage )(?<!loan )(?<!investment )\bbrokerage\b|"
            r"\bmanage rentals\b|"
            r"\brental (?:properties|units|homes|portfolio)\b|\bleasing (?:office|agents?|consultants?)\b|"
            r"\bhome builders?\b|"
            r"\btitle (?:and escrow )?company\b|\b(?:property|real estate|housing) develop(?:ment|ers?)\b|"
            r"\bescrow\b",
            True,
        ),
        (
            "financial_services",
            r"\bwealth management\b|\bcredit union\b|\bbank(?:ing)?\b|\bfinancial (?:services|"
            r"advis\w+|planning|planners?)\b|\bmortgage\b|\blending\b|\blenders?\b|\bloan officers?\b|"
            r"\bclose (?:\w+ ){0,3}loans\b|"
            r"\binvestment (?:firm|bank)\b|"
            r"\b(?:accounting|bookkeeping|cpa|tax) (?:firm|practice|office|shop|service)\b|"
            r"\btax prep|\baccountancy\b|\b(?:wealth|investment|financial) advis\w+|"
            r"\bpayroll (?:company|companies|service|services|provider|firm|bureau)\b|"
            r"\bdebt collection\b|\bcollection agency\b|\bcredit repair\b",
            True,
        ),
        (
            "consulting",
            r"\bmanagement consulting\b|\bconsulting\b|\bconsultancy\b|"
            r"\b(?:we're|we are|I'm|I am) (?:an? )?(?:[\w-]+ ){0,2}consultants?\b",
            True,
        ),
        (
            "legal",
            r"\blaw (?:firm|practice|office|group)\b|\blegal practice\b|\bfamily law\b|\bimmigration law\b|"
            r"\b(?:estate|real estate|corporate) law\b|\blaw ?firm\b|\blitigation firm\b|\bcourt reporting\b|"
            r"\b(?:personal injury|criminal defen[cs]e|divorce|patent|trademark) (?:firm|practice|law\w*|"
            r"attorneys?)\b|"
            r"(?-i:\b[A-Z][a-z]+ (?:Legal|Law)\b)|\b(?:I'm|I am|we're|we are) (?:a |an )?(?:\w+ ){0,2}"
            r"(?:attorneys?|lawyers?)\b|\b(?:solo|sole) (?:attorney|lawyer|practitioner)\b|"
            r"\b(?:attorney|lawyer) in solo practice\b|\bnotary (?:office|practice|firm)\b",
            True,
        ),
        (
            "insurance",
            r"\binsurance\b|\b(?:employee )?benefits (?:brokerage|broker|agency|firm|consultants?)\b|"
            r"\b(?:claims )?adjusters?\b|\bclaims (?:team|department|office)\b|\bclaims? adjusting\b|"
            r"\bemployee benefits\b",
            True,
        ),
        (
            "healthcare",
            r"\bphysical therapy\b|\bdental\b|\bdentists?\b|\bdentistry\b|\bclinics?\b|\bmedical\b|"
            r"\bhospitals?\b|\bhealth ?care\b|\bchiropract\w+|\borthodont\w+|\bpharmacy\b|"
            r"\boptometr\w+|\bhome health\b|\b(?:in-)?home care\b|\b(?:senior|elder) care\b|\b(?:senior|"
            r"assisted) living\b|\bnursing homes?\b|\bhospice\b|"
            r"\bpatients?\b|\bhipaa\b|\bpediatric\w*|\bmed spa\b|\bphysio\w*|\bveterinar\w+|\burgent care\b|"
            r"\b(?:mental|behavioral) health\b|(?-i:\bGP (?:practice|surgery|office)s?\b)|"
            r"\bdoctor'?s surgery\b|"
            r"\b(?:treatment|rehab|rehabilitation|dialysis|surgery|surgical|"
            r"imaging) (?:center|centre|facility|clinic)s?\b|"
            # medical specialties: "a busy dermatology practice", "our cardiology group"
            r"\b(?:dermatolog|cardiolog|podiatr|audiolog|radiolog|oncolog|urolog|ophthalmolog|"
            r"orthop(?:a)?edic|"
            r"gastroenterolog|neurolog|gynecolog|obstetric|endocrinolog|rheumatolog)\w*",
            True,
        ),
        (
            "software",
            # "signing software" is a tool the caller buys, unless a business noun follows
            r"(?<!ing )\bsoftware\b|"
            r"\b\w+ing software(?= (?:company|companies|firm|startup|shop|business|vendor)\b)|"
            r"\b(?:make|build|develop|sell|write|do)s? (?:\w+ )?software\b|\bsaas\b|\bdev shop\b|"
            r"\b(?:legal|prop|ed|health|insur|mar|reg|hr|fin) ?tech\b|"
            r"\b(?:we )?(?:build|make|develop) apps\b|"
            r"\btech (?:startup|company|firm|business)\b|\bmanaged (?:it )?services? provider\b|\bmsp\b|"
            r"\bcyber ?security (?:firm|company|startup|shop)\b|"
            r"\bit (?:services|support) (?:company|firm|provider|shop)\b|\bapp developers?\b|"
            r"\b(?:app|software|web) development (?:studio|shop|firm|"
            r"company|agency)\b|"
            r"\b(?:we )?(?:build|make|develop) (?:\w+ )?apps\b|\be-?signature (?:company|companies|software|"
            r"vendor|"
            r"startup)\b|"
            r"\bwe (?:also )?do e-?signatures?\b|"
            # "a startup building an AI tool for lawyers": the product the caller makes
            r"\b(?:we're |we are |startup |company )?(?:building|developing|we build|we develop) (?:an? |"
            r"our )?"
            r"(?:[\w-]+ ){0,2}(?:tool|platform|app|api)s?\b|"
            r"\b(?:we're|we are) (?:also )?in e-?sign\w*,? (?:too|as well)\b|"
            r"\bwe (?:also )?(?:do|make|sell|build|offer) (?:[\w-]+ ){1,3}"
            r"(?:and|&) e-?signatures? (?:as well|too)\b",
            True,
        ),
        (
            "education",
            # "old school" is a manner
            r"(?<!\bold )(?<!\bold-)\bschools?\b|\bcolleges?\b|\buniversity\b|\btutoring\b|\bacademy\b|"
            r"\beducation\b|"
            r"\bonline courses?\b|\be-?learning\b|\bcoding (?:boot ?camp|school)s?\b|"
            r"\badmissions\b|\bdaycare\b|\bpreschool\b",
            True,
        ),
        (
            "construction",
            r"\b(?:general|roofing|electrical|plumbing|hvac|paving|concrete|framing|building|pool|painting|"
            r"flooring|"
            r"fencing|siding|drywall|excavation|masonry|tile|tiling|deck|insulation|demolition|renovation|"
            r"restoration|waterproofing|remodeling|mechanical) contractors?\b|"
            r"\b(?:pool|deck|fence|patio|custom home|house) builders?\b|"
            r"\b(?:building|builders?|construction) (?:firm|company|business|outfit)\b|"
            r"\b(?:we're|we are) (?:\w+ )?builders\b|"
            r"\b(?:we're|we are|I'm|I am) (?:an? )?(?:[\w-]+ )?(?:electricians?|plumbers?|roofers?|"
            r"carpenters?|"
            r"masons?|framers?|drywallers?)\b|"
            r"\b(?:we\'re|we are|I\'m|I am) (?:a |an )?contractors?\b|\broofing\b|\bconstruction\b|"
            r"\bremodel\w*|"
            r"\bplumbing\b|\bhvac\b|\bhome ?builders?\b|\bsubcontract\w*|"
            r"\bjoinery\b|\bjoiners\b|\bcarpentry\b|"
            r"\b(?:swimming )?pool (?:company|installers?|installation|construction)\b|"
            r"(?-i:\b(?:an? |our |the )(?:\w+ )?GCs?\b)",
            True,
        ),
        (
            "manufacturing",
            r"\bmanufactur\w+|\bmachine shop\b|\bfactory\b|\bfabricat\w+|\bmachining\b|\bcnc\b|"
            r"\binjection mou?lding\b|\bfoundry\b|\bdistillery\b|"
            r"\b(?:plastics|chemical|steel|paper|bottling|processing|packaging|meat ?packing) plants?\b|"
            r"\bon the (?:plant|factory|production|shop) floor\b|"
            r"\b(?:assembly|production) lines?\b|\bwe machine\b|\bprinting (?:company|plant|press)\b|"
            r"\bcommercial print(?:ing|ers?)\b",
            True,
        ),
        (
            "nonprofit",
            r"\bnon-?profit\b|\bnot-for-profit\b|\bfive-oh-one|\b501 ?c ?3\b|\bcharity\b|"
            r"\bfood bank\b|\b501\(c\)\(3\)|\banimal rescue\b|\b(?:homeless|animal|women's|"
            r"domestic violence) "
            r"shelter\b|\bland trust\b|\bvolunteer[- ]run\b|\bfoundation\b|\bchurch\b|\bministry\b|"
            r"\bparish\b|\bcongregation\b|\bsynagogue\b|"
            r"\bmosque\b|\bdiocese\b",
            True,
        ),
        (
            "government",
            r"\bgovernment\b|(?<![-\w])county\b|\bpublic library\b|"
            r"\b(?:housing|transit|port|parking|water|airport) authority\b|\bcity of\b|\btown of\b|"
            r"\bmunicipal\w*|\bstate agency\b|"
            r"\bpublic sector\b|\bclerk's office\b|\bfire (?:district|department|dept)\b|"
            r"\bpolice department\b|"
            r"\bsheriff'?s (?:office|department)\b|\bparks and rec\w*|\bdepartment of\b|\btownship\b|"
            r"\bborough\b|\b(?:city|town|village) (?:hall|council|government|office)\b|\bvillage of\b|"
            # the caller's employer: "I work for the city", "the parks department"
            r"\b(?:work|works|working|worked) (?:for|at) the (?:city|county|state|town|village)\b|"
            r"\bparks (?:department|dept|division)\b",
            True,
        ),
        (
            "marketing_agency",
            r"\b(?:growth |digital |performance )?marketing (?:agency|firm|shop)\b|"
            r"\bad(?:vertising)? agency\b|\bcreative agency\b|\bpr (?:agency|firm)\b|\bpublic relations\b|"
            r"\bbranding agency\b|\bdigital agency\b|"
            r"\b(?:branding|ads?|advertising|marketing|creative|design|social) and (?:branding|ads?|"
            r"advertising|"
            r"marketing|creative|design|social|pr) agency\b|\bdigital marketing\b|\bmedia (?:buy\w*|"
            r"plann\w*)\b|"
            r"\b(?:social media|seo|ppc|influencer|content|web design|lead gen(?:eration)?) (?:marketing )?"
            r"(?:agency|firm|shop)\b|"
            r"\bagency\b[^.?!]{0,20}\bmarketing\b",
            True,
        ),
        (
            "staffing",
            r"\bstaffing\b|\brecruit(?:ing|ment) (?:firm|agency|company)\b|\brecruiting\b|"
            r"\bexecutive search\b|"
            # "we staff warehouses with temps": the people supplied name the trade
            r"\bwe staff (?:\w+ ){0,3}with (?:temps|temporary workers|contract workers|nurses|contractors)\b|"
            r"\btemp agency\b|\bheadhunt\w+|\bwe place\b|\bplacement (?:agency|agencies|firm|company|"
            r"service)\b|"
            r"\bagency for (?:the )?(?:workers|temps|staff|nurses)\b|"
            r"\bwe (?:send|supply|provide|place) (?:the )?(?:\w+ )?(?:workers|temps|cleaners|drivers|nurses|"
            r"caregivers|laborers|staff)\b(?: and (?:the )?\w+)? to\b",
            True,
        ),
        (
            "hospitality",
            r"\bhotels?\b|\brestaurants?\b|\btaproom\b|\btasting room\b|\bcoffee shops?\b|\bcaf(?:e|é)s?\b|"
            r"\bbakery\b|\bwedding venue\b|"
            r"\bvenue\b|\bresorts?\b|\bcatering\b|"
            r"\bhospitality\b|\bmotels?\b|\bbed and breakfast\b|\bcampgrounds?\b|\brv parks?\b|"
            r"\bgolf (?:course|club)s?\b|"
            r"\bcountry clubs?\b|\bevent space\b|\bbar and grill\b|"
            r"\b(?:wine|cocktail|sports|tapas|juice|coffee) bar\b|\bbrewpub\b|\btravel agen(?:cy|cies|ts?)\b|"
            r"\btour operators?\b|"
            r"\b(?:a|an|our|the) (?:\w+ ){0,2}(?:inn|lodge|hostel|guest ?house|pub|tavern|bistro|diner)\b",
            True,
        ),
        (
            "media",
            r"\bmedia\b(?! (?:buy\w*|plann\w*))|\brecord label\b|\bpublish(?:ing|er|ers)?\b|\bmagazines?\b|"
            r"\bpodcast\w*|"
            r"\bnewspaper\b|\bnewsroom\b|\bnews (?:site|website|outlet|organi[sz]ation|station|service|"
            r"agency|publication|channel)s?\b|"
            r"\bbroadcast\w*|\bproduction company\b|\bradio (?:station|group|network)s?\b|"
            r"\b(?:tv|television) (?:station|channel|network)s?\b|\blocal (?:tv|television|radio)\b|"
            r"\bfilm studio\b|"
            r"\b(?:video|film|post-?) ?production (?:house|studio|shop|outfit)\b|\bproduction house\b|"
            r"\b(?:youtube|multi-channel) (?:channel )?network\b|\bcreator network\b",
            True,
        ),
        (
            "automotive",
            r"\bdealership\b|\bauto (?:repair|shop|body|dealer\w*|care|group)\b|\bautomotive\b|"
            r"\b(?:rv|truck|motorcycle|boat|tractor) dealer\w*|\bmotorcycle (?:shop|repair)\b|"
            r"\b(?:tire and |quick )?lube (?:shop|center|centre)\b|\boil change (?:shop|place|center)\b|"
            r"\bcar dealer\w*|\bbody shop\b|\bcar wash(?:es)?\b|\bused cars?\b|\bcar lot\b|"
            r"\bcollision (?:center|repair)\b|\bauto ?glass\b|\bwindshields?\b|\b(?:car|truck|rv) rentals?\b|"
            r"\btire (?:shop|store|center)\b|\bmechanic shop\b|(?-i:\bMOTs?\b)|"
            r"\b(?:auto|car|spare) parts\b|\bparts for (?:the )?(?:cars|trucks|vehicles)\b|"
            r"(?-i:\b(?:Chevrolet|Chevy|Ford|Toyota|Honda|Nissan|Hyundai|Kia|Subaru|Jeep|Dodge|Chrysler|GMC|"
            r"Buick|"
            r"Cadillac|Lexus|BMW|Mazda|Volkswagen|VW)\b)(?= (?i:store|dealer\w*|lot|motors)\b|\s*[,.]|$)",
            True,
        ),
        (
            "energy",
            r"\boil and gas\b|\benergy\b|\bsolar\b|\butilit(?:y|ies) company\b|\bdrilling\b|"
            r"(?:(?<=\ba )|(?<=\ban )|(?<=\bthe )|(?<=\bour )|(?<=\belectric )|(?<=\bgas ))utility\b|"
            r"\belectric (?:and gas|utility|co-?op\w*|cooperative)\b|"
            r"\bpower company\b|\bnatural gas\b|\bpropane\b|\bheating oil\b|"
            r"\bfuel (?:oil|delivery|distribut\w+)\b|"
            r"\bmineral leases\b|\bev charging\b|\bcharging stations?\b|\brenewables?\b|\bwind farm\b|"
            r"\boil ?field\w*|\boil (?:rigs?|wells?)\b",
            True,
        ),
        (
            "retail",
            r"\bretail\b|\bboutique (?:store|shop)\b|\be-?commerce\b|\bonline store\b|\bstores?\b(?= chain)|"
            r"\b(?:a|an|our|two|three|few|of|the|my|own|run|have(?: small| little| tiny)?) "
            r"(?:(?:small|little|tiny|wee|cute|local) )?"
            # one goods word before the head may be a modifier: "a little beekeeping supply store"
            r"(?:(?!(?:" + _NOT_RETAIL + r")\b)(?-i:[a-z]+ )(?=(?-i:[a-z]+) (?:shop|store)s?\b))?"
            r"(?!(?:" + _NOT_RETAIL + r")\b)(?-i:[a-z]+) (?:shop|store)s?\b",
            True,
        ),
        # the head word of a business name: "Church Street Coffee", "Bank Street Books", "Valley Motors"
        (
            "hospitality",
            rf"(?-i:{_NAME} (?:Coffee|Pizza|Pizzeria|Grill|Kitchen|Bistro|Tavern|Brewing|Bakehouse|Eatery|"
            r"Cafe|Catering|Inn|Lodge)\b)",
            True,
        ),
        (
            "retail",
            rf"(?-i:{_NAME} (?:Books|Bookstore|Flowers|Florist|Hardware|Jewelers|Jewelry|Furniture|"
            r"Outfitters|Boutique|Supply|Gifts|Apparel|Mercantile|Emporium)\b)",
            True,
        ),
        ("automotive", rf"(?-i:{_NAME} (?:Motors|Autos|Auto Sales|Tire)\b)", True),
        # weak: role words and activity verbs
        (
            "legal",
            r"\b(?:our|the|my) firm(?:'s| has)\b.{0,30}\b(?:lawyers|attorneys)\b|\bI'm (?:a|an) "
            r"(?:lawyer|attorney)\b|\bparalegals?\b",
            False,
        ),
        # "we sell the tiles and the marble" is a shop; "we sell produce to restaurants" is not retail
        (
            "retail",
            r"\bwe sell\b(?! software| apps?| saas| services| insurance)(?![^.,;]*\bto\b)|\bshop owner\b",
            False,
        ),
        (
            "manufacturing",
            r"(?:(?<=\bwe )|(?<=\bwe're )|(?<=\bwe are ))(?:make|making|manufacture|produce)\b(?! software|"
            r" apps?)"
            r"(?!,? (?:maybe|"
            r"about|around|like|roughly|approximately|a lot|money|sure|it|this|that|\d|one|two|three|"
            r"four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred))",
            False,
        ),
        # "the recruiters are seven": in-house recruiters work in every trade
        ("staffing", r"(?<!\bthe )(?<!\bour )(?<!\bmy )(?<!\btheir )\brecruiters\b", False),
        (
            "financial_services",
            r"\bwe (?:do|handle|run|process) (?:the )?(?:\w+ ){0,2}(?:bookkeeping|payroll|tax returns|taxes|"
            r"accounting)\b|"
            # "the accountants swear by Sage": the staff of any firm, unless counted or said of "us"
            r"(?<!\bthe )(?<!\bour )(?<!\bmy )(?<!\btheir )(?:\bcpas\b|\baccountants\b|\bbookkeepers\b)|"
            r"\bI'm (?:a|an) (?:\w+ )?(?:bookkeeper|accountant|cpa)\b|"
            # a trade, not the caller's in-house job: "I do bookkeeping for a living"
            r"\bI do (?:\w+ )?(?:bookkeeping|payroll|taxes|tax returns|accounting) (?:for (?:a living|"
            r"clients|"
            r"small businesses|people)|professionally)\b",
            False,
        ),
        ("legal", r"^(?=.*\b(?:lawyers|attorneys|paralegals)\b)(?=.*\b(?:firm|practice)\b)", False),
        ("media", r"\b(?:reporter|journalist|editor) (?:with|at|for)\b", False),
        # people counted on the caller's side whose role names the trade: "thirty-odd attorneys", "six nurses"
        ("legal", rf"\b{_COUNT}[- ](?:\w+ )?(?:attorneys|lawyers)\b", False),
        (
            "healthcare",
            rf"\b{_COUNT}[- ](?:\w+ )?(?:nurses|physicians|doctors|dentists|hygienists|clinicians|therapists|"
            r"veterinarians|vets|pharmacists|optometrists|chiropractors)\b",
            False,
        ),
        ("education", rf"\b{_COUNT}[- ](?:\w+ )?(?:teachers|tutors|professors|faculty)\b", False),
        ("insurance", rf"\b{_COUNT}[- ](?:\w+ )?(?:underwriters|adjusters|insurance agents)\b", False),
        # what "we" do to what: the object of the caller's activity names the trade (from ACTIVITY_FROM on)
        (
            "real_estate",
            r"\bwe (?:\w+ (?:and|&) )?(?:list|sell|buy|flip|rent|lease|show) (?:out )?(?:\w+ )?"
            r"(?:homes|houses|condos|listings|apartments|rentals|property|properties)\b|"
            # "our landlord" is the caller's own landlord
            r"(?<!\bour )(?<!\bmy )\blandlords?\b|"
            # the caller's tenants: "each tenant signs a lease", "our tenants"
            r"\b(?:our|each|every|new|all the) tenants?\b|"
            # counted tenants are the caller's: "we have about six hundred tenants"
            rf"\b{_COUNT}[- ](?:\w+ )?tenants\b|"
            # homes the caller holds: "we got about sixteen hundred units, apartments mostly", "I have twelve
            # doors", "a couple of duplexes"
            r"\b(?:we|I)(?:'ve| have)?\s+(?:got|have|own|run|manage)\s+(?:[\w-]+\s+){0,4}?(?:rental "
            r"(?:units|houses|homes|properties)|(?:apartment|residential|housing) units|"
            r"units(?=,? (?:apartments|rentals|mostly apartments|all apartments|residential|houses))|"
            r"apartments|doors|duplexes|triplexes|fourplexes|rentals|rental houses)\b",
            False,
        ),
        (
            "construction",
            r"\bwe (?:\w+ (?:and|&) )?(?:pour|build|frame|install|lay|do) (?:\w+ )?"
            r"(?:foundations|flatwork|concrete|driveways|decks|roofs|additions|slabs|drywall)\b|"
            r"\bwe (?:\w+ (?:and|&) )?(?:build|frame) (?:\w+ )?(?:homes|houses)\b",
            False,
        ),
        (
            "insurance",
            r"\bP (?:and|&) C\b|\bproperty and casualty\b|\bunderwriters\b|"
            r"\bwe (?:write|underwrite|sell) (?:a lot of )?(?:\w+ )?"
            r"(?:policies|(?:commercial|personal) (?:auto|lines|property))\b",
            False,
        ),
        ("energy", r"\b(?:wind|solar|geothermal) (?:developers?|farms?|projects?)\b|\bturbines?\b", False),
        ("legal", r"\bsolicitors\b|\bbarristers\b|\bnotar(?:y|ies) public\b", False),
        (
            "government",
            r"\b(?:the |our )?(?:city|county|state|town|village|municipal) (?:[\w'-]+ ){0,2}"
            r"(?:department|dept|division|office|commission)\b|"
            r"\b(?:department|dept|division|office) (?:for|of) the (?:city|county|state|town|village)\b",
            False,
        ),
        # goods the caller sells through an online shop: "I make candles, sell online"
        (
            "retail",
            r"\bsell(?:s|ing)? (?:\w+ )?(?:online|on (?:etsy|amazon|shopify|ebay))\b|"
            r"\b(?:etsy|shopify|amazon|ebay) (?:shop|store|seller)\b",
            False,
        ),
        # the documents of a trade, when nothing else names it: "nine consent forms a day"
        ("healthcare", r"\bconsent forms?\b", False),
        (
            "education",
            r"\bpermission slips?\b|\benrollment (?:contracts?|packets?|forms?|agreements?)\b",
            False,
        ),
        ("real_estate", r"\blisting agreements?\b|\b(?:rental|lease|tenant) applications?\b", False),
        # every shipper sends bills of lading: they name the trade only as what the caller works or signs
        (
            "logistics",
            r"\b(?:we|I|sign|signs|signing|e-?sign)\s+(?:\w+\s+){0,4}(?:bills? of lading|BOLs)\b",
            False,
        ),
        ("construction", r"\bchange orders?\b|\blien waivers?\b", False),
        # what "we" do to what, as verb classes with their objects: "we fix cars", "we install kitchens"
        (
            "automotive",
            r"\bwe (?:(?:mostly|also|just|only|mainly|basically|primarily|really) )?(?:\w+ (?:and|"
            r"&) )?(?:fix|repair|service|detail|tow|wrap) (?:\w+ )?(?:cars|trucks|"
            r"vehicles|autos|rvs)\b|"
            # the documents of a car sale: "vehicle sale contracts", "buyer's orders"
            r"\bvehicle (?:sales?|purchase|lease|financing) (?:contracts?|agreements?|paperwork)\b|"
            r"\bbuyer'?s orders?\b",
            False,
        ),
        (
            "construction",
            r"\bwe (?:(?:mostly|also|just|only|mainly|basically|primarily|really) )?(?:\w+ (?:and|"
            r"&) )?(?:install|remodel|renovate|repair|replace|redo|resurface|refinish|"
            r"build) (?:\w+ )?(?:kitchens|bathrooms|roofs|decks|fences|windows|siding|gutters|garages|"
            r"driveways|basements|patios|pools)\b",
            False,
        ),
        (
            "education",
            r"\bwe (?:(?:mostly|also|just|only|mainly|basically|primarily|really) )?(?:teach|"
            r"tutor) (?!(?:them|you|our|your|people how|clients|customers)\b)\w+|"
            r"\bwe (?:(?:mostly|also|just|only|mainly|basically|primarily|really) )?(?:train|"
            r"coach) (?:\w+ )?(?:students|kids|"
            r"children|teens|adults)\b",
            False,
        ),
        (
            "insurance",
            r"\bwe (?:(?:mostly|also|just|only|mainly|basically|primarily|really) )?(?:insure|underwrite)\b",
            False,
        ),
        (
            "financial_services",
            r"\bwe (?:(?:mostly|also|just|only|mainly|basically|primarily|really) )?(?:lend|loan) (?:money|"
            r"capital)\b|\bwe (?:(?:mostly|also|just|only|mainly|basically|primarily|really) )?(?:make|"
            r"originate|fund|service|broker|write) (?:\w+ )?(?:loans|mortgages)\b|"
            r"\bwe (?:(?:mostly|also|just|only|mainly) )?manage (?:\w+ )?(?:money|assets|portfolios|"
            r"investments|wealth)\b",
            False,
        ),
        (
            "healthcare",
            r"\bwe (?:(?:mostly|also|just|only|mainly|basically|primarily|really) )?(?:treat|diagnose|rehab|"
            r"rehabilitate) (?:\w+ )?(?:patients|injuries|pain|conditions|kids|"
            r"children|adults|people|pets|animals)\b",
            False,
        ),
        (
            "legal",
            r"\bwe (?:(?:mostly|also|just|only|mainly|basically|primarily|really) )?(?:represent|"
            r"defend) (?:\w+ )?(?:plaintiffs|defendants|victims|injured|accused|tenants|"
            r"employees|workers|families)\b|\bwe (?:(?:mostly|also|just|only|"
            r"mainly) )?file (?:\w+ )?(?:patents|lawsuits|trademarks|"
            r"bankruptcies)\b|\bwe (?:(?:mostly|also|just|only|mainly|basically|primarily|really) )?(?:sue|"
            r"litigate)\b",
            False,
        ),
        (
            "nonprofit",
            r"\bwe (?:(?:mostly|also|just|only|mainly|basically|primarily|really) )?"
            r"(?:raise (?:money|funds)|fundraise) for\b",
            False,
        ),
        (
            "marketing_agency",
            r"\bwe (?:(?:mostly|also|just|only|mainly|basically|primarily|really) )?(?:run|manage|buy|place|"
            r"do) (?:\w+ )?(?:ads|ad campaigns|campaigns|social media|seo|"
            r"ppc|marketing|advertising|branding) (?:for|on behalf of)\b",
            False,
        ),
        (
            "software",
            r"\bwe (?:(?:mostly|also|just|only|mainly|basically|primarily|really) )?(?:build|design|develop|"
            r"make|code) (?:\w+ )?(?:websites|web apps|mobile apps|sites)\b",
            False,
        ),
        (
            "manufacturing",
            r"\bwe (?:(?:mostly|also|just|only|mainly|basically|primarily|really) )?(?:brew|distill|roast|"
            r"bottle|forge|weld|assemble) (?!(?:it|them|you|a|an|our|your|the|"
            r"teams?|everything)\b)\w+",
            False,
        ),
        (
            "energy",
            r"\bwe (?:(?:mostly|also|just|only|mainly) )?drill (?:\w+ )?(?:wells|for oil|for gas)\b",
            False,
        ),
        (
            "real_estate",
            r"\bwe (?:(?:mostly|also|just|only|mainly) )?manage (?:\w+ ){0,2}(?:hoas|associations|"
            r"condo associations|condos|buildings|communities|"
            r"properties)\b",
            False,
        ),
        (
            "hospitality",
            r"\bwe (?:(?:mostly|also|just|only|mainly|basically|primarily|really) )?(?:host|"
            r"cater) (?:\w+ )?(?:weddings|events|parties|guests|receptions|banquets)\b|"
            r"\bwe (?:also )?cater\b",
            False,
        ),
    )
)
# Substrings (lowercase) at least one of which any match of INDUSTRY_PATTERNS[n] contains: a cheap
# pre-check so that only the few candidate patterns run on an utterance (the live agent's budget is < 1 ms).
INDUSTRY_STEMS: Final[tuple[tuple[str, ...], ...]] = (
    (
        "freight",
        "trucking",
        "logistic",
        "3pl",
        "moving",
        "shipping",
        "courier",
        "haul",
        "forward",
        "lorries",
        "customs",
        "cold storage",
        "distribution",
        "drayage",
        "fleet",
        "trucks",
        "last-mile",
        "warehous",
        "we store",
        "fulfil",
        "delivery",
    ),
    (
        "property",
        "properties",
        "manage",
        "real estate",
        "realestate",
        "realt",
        "brokerage",
        "rental",
        "leasing",
        "apartment",
        "home builder",
        "title",
        "escrow",
        "estate agen",
        "lettings agen",
        "letting",
        "let ",
        "estates",
        "flats",
        "develop",
    ),
    (
        "wealth",
        "credit union",
        "bank",
        "financial",
        "mortgage",
        "lend",
        "loan",
        "investment",
        "accounting",
        "cpa",
        "fintech",
        "tax ",
        "bookkeeping",
        "accountancy",
        "collection",
        "credit repair",
        "advis",
        "payroll",
    ),
    ("consult",),
    (
        "law",
        "legal",
        "attorney",
        "lawyer",
        "litigation",
        "practitioner",
        "notary",
        "court reporting",
        "injury",
        "defense",
        "defence",
        "divorce",
        "patent",
        "trademark",
    ),
    ("insurance", "benefits", "adjust", "claims"),
    (
        "therapy",
        "dental",
        "dentist",
        "clinic",
        "medical",
        "hospital",
        "health",
        "chiropract",
        "orthodont",
        "pharmacy",
        "optometr",
        "living",
        "nursing",
        "hospice",
        "patient",
        "hipaa",
        "pediatric",
        "med spa",
        "physio",
        "veterinar",
        "gp ",
        "surgery",
        "center",
        "centre",
        "facility",
        "urgent care",
        "home care",
        "senior care",
        "elder care",
        "dermatolog",
        "cardiolog",
        "podiatr",
        "audiolog",
        "radiolog",
        "oncolog",
        "urolog",
        "ophthalmolog",
        "orthop",
        "gastroenterolog",
        "neurolog",
        "gynecolog",
        "obstetric",
        "endocrinolog",
        "rheumatolog",
    ),
    (
        "software",
        "saas",
        "dev shop",
        "apps",
        "tech",
        "app developer",
        "development",
        "signature",
        "building",
        "developing",
        "we build",
        "we develop",
        "managed",
        "msp",
        "cyber",
        "it services",
        "it support",
    ),
    (
        "school",
        "college",
        "university",
        "tutoring",
        "academy",
        "education",
        "admissions",
        "daycare",
        "online course",
        "coding",
        "learning",
    ),
    (
        "contractor",
        "roofing",
        "construction",
        "remodel",
        "plumbing",
        "hvac",
        "home builder",
        "subcontract",
        "electrician",
        "plumber",
        "roofer",
        "carpenter",
        "mason",
        "framer",
        "drywall",
        "gc",
        "builder",
        "building",
        "pool",
        "joine",
        "carpentry",
    ),
    (
        "manufactur",
        "machine shop",
        "factory",
        "fabricat",
        "machining",
        "cnc",
        "injection",
        "foundry",
        " floor",
        " line",
        "we machine",
        "distillery",
        "plant",
        "printing",
        "commercial print",
    ),
    (
        "profit",
        "five-oh-one",
        "501",
        "charity",
        "food bank",
        "foundation",
        "church",
        "ministry",
        "parish",
        "congregation",
        "synagogue",
        "mosque",
        "diocese",
        "rescue",
        "shelter",
        "land trust",
        "volunteer",
    ),
    (
        "government",
        "county",
        "city of",
        "town of",
        "municipal",
        "state agency",
        "public sector",
        "clerk",
        "parks and rec",
        "department of",
        "township",
        "borough",
        " hall",
        "council",
        "village",
        "city ",
        "town ",
        "library",
        "authority",
        "the city",
        "the state",
        "the town",
        "the village",
        "parks ",
        "fire d",
        "police",
        "sheriff",
    ),
    (
        "marketing",
        "agency",
        "pr ",
        "public relations",
        "social media",
        "seo",
        "ppc",
        "influencer",
        "content",
        "web design",
        "lead gen",
        "media buy",
        "media plann",
    ),
    (
        "staffing",
        "recruit",
        "temp agency",
        "headhunt",
        "we place",
        "agency for",
        "we send",
        "we supply",
        "we provide",
        "executive search",
        "we staff",
        "placement",
    ),
    (
        "hotel",
        "restaurant",
        "coffee",
        "caf",
        "bakery",
        "venue",
        "resort",
        "catering",
        "hospitality",
        "motel",
        "bed and breakfast",
        "campground",
        "rv park",
        "golf",
        "country club",
        "event space",
        " bar",
        "brewpub",
        " inn",
        " lodge",
        "hostel",
        "guest",
        " pub",
        "tavern",
        "bistro",
        "diner",
        "taproom",
        "tasting room",
        "travel agen",
        "tour operator",
    ),
    (
        "media",
        "publish",
        "magazine",
        "podcast",
        "newspaper",
        "broadcast",
        "production company",
        "station",
        "radio",
        "tv",
        "television",
        "film studio",
        "network",
        "record label",
        "production",
        "news",
    ),
    (
        "dealership",
        "auto",
        "car dealer",
        "body shop",
        "car wash",
        "used car",
        "rental",
        "car lot",
        "collision",
        "tire",
        "mechanic",
        "chev",
        "ford",
        "toyota",
        "honda",
        "nissan",
        "hyundai",
        "kia",
        "subaru",
        "jeep",
        "dodge",
        "chrysler",
        "gmc",
        "buick",
        "cadillac",
        "lexus",
        "bmw",
        "mazda",
        "volkswagen",
        "vw",
        "dealer",
        "parts",
        "glass",
        "windshield",
        "motorcycle",
        "lube",
        "oil change",
        "mot",
    ),
    (
        "oil and gas",
        "energy",
        "solar",
        "utilit",
        "drilling",
        "mineral leases",
        "renewable",
        "oil",
        "wind farm",
        "electric",
        "power company",
        "natural gas",
        "charging",
        "propane",
        "heating oil",
        "fuel",
    ),
    ("retail", "boutique", "commerce", "online store", "store", "shop"),
    (
        " coffee",
        " pizz",
        " grill",
        " kitchen",
        " bistro",
        " tavern",
        " brewing",
        " bakehouse",
        " eatery",
        " cafe",
        " catering",
        " inn",
        " lodge",
    ),
    (
        " books",
        " bookstore",
        " flowers",
        " florist",
        " hardware",
        " jewel",
        " furniture",
        " outfitters",
        " boutique",
        " supply",
        " gifts",
        " apparel",
        " mercantile",
        " emporium",
    ),
    (" motors", " autos", " auto sales", " tire"),
    ("firm", "i'm a", "paralegal"),
    ("we sell", "shop owner"),
    ("make", "making", "manufacture", "produce"),
    ("recruiters",),
    (
        "cpas",
        "accountants",
        "bookkeepers",
        "bookkeeper",
        "accountant",
        "cpa",
        "we do",
        "we handle",
        "we run",
        "we process",
        "i do",
    ),
    ("lawyers", "attorneys", "paralegals"),
    ("reporter", "journalist", "editor"),
    ("attorneys", "lawyers"),
    (
        "nurses",
        "physicians",
        "doctors",
        "dentists",
        "hygienists",
        "clinicians",
        "therapists",
        "veterinarians",
        "vets",
        "pharmacists",
        "optometrists",
        "chiropractors",
    ),
    ("teachers", "tutors", "professors", "faculty"),
    ("underwriters", "adjusters", "insurance agents"),
    (
        "homes",
        "houses",
        "condos",
        "listings",
        "apartments",
        "rentals",
        "landlord",
        "propert",
        "tenant",
        "units",
        "doors",
        "plexes",
    ),
    (
        "foundations",
        "flatwork",
        "concrete",
        "driveways",
        "decks",
        "roofs",
        "additions",
        "slabs",
        "drywall",
        "homes",
        "houses",
    ),
    ("p and c", "p & c", "casualty", "policies", "auto", "lines", "property", "underwriters"),
    ("wind", "solar", "geothermal", "turbine"),
    ("solicitors", "barristers", "notar"),
    ("department", "dept", "division", "office", "commission"),
    ("online", "etsy", "shopify", "amazon", "ebay"),
    ("consent",),
    ("permission", "enrollment"),
    ("listing agreement", "rental application", "lease application", "tenant application"),
    ("lading", "bols"),
    ("change order", "lien waiver"),
    ("cars", "trucks", "vehicles", "autos", "rvs", "vehicle ", "buyer"),
    (
        "kitchens",
        "bathrooms",
        "roofs",
        "decks",
        "fences",
        "windows",
        "siding",
        "gutters",
        "garages",
        "driveways",
        "basements",
        "patios",
        "pools",
    ),
    ("we teach", "we tutor", "we train", "we coach"),
    ("we insure", "we underwrite"),
    ("lend", "loan", "money", "assets", "portfolio", "investments", "wealth", "mortgages"),
    ("we treat", "we diagnose", "we rehab"),
    ("represent", "defend", "we file", "we sue", "litigate"),
    ("raise money", "raise funds", "fundraise"),
    ("ads", "campaigns", "social media", "seo", "ppc", "marketing", "advertising", "branding"),
    ("websites", "web apps", "mobile apps", "sites"),
    (
        "we brew",
        "we distill",
        "we roast",
        "we bottle",
        "we forge",
        "we weld",
        "we assemble",
    ),
    ("we drill",),
    ("hoas", "associations", "condos", "buildings", "communities", "properties"),
    ("we host", "we cater"),
)
assert len(INDUSTRY_STEMS) == len(INDUSTRY_PATTERNS)
# Activity frames are no counted roles: an in-house department ("the parks department") does not cancel them.
ACTIVITY_FROM: Final = len(INDUSTRY_PATTERNS) - 26
# "we're not a law firm, we're legal tech": a description the caller rejects.
INDUSTRY_NEGATED: Final = pattern_on_use(
    r"\b(?:not|aren't|isn't|never|no longer|nor)\s+(?:really\s+|just\s+|exactly\s+)?(?:a|an|the|in)?\s*"
    r"(?:\S+\s+){0,2}$",
    _I,
)
# Nouns that make the last of adjacent descriptions the business itself: "healthcare staffing *agency*".
BUSINESS_HEAD: Final = pattern_on_use(
    r"(?:\s+\w+)?\s+(?:agency|agencies|firm|company|practice|shop|brokerage|group|office|network|business|"
    r"startup|"
    r"studio|clinic|provider|vendor|platform|outfit|house|consultancy)\b",
    _I,
)
# Words that may follow an industry word inside a company name and still leave it the name's head.
NAME_TAILS: Final = word_set("""
Group Inc LLC Co Corp Company Partners Associates Services Solutions Agency Firm Team Network Holdings Center
Centre Office Offices Clinic Clinics Practice District Department Dept Board Authority Association Society
Council Union Trust Foundation Institute Organization Fund Cooperative System Systems Brokers Broker Agents
Lab Labs Laboratory Laboratories Care Specialists Studio Studios
""")
# An industry word about someone else: "we sell software to hospitals", "our clients are law firms".
INDUSTRY_OTHERS: Final = pattern_on_use(
    r"\b(?:to|for(?! (?:our|my) )|clients?|customers?|serve|serving|we help|helps|helped|work with|"
    # a counterparty: "if the deal with the county goes through", "our contract with the hospital"
    r"(?:deal|contract|bid|tender|agreement|rfp)s? (?:with|from)|"
    r"partner with|integrate with|"
    r"connect with|audit|clean|supply|staff|equip|advise|insure|underwrite|"
    # a business the caller uses, gives to or helps out: "we use a staffing agency", "we ship with a 3PL",
    # "I volunteer at a soup kitchen", "we sponsor a little league team", "we donate to the food bank"
    r"(?<=we )use|(?<=we )used|(?<=we )hire|(?:ship|ships|shipping) (?:with|through|via)|"
    r"volunteers? (?:at|with|for)|sponsors?|donate to|donates to|"
    r"(?<!\bwas )(?<=s )like|including)\b(?:\s+\S+){0,3}\s*$|"
    # a list of clients: "we mostly work with law firms and some accountants"
    r"\b(?:work with|serve|clients are|customers are)\b(?:\s+\S+){0,3}\s+(?:and|or)\s+(?:\S+\s+){0,2}$|"
    r"\b(?:daughter|son|kids?|child|children|wife|husband|mom|dad)'s\s+(?:\S+\s+)?$|"
    # "get my kid from school": a family member's place
    r"\b(?:daughter|son|kids?|child|children|wife|husband|mom|dad)\s+(?:\S+\s+){0,2}?(?:from|at|to)\s+"
    r"(?:the\s+|her\s+|his\s+|their\s+)?$",
    _I,
)


def _trade_lexicon(spec: str) -> dict[str, Industry]:
    """'industry: term, term' lines (terms lowercase, hyphens as spaces) as a phrase -> industry map."""
    found: dict[str, Industry] = {}
    # an entry runs on over lines that start with a space
    for entry in spec.strip().replace("\n ", " ").splitlines():
        ind, _, terms = entry.partition(":")
        for term in terms.split(","):
            if term.strip():
                # words as the scan reads them: "owner-operator" is two, "da's" "da 's", "p&c" "p & c"
                key = " ".join(term.replace("-", " ").replace("'s", " 's").replace("&", " & ").split())
                found[key] = cast(Industry, ind.strip())
    return found


# Business types, trades and jargon that name the caller's industry wherever they say them about themselves
# (the guards of industry_in still drop clients, suppliers, past jobs and outside professionals).
TRADE_TERMS: Final = _trade_lexicon("""
real_estate: letting agency, letting agent, lettings, estate agency, realty, realtor, realtors, brokerage
 firm, property manager, property managers, property management, hoa management, condo association
 management, community association management, association management, vacation rental management, student
 housing, self storage, house flipping, fix and flip, multifamily, multi family, commercial real estate,
 real estate team, real estate brokerage, appraisal firm, appraisers, home inspection, home inspections,
 home inspector, relocation company, coworking space, land developer, property developer, residential
 lettings, title agency, title agent, title agents, escrow officer, escrow officers
legal: court reporting, court reporters, law firm, law practice, law office, estate planning, probate,
 conveyancing, conveyancer, conveyancers, public defender, public defenders, legal aid, process serving,
 process servers, legal services, ip boutique, ip firm, ip law, mediation practice, arbitration practice,
 bankruptcy firm, bankruptcy practice, bankruptcy attorney, workers comp defense, employment law, criminal
 defense, criminal defence, eviction firm, litigators, law clerks, solicitors firm, barristers chambers
healthcare: plastic surgery, cosmetic surgery, speech therapy, occupational therapy, speech therapists,
 primary care, family practice, family medicine, internal medicine, ambulance service, ems agency,
 midwifery, midwives, dental office, dental group, dental lab, medical lab, clinical lab, diagnostic lab,
 fertility clinic, ivf clinic, lasik, hearing aid, hearing aids, counseling practice, therapy practice,
 psychiatry, psychiatric, psychology practice, psychologists, addiction treatment, detox, medical billing,
 medical practice, physician group, medical group, nurse practitioners, acupuncture, massage therapy,
 wellness clinic, telehealth, pharmacist, infusion center, wound care, sleep center, optician, opticians,
 pharmacies, home health agency, group home, group homes
financial_services: ria, registered investment advisor, private equity, venture capital, vc firm, hedge
 fund, family office, broker dealer, equipment leasing, equipment finance, factoring, factoring company,
 invoice factoring, asset management, asset manager, loan servicer, loan servicing, merchant services,
 merchant cash advance, currency exchange, check cashing, trust company, financial advisor, financial
 advisors, financial planner, wealth advisor, wealth advisors, fund administrator, fund admin, tax practice,
 tax preparer, tax preparers, bookkeeping firm, bookkeeping practice, cpa firm, accounting practice, credit
 unions, community bank, savings and loan, mortgage broker, mortgage brokers, mortgage company, loan
 originators, loan officer, loan officers, auto lender, hard money, hard money lender, pawn lender, consumer
 lending, microfinance, stockbrokers, stock brokerage, investment advisory, retirement plan advisors
insurance: mga, managing general agent, managing general agency, tpa, third party administrator, third party
 administrators, adjusting firm, independent adjusting, independent adjusters, independent adjuster, public
 adjuster, public adjusters, public adjusting, claims adjusting, claims adjusters, captive insurer,
 reinsurance, reinsurer, reinsurance broker, surplus lines, excess and surplus, wholesale broker, insurance
 wholesaler, state farm agency, allstate agency, farmers agency, nationwide agency, p & c, commercial lines,
 personal lines, surety, surety bonds, bail bonds, crop insurance, life and health agency, medicare
 supplement, medicare advantage, annuities, policyholders, underwriting firm, coverholder, premium finance
software: game studio, video game studio, indie game studio, api company, platform company, analytics
 startup, ai startup, machine learning startup, ml startup, erp reseller, value added reseller, salesforce
 partner, hubspot partner, shopify partner, hosting company, web hosting, mobile app company, open source
 company, dev agency, software house, product studio, b2b saas, saas startup, tech startup, it company,
 penetration testing, pen testing, colocation, isp, internet provider
education: dance studio, ballet school, test prep, tutoring company, summer camp, day camp, homeschool co
 op, learning center, learning centre, nursery school, kindergarten, pre k, childcare center, child care
 center, childcare, child care, early learning, montessori, charter school, private school, prep school,
 boarding school, driving school, language school, music school, art school, cooking school, flight school,
 trade school, vocational school, community college, school district, swim school, martial arts school,
 karate school, dojo, after school program, continuing education, cpd provider, training provider, training
 company, online academy, bootcamp, course creator, sixth form, secondary school, primary school
construction: excavation, excavating, earthwork, earthworks, paving, framing crew, scaffolding firm,
 scaffolding company, scaffolding contractor, scaffolding business, scaffolders, scaffold hire, demolition,
 demo contractor, fencing company, fence company, masonry, bricklaying, bricklayers, glazing, glaziers,
 steel erection, ironworkers, civil contractor, civil engineering contractor, civil works, design build,
 flooring installer, flooring installation, window installer, window installation, cabinet installer,
 handyman, handymen, crane hire, crane rental, plant hire, groundworks, groundworkers, tradesmen, tradies,
 builders merchant, site crew, job sites, jobsites, job site, jobsite, on site crews, general contracting,
 gc firm, custom homes, custom home builder, commercial construction, residential construction, drywall,
 plasterers, plastering, stucco, roofers, roof replacement, gutter company, gutters company, siding company,
 septic, well drilling company, pool builder, pool construction, tile setters, millwork, restoration
 company, water damage restoration, fire restoration, mitigation company, insulation company, electricians,
 plumbers, pipefitters, sparkies, bathroom fitters, kitchen fitters, shopfitting, fit out, fit outs, punch
 list, punch lists, bid package, bid packages, aia, subs and suppliers, subcontractors, foremen, site
 supervisors, building contractor, building contractors, construction firm, builders, renovation company,
 home improvement, home improvement company, remodeler, remodelers
manufacturing: brewery, microbrewery, winery, cidery, meadery, sawmill, lumber mill, textile mill, metal
 stamping, stamping plant, tool and die, die shop, powder coating, powder coater, sheet metal, sheet metal
 shop, cabinet maker, cabinetmakers, cabinet shop, furniture maker, furniture makers, furniture workshop,
 electronics assembly, electronics assembler, pcb assembler, pcb assembly, contract manufacturer, contract
 manufacturing, co packer, copacker, co packing, oem, food processing, food processor, meat processing,
 bottler, canning line, creamery, dairy processing, coffee roaster, roastery, chocolatier, confectioner,
 print shop, screen printing, screen printer, label printer, packaging company, plastics company, extrusion,
 welding shop, fabricators, machinists, production line, assembly plant, pharmaceutical manufacturer,
 cosmetics manufacturer, supplement manufacturer, apparel manufacturer, garment factory, sewing factory,
 fabrication shop, metal shop, metalworks, ironworks, steelworks, glassworks, print and sign shop, sign and
 print shop, printing and signage, signage company
nonprofit: food pantry, food pantries, soup kitchen, community organization, community group, youth league,
 youth sports league, little league, pta, pto, booster club, boosters, arts council, community theater,
 community theatre, volunteer fire company, habitat for humanity, habitat affiliate, advocacy group,
 advocacy organization, ngo, charity shop, rotary club, lions club, kiwanis, alumni association, community
 garden, mutual aid, mutual aid network, youth group, scout troop, scouts, girl scouts, boy scouts, ymca,
 ywca, boys and girls club, animal shelter, humane society, spca, historical society, library friends,
 friends of the library, hospice charity, grant funded, grant funding, donors, donor, volunteers, volunteer
 coordinator, fundraising, capital campaign, endowment, mission driven, tax exempt, religious organization,
 temple, faith based, outreach ministry, refugee resettlement, community center, community centre, senior
 center, food rescue, clothing bank, diaper bank, blood drive
government: city hall, county office, township office, public works, planning department, planning office,
 zoning office, permitting office, permits office, building department, water district, school board, board
 of education, dmv, court clerk, county court, municipal court, district court, federal agency, state
 department, state office, tribal government, tribal nation, health department, public health department,
 assessor's office, county assessor, treasurer's office, recorder's office, county recorder, city council,
 town council, borough council, parish council, city manager, county commission, county commissioners,
 public agency, government agency, city attorney, district attorney, da's office, corrections department,
 department of corrections, veterans affairs, va office, public housing, housing agency, sanitation
 department, election office, elections office, voter registration, city staff, county staff, state
 employees, municipality
retail: gift shop, giftshop, hardware store, bookstore, bookshop, florist, florists, flower shop, furniture
 store, jewelry store, jeweler, jewellers, clothing store, clothing boutique, e commerce brand, ecommerce
 brand, dtc brand, direct to consumer, d2c, online shop, webshop, pet store, pet shop, bike shop, garden
 center, garden centre, nursery and garden center, liquor store, bottle shop, convenience store, corner
 store, grocery store, grocer, supermarket, sporting goods, toy store, thrift store, thrift shop,
 consignment shop, consignment store, pawn shop, pawnshop, mattress store, appliance store, vape shop, smoke
 shop, beauty supply, cosmetics store, franchise stores, mall kiosk, mall kiosks, etsy shop, etsy store,
 wine shop, optical shop, eyewear store, shoe store, outlet store, department store, retail chain, retail
 stores, pop up shop, market stall, music store, guitar shop, record store, game store, comic shop, candle
 shop, tea shop, cheese shop, butcher shop, bridal shop, bridal boutique, tuxedo rental, paint store, lumber
 yard, lumberyard, feed store, farm supply, tack shop, gun shop, outdoor store, surf shop, ski shop, phone
 store, electronics store
marketing_agency: branding studio, branding agency, brand studio, growth agency, experiential agency,
 communications firm, communications agency, comms agency, pr agency, pr firm, public relations firm, brand
 consultancy, direct mail agency, email marketing agency, ppc agency, ppc shop, seo agency, seo shop, seo
 firm, seo company, social media agency, social media marketing, content agency, content marketing agency,
 influencer agency, influencer marketing, performance marketing, paid social, paid search, paid media,
 google ads for clients, facebook ads for clients, media buying, media buyers, ad agency, ad agencies,
 advertising agency, creative agency, creative studio, design agency, web design agency, web agency, digital
 agency, digital marketing agency, marketing agency, marketing firm, marketing shop, marketing consultancy,
 video marketing agency, event marketing, marketing retainer, marketing retainers, client campaigns,
 reputation management, affiliate marketing agency, demand gen agency, inbound agency, fractional cmo,
 marketing collective, ad shop, ads shop, advertising shop, creative shop
staffing: staffing agency, staffing firm, staffing company, temp agency, temping agency, temps, temp
 workers, light industrial, light industrial staffing, industrial staffing, healthcare staffing, nurse
 staffing, travel nurse agency, travel nursing agency, travel nurses, locum tenens, locums, it staffing,
 tech staffing, peo, professional employer organization, day labor, day labour, labor hire, labour hire,
 labor pool, contract staffing, contract labor, rpo, recruitment process outsourcing, talent agency, nanny
 agency, au pair agency, caregiver placement, placement agency, employment agency, recruitment agency,
 recruitment firm, recruiting agency, recruiting firm, search firm, executive search, headhunters,
 headhunting, temp to hire, temp to perm, placements
hospitality: bar and grill, sports bar, wine bar, cocktail bar, brewpub, gastropub, tavern, food truck, food
 trucks, ghost kitchen, pizzeria, pizza place, pizza shop, taqueria, taco shop, taco truck, burger joint,
 sandwich shop, deli and cafe, diner, bistro, steakhouse, sushi bar, sushi restaurant, ramen shop, bbq
 joint, barbecue joint, smokehouse, food hall, restaurant group, banquet hall, banquet facility, event hall,
 reception hall, nightclub, night club, hookah lounge, karaoke bar, tour company, tour operator, day spa,
 resort spa, marina, escape room, bowling alley, arcade, trampoline park, water park, amusement park,
 vacation rentals, holiday lets, holiday cottages, guest houses, guesthouse, b&b, b & b, bnb, boutique
 hotel, hotel group, hostel, inns, lodge, ski lodge, ski resort, dude ranch, glamping, hunting lodge,
 fishing lodge, charter boat, fishing charters, yacht charter, catering company, caterer, caterers, private
 chef, meal prep company, juice bar, smoothie shop, ice cream shop, ice cream parlor, gelato shop, donut
 shop, bagel shop, tea room, tearoom, winery tasting room, cidery taproom, front of house, back of house,
 our chefs, waitstaff, banquet captains, bartenders, housekeeping staff, guest check in, room bookings, room
 nights
media: youtube channel, newsletter business, photography studio, photo studio, videographer, videographers,
 animation studio, streaming channel, content studio, print publication, talent management, creator
 management, documentary, documentaries, indie film, film production, production company, post house, post
 production, book publisher, publishing house, small press, music publisher, music label, record company,
 podcast network, podcast studio, radio station, tv station, broadcaster, news outlet, local paper, weekly
 paper, alt weekly, trade publication, trade magazine, editorial team, our editors, our reporters,
 journalists, stock photography, licensing our footage, sync licensing, royalties for artists
automotive: detailer, detailers, auto detailing, car detailing, mobile detailing, ceramic coating, paint
 protection film, ppf, window tint, tint shop, vehicle wraps, wrap shop, towing, tow company, towing
 company, tow trucks, roadside assistance, parts store, auto parts store, transmission shop, transmission
 repair, muffler shop, brake shop, alignment shop, fleet maintenance, auto auction, car auction, salvage
 yard, junkyard, auto recycler, collision repair, collision center, collision shop, body shop, bodyshop,
 panel beaters, panel beating, garage workshop, service bay, service bays, service advisors, service
 writers, f&i, f & i, finance and insurance office, used car dealer, used car lot, car lot, pre owned,
 motorcycle dealer, powersports, rv dealer, boat dealer, trailer dealer, car rental, car hire, limo service,
 limousine service, chauffeur service, smog check, emissions testing, inspection station, tire shop, tyre
 shop, tyres, oil change, quick lube, car wash, car washes, auto glass, windshield repair, upholstery shop,
 classic car restoration, repair orders, car dealership, dealer group, auto group, franchise dealer,
 dealership
energy: pipeline company, refinery, refining, battery storage, energy storage, geothermal, landman, landmen,
 mineral rights, royalty owners, power plant, power generation, hydro, hydroelectric, biogas, anaerobic
 digestion, biomass, biofuel, biodiesel, ethanol plant, oilfield services, oilfield, fracking, well
 services, midstream, e&p, e & p, energy broker, energy brokers, energy consultancy, energy retailer,
 electricity retailer, energy supplier, energy efficiency, energy audits, home energy audits, heat pump
 installer, utility company, electric utility, gas utility, water utility, electric cooperative, rural
 electric, co op utility, wind developer, wind energy, solar developer, solar farm, solar farms, community
 solar, ev charging, charge points, fuel distributor, fuel supplier, fuel oil, propane company, propane
 distributor, heating oil company, gas station chain, petroleum, petroleum distributor, coal, coal mine,
 mining company, uranium, transmission lines, substation, substations, grid operator, ppas, power purchase
 agreements, interconnection agreements, net metering
logistics: ltl, ftl, ltl carrier, flatbed, flatbeds, flatbed carrier, reefer, reefers, intermodal, air
 cargo, air freight, ocean freight, parcel company, parcel delivery, dispatch service, dispatching, owner
 operator, owner operators, hotshot, hot shot trucking, carrier authority, mc number, dot number, our
 drivers haul, haulage, hauliers, freight broker, freight brokers, freight brokerage, freight forwarder,
 freight forwarders, customs broker, customs brokerage, 3pl, 4pl, third party logistics, logistics company,
 logistics provider, supply chain company, warehousing, warehouse and distribution, cross dock, cross
 docking, pick and pack, fulfillment center, fulfilment centre, cold chain, cold storage, courier, couriers,
 courier company, last mile, delivery company, delivery service, moving company, movers, removals company,
 removal firm, van lines, shipping company, shipping line, nvocc, drayage, port trucking, rate
 confirmations, rate cons, carrier packets, carrier setup packets, load tenders, our loads, loads a week,
 loads a month, shippers and carriers, proof of delivery, transport company, transport business,
 transportation company, transport of goods, goods transport, road transport, freight transport, transport
 firm
consulting: consulting firm, consultancy, management consulting, management consultancy, hr consultancy, hr
 consulting, strategy consulting, strategy firm, engineering consultancy, engineering consulting,
 environmental consulting, environmental consultancy, independent consultant, fractional cfo, fractional
 cfos, fractional coo, executive coaching, executive coach, business coach, business coaching, leadership
 coaching, advisory firm, advisory practice, compliance consultancy, compliance consulting, operations
 consulting, sustainability consulting, sustainability consultancy, procurement consultancy, lean
 consulting, interim management, consulting engagements, consulting practice, our engagements, client
 engagements, advisory services, we consult, we advise companies, we advise businesses
""")
# Head nouns that name a trade only as the caller's own description ("we're a small bar", "I run a spa"):
# alone they are everyday words ("the bar is high", "after the lab results").
TRADE_HEADS: Final = _trade_lexicon("""
hospitality: bar, cafe, café, spa, inn, resort, hotel, motel, kitchen, grill, eatery, lounge, venue,
 campground, marina, bakery, brewery taproom, taproom, caterer, pub
nonprofit: mission, shelter, rescue, museum, church, league, pantry, charity, foundation, coalition,
 society, troop, ministry
government: city, county, town, township, village, borough, court, state agency, district, municipality,
 parish council, commission, authority
healthcare: lab, laboratory, clinic, surgery, pharmacy, hospital, hospice
retail: boutique, florist, grocer, newsagent, bookseller, jeweler, jeweller, retailer, chain of stores
education: nursery school, school, camp, academy, preschool, daycare, college, institute
logistics: warehouse, forwarder, hauler, haulier, courier
energy: utility, driller
media: publisher, label
financial_services: bank, lender, fund, advisor, adviser
manufacturing: plant, mill, factory, shop floor, maker, manufacturer, fabricator, foundry, bottler, winery,
 distillery, roaster
construction: builder, subcontractor, installer, fitter
automotive: dealership, garage, body shop, detailer, tow company
staffing: staffing, recruiter
insurance: insurer, underwriter
automotive: mechanic
retail: butcher
""")


def _longest_term_from(terms: Iterable[str]) -> dict[str, int]:
    """Each first word's longest term, in words (one pass: the lexicon is read at every cold start)."""
    longest: dict[str, int] = {}
    for term in terms:
        words = term.split()
        longest[words[0]] = max(longest.get(words[0], 0), len(words))
    return longest


# The longest term (in words) that starts with each word: most words start none and are skipped at once.
TRADE_STARTS: Final = _longest_term_from((*TRADE_TERMS, *TRADE_HEADS))
# A trade word is the caller's when it follows one of these (and "a"/"an", a few modifiers between).
TRADE_FRAME: Final = word_set("we're i'm run runs own owns operate operates manage are am")
# Modifiers allowed between the article and the head noun: any word but these.
# A head noun ends its phrase: "a boutique investment bank" is a bank, "a boutique" a shop.
TRADE_HEAD_END: Final = word_set(
    "and or but so in out on at of for with from that which who where called named here there near by "
    "down up over about around off right just really"
)
TRADE_FRAME_STOPS: Final = word_set(
    "for to with from at of the our my their your his her and or but by in on"
)
# "we're in the trucking business": the slot before one of these names the caller's trade.
TRADE_SLOT_AFTER: Final = word_set("business industry trade game sector space world")
