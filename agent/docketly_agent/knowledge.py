"""A small local knowledge base: markdown sections ranked by BM25 over their words (no remote service)."""

import math
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

DEFAULT_KNOWLEDGE_FILE = Path(__file__).with_name("knowledge.md")

_WORD = re.compile(r"[a-z0-9]+")
_STOPWORDS = frozenset((
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "can", "do", "does", "for", "from", "get",
    "has", "have", "how", "i", "if", "in", "is", "it", "its", "me", "my", "no", "not", "of", "on", "or",
    "our", "so", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "to",
    "us", "was", "we", "what", "when", "where", "which", "who", "why", "will", "with", "you", "your",
))
# Callers say "price", "e-sign", "crm"; sections say "pricing", "e-signatures", "salesforce".
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "price": ("pricing",), "cost": ("pricing",), "costs": ("pricing",), "expensive": ("pricing",),
    "plan": ("pricing",), "plans": ("pricing",), "much": ("pricing",),
    "sign": ("signatures",), "signature": ("signatures",), "esign": ("signatures",),
    "crm": ("integrations",), "integrate": ("integrations",), "connect": ("integrations",),
    "secure": ("security",), "soc": ("security",), "gdpr": ("compliance",), "hipaa": ("compliance",),
    "trial": ("trial",), "demo": ("demos",), "switch": ("migration",), "migrate": ("migration",),
    "template": ("templates",), "quote": ("quotes",), "proposal": ("proposals",),
    "contract": ("contracts",),
}


@dataclass(frozen=True, slots=True)
class Section:
    title: str
    text: str


def _terms(text: str) -> list[str]:
    words = [w for w in _WORD.findall(text.lower().replace("e-sign", "esign"))
             if w not in _STOPWORDS and (len(w) > 1 or w.isdigit())]
    expanded = list(words)
    for word in words:
        expanded.extend(_SYNONYMS.get(word, ()))
    return expanded


class KnowledgeBase:
    def __init__(self, sections: list[Section]) -> None:
        if not sections:
            raise ValueError("the knowledge base has no sections")
        self._sections = sections
        self._docs = [Counter(_terms(f"{s.title} {s.title} {s.text}")) for s in sections]
        self._avg_len = sum(sum(d.values()) for d in self._docs) / len(self._docs)
        df = Counter(term for doc in self._docs for term in doc)
        n = len(self._docs)
        self._idf = {t: math.log(1 + (n - c + 0.5) / (c + 0.5)) for t, c in df.items()}

    @classmethod
    def from_markdown(cls, path: Path = DEFAULT_KNOWLEDGE_FILE) -> "KnowledgeBase":
        sections: list[Section] = []
        title: str | None = None
        lines: list[str] = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("## "):
                if title:
                    sections.append(Section(title, " ".join(lines).strip()))
                title, lines = line[3:].strip(), []
            elif title and line.strip() and not line.startswith("<!--"):
                lines.append(line.strip())
        if title:
            sections.append(Section(title, " ".join(lines).strip()))
        return cls(sections)

    @property
    def titles(self) -> list[str]:
        return [s.title for s in self._sections]

    def search(self, query: str, *, limit: int = 2, min_score: float = 1.0) -> list[Section]:
        """The best sections for the query, best first; empty when nothing is relevant."""
        terms = set(_terms(query))
        scored: list[tuple[float, int]] = []
        for index, doc in enumerate(self._docs):
            length = sum(doc.values())
            score = 0.0
            for term in terms:
                tf = doc.get(term, 0)
                if tf:
                    score += self._idf[term] * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * length / self._avg_len))
            if score >= min_score:
                scored.append((score, index))
        scored.sort(key=lambda item: (-item[0], item[1]))
        return [self._sections[index] for _, index in scored[:limit]]
