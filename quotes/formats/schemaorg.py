"""schema.org: a `Quotation` (text, creator, isBasedOn the article) and, for fact-checkers, a
`Claim` (text, author, appearance) ready to sit in a ClaimReview."""

from __future__ import annotations

from typing import Any

from quotes.formats import speaker_names

CREATOR_TYPES = {"person": "Person", "organization": "Organization", "media": "Organization",
                 "group": "Organization"}


def _creator(record: dict[str, Any]) -> dict[str, Any] | list[dict[str, Any]] | None:
    """The speaker; with the others named with them ("Biden and Xi"), a list of people."""
    speaker = record.get("speaker") or {}
    if not speaker.get("name"):
        return None
    creator = {"@type": CREATOR_TYPES.get(speaker.get("kind"), "Person"), "name": speaker["name"]}
    if speaker.get("role") and creator["@type"] == "Person":
        creator["jobTitle"] = speaker["role"]
    if speaker.get("affiliation"):
        creator["affiliation"] = {"@type": "Organization", "name": speaker["affiliation"]}
    others = [{"@type": "Person", "name": name} for name in speaker_names(record)[1:]]
    return [creator, *others] if others else creator


def _article(record: dict[str, Any]) -> dict[str, Any]:
    doc = record["doc"]
    article = {"@type": "NewsArticle", "identifier": doc["id"], "sha256": doc["sha256"]}
    if doc.get("path"):
        article["url"] = doc["path"]
    return article


def quotation(record: dict[str, Any]) -> dict[str, Any]:
    result = {"@context": "https://schema.org", "@type": "Quotation", "@id": f"urn:uuid:{record['id']}",
              "text": record["content"]["text"], "isBasedOn": _article(record)}
    creator = _creator(record)
    if creator:
        result["creator"] = creator
    return result


def claim(record: dict[str, Any]) -> dict[str, Any]:
    result = {"@context": "https://schema.org", "@type": "Claim", "@id": f"urn:uuid:{record['id']}",
              "text": record["content"]["text"],
              "appearance": {**_article(record), "@type": "CreativeWork"}}
    creator = _creator(record)
    if creator:
        result["author"] = creator
    return result


def from_record(record: dict[str, Any]) -> dict[str, Any]:
    return {"quotation": quotation(record), "claim": claim(record)}
