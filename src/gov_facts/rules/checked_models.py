"""The rules' classes: plain frozen dataclasses, checked by pydantic when a file is read and made
again from a cache of what passed the checks without pydantic building anything.

The rules' sections were pydantic models: making their twelve classes (some 230 fields, pydantic
reading every annotation and ``Field``) cost a one-page start that validates nothing (its rules
come from the cache) 55 M instructions of 1,152 M. They are now stdlib dataclasses whose annotations
carry the same constraints (``Annotated[str, Field(min_length=1)]``, ``AfterValidator``); a file
is validated by a pydantic ``TypeAdapter`` of the class (:func:`validate`), built the first time a
process reads a file, as the models' deferred validators were: the checks, the messages and what
validation makes are pydantic's, as before.

Validating the merged patterns (``PatternFile``: some 160 fields, 490 nested entries) took a
tenth of a one-page start: building the validator (about 20 ms) and then checking every value,
every regex parsed again for its safety (about 15 ms). A cache file (:mod:`.table_cache`) is used
only for exactly the bytes and the code it was made from (the files' digests, the package version,
the size and time of the modules that define the classes), so what it holds passed these checks
when it was written; :func:`to_plain` keeps it as marshal data (no code runs when it is read),
:func:`from_plain` makes the same objects again, each filled with its validated values as
pydantic fills a dataclass it validated (its ``__dict__`` set, no ``__init__``). The plain form is
stored with its SHA-256 (:func:`seal`, :func:`unseal`): a damaged file is read as no file.
"""

from __future__ import annotations

import dataclasses
import hashlib
import marshal
import sys
from collections.abc import Collection
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from pydantic import ConfigDict, TypeAdapter

M = TypeVar("M")

#: each rules class's pydantic config (``__pydantic_config__``): a key no field names is an error
STRICT: ConfigDict = {"extra": "forbid"}
#: the first item of an object's plain form: (mark, module, class name, {field: value}), and of a
#: list's or dict's that holds one: (mark, items)
_MODEL = "\0model"
_LIST = "\0list"
_DICT = "\0dict"
_PLAIN = (str, int, float, bool, type(None))
#: pydantic's words for a key no field names, on a model (kept in the messages users see)
_EXTRA = "Extra inputs are not permitted"


#: each rules class's validator, built once per process, when a file is first read
_VALIDATORS: dict[type[Any], TypeAdapter[Any]] = {}


def validator(cls: type[Any]) -> TypeAdapter[Any]:
    """The validator of a rules class (built the first time a process validates one)."""
    found = _VALIDATORS.get(cls)
    if found is None:
        from pydantic import TypeAdapter

        found = _VALIDATORS[cls] = TypeAdapter(cls)
    return found


def validate(cls: type[M], data: Any) -> M:
    """``data`` checked and made into ``cls`` (pydantic's ``ValidationError`` if it is not valid)."""
    made: M = validator(cls).validate_python(data)
    return made


def messages(exc: Any) -> list[tuple[str, str]]:
    """(where, message) of each error of a pydantic ``ValidationError``, in the words a model's
    validation gave (a key no field names: "Extra inputs are not permitted")."""
    out = []
    for error in exc.errors():
        where = ".".join(str(p) for p in error["loc"])
        out.append((where, _EXTRA if error["type"] == "unexpected_keyword_argument" else error["msg"]))
    return out


def dump(value: Any) -> Any:
    """A rules object as plain data, fields of None left out, as pydantic's
    ``model_dump(exclude_none=True)`` gave it (for merging files and counting entries): its
    validator's own serializer, as fast as that was."""
    return validator(type(value)).dump_python(value, exclude_none=True)


def _is_rules_object(value: Any) -> bool:
    return dataclasses.is_dataclass(value) and not isinstance(value, type)


def to_plain(value: Any) -> Any:
    """A validated value as marshal data: rules objects as tagged tuples, and the lists and dicts
    that hold one (at any depth) tagged too, so that :func:`from_plain` walks only those: the
    others (word lists, some 10,000 words) are taken as marshal made them. TypeError for a value
    of any other type (a cache of it is then not written)."""
    if _is_rules_object(value):
        cls = type(value)
        fields = {name: to_plain(item) for name, item in value.__dict__.items()}
        if list(fields) != _field_names(cls):
            raise TypeError(f"{cls.__name__}: values other than its fields have no plain form")
        return (_MODEL, cls.__module__, cls.__name__, fields)
    if type(value) is list:
        items = [to_plain(item) for item in value]
        return (_LIST, items) if any(type(item) is tuple for item in items) else items
    if type(value) is dict:
        if not all(type(key) is str for key in value):
            raise TypeError("a dict of keys other than strings has no plain form")
        pairs = {key: to_plain(item) for key, item in value.items()}
        return (_DICT, pairs) if any(type(item) is tuple for item in pairs.values()) else pairs
    if isinstance(value, _PLAIN) and type(value) in _PLAIN:
        return value
    raise TypeError(f"{type(value).__name__} has no plain form")


def from_plain(plain: Any, modules: Collection[str]) -> Any:
    """The value :func:`to_plain` was given, its rules objects made again without validation; only
    classes of ``modules`` (already imported) are made. ValueError for a form it cannot have made."""
    if type(plain) is not tuple:
        return plain  # plain data: no tuple inside (to_plain tags every container of one)
    tag = plain[0] if plain else None
    if tag == _MODEL:
        return _model(plain, modules)
    if tag == _LIST and len(plain) == 2 and type(plain[1]) is list:
        return [from_plain(item, modules) if type(item) is tuple else item for item in plain[1]]
    if tag == _DICT and len(plain) == 2 and type(plain[1]) is dict:
        return {
            key: from_plain(item, modules) if type(item) is tuple else item for key, item in plain[1].items()
        }
    raise ValueError("not a plain form")


_FIELDS: dict[type[Any], list[str]] = {}


def _field_names(cls: type[Any]) -> list[str]:
    found = _FIELDS.get(cls)
    if found is None:
        found = _FIELDS[cls] = [f.name for f in dataclasses.fields(cls)]
    return found


def _model(plain: tuple[Any, ...], modules: Collection[str]) -> Any:
    if len(plain) != 4 or plain[0] != _MODEL or plain[1] not in modules:
        raise ValueError("not a rules object's plain form")
    _, module, name, fields = plain
    cls = getattr(sys.modules[module], name, None)
    if not (isinstance(cls, type) and dataclasses.is_dataclass(cls)) or getattr(cls, "__slots__", None):
        raise ValueError(f"{module}.{name} is not a rules class")
    if type(fields) is not dict or list(fields) != _field_names(cls):
        raise ValueError(f"{name}: not its fields")
    values = {key: from_plain(item, modules) if type(item) is tuple else item for key, item in fields.items()}
    made = cls.__new__(cls)
    # as pydantic fills a dataclass it validated (the class's __setattr__ refuses: frozen)
    object.__setattr__(made, "__dict__", values)
    return made


def as_checked(cls: type[M], **values: Any) -> M:
    """A rules object made from values known to pass its checks (a constant written in code, a
    cache of what was validated), as validation leaves it (fields in order, defaults filled),
    without building the class's validator: a start from the caches built three (``UnitEntry``,
    ``MeasureWord``, the divisions' header) for three constants and the header alone. Values must
    be given as validation would leave them (a float field as a float);
    ``tests/test_as_checked.py`` validates each one."""
    return cls(**values)


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
