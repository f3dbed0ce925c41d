"""Validated rule models as plain data and back, so that a cache file can hold what passed
validation and a fresh process can use it without validating it again.

Validating the merged patterns (``PatternFile``: some 160 fields, 490 nested models) took a
tenth of a one-page start: pydantic builds the model's validator the first time it validates
(about 20 ms) and then checks every value, every regex parsed again for its safety (about 15 ms).
A cache file (:mod:`.table_cache`) is used only for exactly the bytes and the code it was made
from (the files' digests, the package version, the size and time of the modules that define the
models), so what it holds passed these checks when it was written; :func:`to_plain` keeps it as
marshal data (no code runs when it is read), :func:`from_plain` makes the same models again, each
filled with its validated values as pydantic's own ``model_copy`` fills one. The plain form is
stored with its SHA-256 (:func:`seal`, :func:`unseal`): a damaged file is read as no file.
"""

from __future__ import annotations

import hashlib
import marshal
import sys
from collections.abc import Collection
from typing import Any, TypeVar

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)

#: the first item of a model's plain form: (mark, module, class name, fields set, {field: value})
_MODEL = "\0model"
_PLAIN = (str, int, float, bool, type(None))


def to_plain(value: Any) -> Any:
    """A validated value as marshal data: models as tagged tuples, lists and dicts as themselves;
    TypeError for anything else (a cache of it is then not written)."""
    if isinstance(value, BaseModel):
        cls = type(value)
        if value.__pydantic_extra__ or value.__pydantic_private__:
            raise TypeError(f"{cls.__name__}: extra or private values have no plain form")
        fields = {name: to_plain(item) for name, item in value.__dict__.items()}
        return (_MODEL, cls.__module__, cls.__name__, sorted(value.model_fields_set), fields)
    if type(value) is list:
        return [to_plain(item) for item in value]
    if type(value) is dict:
        if not all(type(key) is str for key in value):
            raise TypeError("a dict of keys other than strings has no plain form")
        return {key: to_plain(item) for key, item in value.items()}
    if isinstance(value, _PLAIN) and type(value) in _PLAIN:
        return value
    raise TypeError(f"{type(value).__name__} has no plain form")


def from_plain(plain: Any, modules: Collection[str]) -> Any:
    """The value :func:`to_plain` was given, its models made again without validation; only
    models of ``modules`` (already imported) are made. ValueError for a form it cannot have made."""
    kind = type(plain)
    if kind is list:
        return [from_plain(item, modules) if type(item) in (tuple, list, dict) else item for item in plain]
    if kind is dict:
        return {
            key: from_plain(item, modules) if type(item) in (tuple, list, dict) else item
            for key, item in plain.items()
        }
    if kind is tuple:
        return _model(plain, modules)
    return plain


def _model(plain: tuple[Any, ...], modules: Collection[str]) -> BaseModel:
    if len(plain) != 5 or plain[0] != _MODEL or plain[1] not in modules:
        raise ValueError("not a model's plain form")
    _, module, name, fields_set, fields = plain
    cls = getattr(sys.modules[module], name, None)
    if not (isinstance(cls, type) and issubclass(cls, BaseModel)) or cls.__private_attributes__:
        raise ValueError(f"{module}.{name} is not a rules model")
    if type(fields) is not dict or fields.keys() != cls.__pydantic_fields__.keys():
        raise ValueError(f"{name}: not its fields")
    values = {
        key: from_plain(item, modules) if type(item) in (tuple, list, dict) else item
        for key, item in fields.items()
    }
    made = cls.__new__(cls)
    # as pydantic's own model_construct and model_copy fill a model (its __setattr__ refuses: frozen)
    object.__setattr__(made, "__dict__", values)
    object.__setattr__(made, "__pydantic_fields_set__", set(fields_set))
    object.__setattr__(made, "__pydantic_extra__", None)
    object.__setattr__(made, "__pydantic_private__", None)
    return made


def as_checked(cls: type[M], **values: Any) -> M:
    """A rules model made from values known to pass its checks (a constant written in code, a
    cache of what was validated), as validation leaves it (fields in order, defaults filled, the
    values given as set), without building the model's validator: the rules' models defer that,
    and a start from the caches built three (``UnitEntry``, ``MeasureWord``, the divisions'
    header) for three constants and the header alone. Values must be given as validation would
    leave them (a float field as a float); ``tests/test_as_checked.py`` validates each one."""
    return cls.model_construct(**values)


def seal(plain: Any) -> tuple[str, bytes]:
    """The plain form marshalled, with its digest."""
    data = marshal.dumps(plain)
    return hashlib.sha256(data).hexdigest(), data


def unseal(sealed: Any) -> Any:
    """The plain form :func:`seal` was given; ValueError if the bytes are not the ones sealed."""
    digest, data = sealed
    if type(data) is not bytes or hashlib.sha256(data).hexdigest() != digest:
        raise ValueError("a damaged plain form")
    return marshal.loads(data)
