"""Compiled helpers cached per rules object.

Pattern sections are frozen dataclasses holding lists, so they cannot be
dict keys; the compiled form (regexes, lookup sets) is kept by the rules
object's identity, checked against the object itself so a reused id never
returns another object's helper.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

_CACHE: dict[tuple[Callable[..., Any], int], tuple[object, Any]] = {}


def compiled(factory: Callable[[Any], T], rules: object) -> T:
    """``factory(rules)``, built once per rules object."""
    key = (factory, id(rules))
    hit = _CACHE.get(key)
    if hit is None or hit[0] is not rules:
        hit = (rules, factory(rules))
        _CACHE[key] = hit
    result: T = hit[1]
    return result
