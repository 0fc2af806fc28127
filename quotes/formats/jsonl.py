"""JSON Lines: one record per line, UTF-8, keys in record order."""

from __future__ import annotations

from typing import Any

import orjson


def dumps(record: dict[str, Any]) -> bytes:
    return orjson.dumps(record) + b"\n"


def loads(line: bytes | str) -> dict[str, Any]:
    return orjson.loads(line)
